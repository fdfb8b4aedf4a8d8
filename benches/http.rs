//! HTTP transport overhead: a `tools/call` round trip to server-everything's `echo` tool
//! (started in its `streamableHttp` mode on loopback) with a 1 KiB and a 1 MiB message,
//! directly over HTTP (a reqwest client POSTing and reading the whole response) and as a stdio
//! host through `sentinel proxy --target http://…`, in the same run. The difference is what
//! sentinel adds: two pipe hops, framing, the envelope parse and the HTTP transport.
//!
//! `cargo bench --bench http` for figures; `cargo test --all-targets` runs each case once.
//! Needs `scripts/setup.sh` (the pinned reference servers).

#[path = "../tests/e2e/support.rs"]
mod support;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

/// server-everything in streamableHttp mode on a free loopback port.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start() -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cmd = support::everything_server();
        let child = Command::new(&cmd[0])
            .arg(&cmd[1])
            .arg("streamableHttp")
            .env("PORT", port.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node starts server-everything");
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            assert!(
                Instant::now() < deadline,
                "server-everything did not listen"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Server {
            child,
            url: format!("http://127.0.0.1:{port}/mcp"),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const INIT: &str = r#""method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"http-bench","version":"0"}}"#;

/// A direct Streamable HTTP session.
struct Direct {
    rt: tokio::runtime::Runtime,
    client: reqwest::Client,
    url: String,
    session: String,
    next_id: u64,
}

impl Direct {
    fn start(url: &str) -> Direct {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        // sentinel's reqwest has no built-in crypto provider; use the one sentinel installs.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::new();
        let mut d = Direct {
            rt,
            client,
            url: url.to_owned(),
            session: String::new(),
            next_id: 1,
        };
        let resp = d.post(&format!(r#"{{"jsonrpc":"2.0","id":0,{INIT}}}"#));
        d.session = resp
            .headers()
            .get("mcp-session-id")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        d.rt.block_on(resp.bytes()).unwrap();
        let resp = d.post(r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        assert_eq!(resp.status().as_u16(), 202);
        d
    }

    fn post(&self, body: &str) -> reqwest::Response {
        let mut req = self
            .client
            .post(&self.url)
            .header("accept", "application/json, text/event-stream")
            .header("content-type", "application/json")
            .body(body.to_owned());
        if !self.session.is_empty() {
            req = req
                .header("mcp-session-id", &self.session)
                .header("mcp-protocol-version", "2025-06-18");
        }
        self.rt.block_on(req.send()).unwrap()
    }

    fn request(&mut self, body: &str) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        let resp = self.post(&format!(r#"{{"jsonrpc":"2.0","id":{id},{body}}}"#));
        self.rt.block_on(resp.bytes()).unwrap().len()
    }
}

/// A stdio session with `sentinel proxy --target URL`.
struct Proxied {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: u64,
    line: Vec<u8>,
}

impl Proxied {
    fn start(url: &str) -> Proxied {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sentinel"))
            .args(["proxy", "--log-level", "warn", "--target", url])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("sentinel starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::with_capacity(1 << 20, child.stdout.take().unwrap());
        let mut p = Proxied {
            child,
            stdin,
            stdout,
            next_id: 1,
            line: Vec::with_capacity(2 << 20),
        };
        p.request(INIT);
        p.send(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        p
    }

    fn send(&mut self, line: &[u8]) {
        self.stdin.write_all(line).unwrap();
        self.stdin.write_all(b"\n").unwrap();
        self.stdin.flush().unwrap();
    }

    fn request(&mut self, body: &str) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        let msg = format!(r#"{{"jsonrpc":"2.0","id":{id},{body}}}"#);
        self.send(msg.as_bytes());
        // The TypeScript SDK ends responses with `"id":N}`; matching the tail avoids parsing
        // a megabyte of JSON per iteration.
        let tail = format!(r#""id":{id}}}"#);
        loop {
            self.line.clear();
            let n = self.stdout.read_until(b'\n', &mut self.line).unwrap();
            assert!(
                n > 0,
                "sentinel closed its stdout while we waited for id {id}"
            );
            if self.line.trim_ascii_end().ends_with(tail.as_bytes()) {
                return n;
            }
        }
    }
}

impl Drop for Proxied {
    fn drop(&mut self) {
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
    let server = Server::start();
    let mut group = c.benchmark_group("http_tools_call_echo_round_trip");
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (label, size) in [("1KiB", 1usize << 10), ("1MiB", 1 << 20)] {
        let body = echo_body(size);
        group.throughput(Throughput::Bytes(size as u64));
        let mut direct = Direct::start(&server.url);
        let n = direct.request(&body);
        assert!(n > size, "direct: echo response of {n} bytes for {size}");
        group.bench_with_input(BenchmarkId::new("direct", label), &body, |b, body| {
            b.iter(|| direct.request(body))
        });
        let mut proxied = Proxied::start(&server.url);
        let n = proxied.request(&body);
        assert!(n > size, "proxied: echo response of {n} bytes for {size}");
        group.bench_with_input(BenchmarkId::new("proxied", label), &body, |b, body| {
            b.iter(|| proxied.request(body))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
