//! End-to-end over HTTP: the official Python SDK client tours the official server-everything
//! started in its `streamableHttp` and its `sse` mode on loopback, once directly over HTTP and
//! once as a stdio host through `sentinel proxy --target http://…`; the transcripts must be
//! identical (see tests/e2e/tour.py for what a transcript holds). Also: an unreachable URL is
//! exit code 2, and plain http to a non-loopback host is refused.

#[path = "e2e/support.rs"]
mod support;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::*;

/// server-everything in an HTTP mode on a free loopback port; killed on drop.
struct Everything {
    child: Child,
    port: u16,
}

impl Everything {
    fn start(mode: &str) -> Everything {
        let port = free_port();
        let server = everything_server(); // [node, index.js, stdio]
        let child = Command::new(&server[0])
            .arg(&server[1])
            .arg(mode)
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
                "server-everything {mode} did not listen"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Everything { child, port }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for Everything {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn http_tour(args: &[String]) -> String {
    let mut cmd = Command::new(python());
    cmd.arg("-W")
        .arg("ignore")
        .arg(root().join("tests/http_tour.py"))
        .args(args);
    let out = run(cmd);
    String::from_utf8(out.stdout).expect("the tour prints UTF-8 JSON")
}

fn sentinel_to(url: &str) -> Vec<String> {
    vec![
        env!("CARGO_BIN_EXE_sentinel").to_owned(),
        "proxy".into(),
        "--target".into(),
        url.to_owned(),
    ]
}

fn tour_both(mode: &str, direct_kind: &str, path: &str) {
    // Two servers so the sessions share nothing (server-everything keeps per-process state).
    let a = Everything::start(mode);
    let b = Everything::start(mode);
    let (direct, proxied) = std::thread::scope(|s| {
        let d = s.spawn(|| http_tour(&[direct_kind.to_owned(), a.url(path)]));
        let mut via = vec!["stdio".to_owned(), "--".to_owned()];
        via.extend(sentinel_to(&b.url(path)));
        let p = s.spawn(move || http_tour(&via));
        (d.join().unwrap(), p.join().unwrap())
    });
    for needle in [
        "Echo: hello through sentinel",
        "sampled reply from the e2e client",
        "Ada Lovelace",
        "\"rootsRequested\": true",
    ] {
        assert!(
            direct.contains(needle),
            "direct transcript lacks {needle:?}:\n{direct}"
        );
    }
    assert_same_transcript(&direct, &proxied);
}

#[test]
fn everything_streamable_http_tour_is_identical_through_the_proxy() {
    tour_both("streamableHttp", "streamable", "/mcp");
}

#[test]
fn everything_legacy_sse_tour_is_identical_through_the_proxy_via_fallback() {
    tour_both("sse", "sse", "/sse");
}

#[test]
fn unreachable_url_exits_2_and_insecure_http_is_refused() {
    let port = free_port();
    let out = Command::new(env!("CARGO_BIN_EXE_sentinel"))
        .args(["proxy", "--connect-timeout", "2", "--target"])
        .arg(format!("http://127.0.0.1:{port}/mcp"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unreachable"), "{err}");

    let out = Command::new(env!("CARGO_BIN_EXE_sentinel"))
        .args(["proxy", "--target", "http://example.com/mcp"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--allow-insecure-http"));

    let out = Command::new(env!("CARGO_BIN_EXE_sentinel"))
        .args([
            "proxy",
            "--header",
            "Authorization: Bearer ghp_0123456789abcdefghijABCDEFGHIJ012345",
            "--target",
            "https://example.com/mcp",
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("looks like a secret"), "{err}");
    assert!(!err.contains("ghp_0123"), "the secret is not echoed: {err}");
}
