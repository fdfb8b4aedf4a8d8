//! Relay overhead: a `tools/call` round trip to server-everything's `echo` tool with a 1 KiB
//! and a 1 MiB message, directly over the server's stdio and through `sentinel proxy`, in the
//! same run. The bench speaks raw newline-delimited JSON-RPC itself (initialize, initialized,
//! then calls), so only the relay sits between the two measurements.
//!
//! `cargo bench --bench relay` for figures; `cargo test --all-targets` runs each case once.
//! Needs `scripts/setup.sh` (the pinned reference servers).

#[path = "../tests/e2e/support.rs"]
mod support;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Duration;

/// One live MCP session over a child's stdio.
struct Session {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: u64,
    line: Vec<u8>,
}

impl Session {
    fn start(cmd: &[String]) -> Self {
        let mut child = Command::new(&cmd[0])
            .args(&cmd[1..])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::with_capacity(1 << 20, child.stdout.take().unwrap());
        let mut s = Session {
            child,
            stdin,
            stdout,
            next_id: 1,
            line: Vec::with_capacity(2 << 20),
        };
        s.request(
            r#""method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"relay-bench","version":"0"}}"#,
        );
        s.send(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        s
    }

    fn send(&mut self, line: &[u8]) {
        self.stdin.write_all(line).unwrap();
        self.stdin.write_all(b"\n").unwrap();
        self.stdin.flush().unwrap();
    }

    /// Sends `{"jsonrpc":"2.0","id":N,<body>}` and reads lines until the response to N;
    /// returns its length. Notifications in between are skipped.
    fn request(&mut self, body: &str) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        let msg = format!(r#"{{"jsonrpc":"2.0","id":{id},{body}}}"#);
        self.send(msg.as_bytes());
        // The TypeScript SDK writes `…,"jsonrpc":"2.0","id":N}`; matching the tail avoids
        // parsing a megabyte of JSON per iteration in the measured loop.
        let tail = format!(r#""id":{id}}}"#);
        loop {
            self.line.clear();
            let n = self.stdout.read_until(b'\n', &mut self.line).unwrap();
            assert!(
                n > 0,
                "the server closed its stdout while we waited for id {id}"
            );
            let trimmed = self.line.trim_ascii_end();
            if trimmed.ends_with(tail.as_bytes()) {
                return n;
            }
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // The bench owns this child and has nothing left to say to it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn echo_body(size: usize) -> String {
    format!(
        r#""method":"tools/call","params":{{"name":"echo","arguments":{{"message":"{}"}}}}"#,
        "x".repeat(size)
    )
}

fn bench(c: &mut Criterion) {
    let server = support::everything_server();
    let routes = [
        ("direct", server.clone()),
        ("proxied", support::proxied(&server)),
    ];
    let mut group = c.benchmark_group("tools_call_echo_round_trip");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (label, size) in [("1KiB", 1usize << 10), ("1MiB", 1 << 20)] {
        let body = echo_body(size);
        group.throughput(Throughput::Bytes(size as u64));
        for (route, cmd) in &routes {
            let mut session = Session::start(cmd);
            // Sanity: the echo comes back whole (response ≥ the message we sent).
            let n = session.request(&body);
            assert!(
                n > size,
                "{route}: echo response of {n} bytes for a {size}-byte message"
            );
            group.bench_with_input(BenchmarkId::new(*route, label), &body, |b, body| {
                b.iter(|| session.request(body))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
