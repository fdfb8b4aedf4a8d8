//! Shared harness for the relay integration tests: runs the real `sentinel` binary with the
//! fault-injection server (tests/servers/fault_server.py) as its upstream.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Path of the fault server script.
pub const FAULT_SERVER: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/servers/fault_server.py");

/// How long any single expectation may take before the test fails.
pub const STEP: Duration = Duration::from_secs(20);

/// A running `sentinel proxy` with pipes on all three streams.
pub struct Proxy {
    pub child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<Vec<u8>>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Proxy {
    /// `sentinel proxy [--shutdown-grace 300ms] <extra> --target python3 fault_server.py MODE`.
    pub fn fault(mode: &str, extra: &[&str], envs: &[(&str, &str)]) -> Proxy {
        // A short grace keeps the stubborn-upstream tests fast; tests that close stdin before
        // the server has had time to start pass their own.
        let mut args = vec!["proxy"];
        if !extra.contains(&"--shutdown-grace") {
            args.extend_from_slice(&["--shutdown-grace", "300ms"]);
        }
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--target", "python3", "-u", FAULT_SERVER, mode]);
        Proxy::start(&args, envs)
    }

    /// `sentinel ARGS…` with the given environment additions.
    pub fn start(args: &[&str], envs: &[(&str, &str)]) -> Proxy {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sentinel"));
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env_remove("SENTINEL_MCP_LOG_JSON")
            .env_remove("SENTINEL_MCP_LOG_LEVEL");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn sentinel");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let mut err_pipe = child.stderr.take().unwrap();
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut buf = Vec::new();
                match r.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {
                        if buf.last() == Some(&b'\n') {
                            buf.pop();
                        } else {
                            // A line without newline on our stdout would be a framing bug.
                            buf.extend_from_slice(b"<<NO NEWLINE>>");
                        }
                        if tx.send(buf).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            while let Ok(n) = err_pipe.read(&mut chunk) {
                if n == 0 {
                    return;
                }
                sink.lock().unwrap().extend_from_slice(&chunk[..n]);
            }
        });
        Proxy {
            child,
            stdin,
            lines,
            stderr,
        }
    }

    /// Writes `line` plus `\n` to sentinel's stdin.
    pub fn send(&mut self, line: impl AsRef<[u8]>) {
        let w = self.stdin.as_mut().expect("stdin open");
        w.write_all(line.as_ref()).unwrap();
        w.write_all(b"\n").unwrap();
        w.flush().unwrap();
    }

    /// Writes raw bytes (no newline added).
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let w = self.stdin.as_mut().expect("stdin open");
        w.write_all(bytes).unwrap();
        w.flush().unwrap();
    }

    /// Hands sentinel's stdin to the caller (to write from another thread).
    pub fn take_stdin(&mut self) -> ChildStdin {
        self.stdin.take().expect("stdin open")
    }

    /// Every remaining stdout line until sentinel closes stdout.
    pub fn recv_all(&self) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            match self.lines.recv_timeout(STEP) {
                Ok(l) => out.push(l),
                Err(RecvTimeoutError::Disconnected) => return out,
                Err(RecvTimeoutError::Timeout) => {
                    panic!("stdout did not close; stderr:\n{}", self.stderr())
                }
            }
        }
    }

    /// Closes sentinel's stdin (host EOF).
    pub fn close_stdin(&mut self) {
        self.stdin.take();
    }

    /// The next line sentinel wrote to stdout; panics after [`STEP`].
    pub fn recv(&self) -> Vec<u8> {
        match self.lines.recv_timeout(STEP) {
            Ok(l) => l,
            Err(e) => panic!("no line from sentinel ({e:?}); stderr:\n{}", self.stderr()),
        }
    }

    /// The next line as text.
    pub fn recv_str(&self) -> String {
        String::from_utf8(self.recv()).expect("stdout is UTF-8")
    }

    /// The next line parsed as JSON.
    pub fn recv_json(&self) -> serde_json::Value {
        let line = self.recv_str();
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    /// The next line within `wait`, if any.
    pub fn try_recv(&self, wait: Duration) -> Option<Vec<u8>> {
        self.lines.recv_timeout(wait).ok()
    }

    /// True once stdout has closed and every line was read.
    pub fn stdout_closed(&self, wait: Duration) -> bool {
        matches!(
            self.lines.recv_timeout(wait),
            Err(RecvTimeoutError::Disconnected)
        )
    }

    /// Waits for sentinel to exit; panics after `limit`.
    pub fn wait(&mut self, limit: Duration) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            if start.elapsed() > limit {
                let _ = self.child.kill();
                panic!(
                    "sentinel did not exit within {limit:?}; stderr:\n{}",
                    self.stderr()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until stderr holds `n` occurrences of `needle` (logs may trail stdout a little).
    pub fn stderr_count(&self, needle: &str, n: usize) {
        let start = Instant::now();
        loop {
            let err = self.stderr();
            let got = err.matches(needle).count();
            if got == n {
                return;
            }
            if got > n || start.elapsed() > STEP {
                panic!("expected {n} x `{needle}` on stderr, got {got}:\n{err}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until stderr contains `needle`, then returns all of it.
    pub fn stderr_with(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let err = self.stderr();
            if err.contains(needle) {
                return err;
            }
            if start.elapsed() > STEP {
                panic!("expected `{needle}` on stderr:\n{err}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything sentinel wrote to stderr so far.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A JSON-RPC request line with a raw id.
pub fn request(id: &str, method: &str, params: &str) -> String {
    format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"{method}","params":{params}}}"#)
}

/// Whether a process with this pid is still running. A zombie counts as ended: once sentinel
/// has exited, its unreaped children belong to init, so only "still running" is observable.
pub fn pid_alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => {
            let state = stat.rsplit(')').next().unwrap_or("").trim_start();
            !state.starts_with('Z') && !state.starts_with('X')
        }
        Err(_) => false,
    }
}

/// Reads the pid the fault server wrote to `path`, waiting for it to appear.
pub fn read_pid(path: &std::path::Path) -> i32 {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(path)
            && let Ok(pid) = s.trim().parse()
        {
            return pid;
        }
        assert!(start.elapsed() < STEP, "fault server never wrote its pid");
        std::thread::sleep(Duration::from_millis(20));
    }
}
