//! Lifecycle of `sentinel proxy`: host EOF, upstream exit and crash, stubborn upstreams,
//! spawn failure, signals to sentinel. Each case is its own test.

mod common;

use common::{Proxy, STEP, pid_alive, read_pid, request};
use std::time::Duration;

#[test]
fn host_eof_closes_upstream_stdin_and_exits_0() {
    // A long grace: this test asserts no SIGTERM was needed, even on a loaded machine.
    let mut p = Proxy::fault("echo", &["--shutdown-grace", "20s"], &[]);
    p.send(request("1", "initialize", "{}"));
    let v = p.recv_json();
    assert_eq!(v["id"], 1);
    p.close_stdin();
    let status = p.wait(STEP);
    assert_eq!(status.code(), Some(0), "stderr:\n{}", p.stderr());
    let err = p.stderr_with("event=shutdown");
    assert!(
        !err.contains("upstream_sigterm"),
        "a clean upstream needs no SIGTERM:\n{err}"
    );
    assert!(p.stdout_closed(STEP));
}

#[test]
fn host_eof_answers_requests_the_upstream_never_answered() {
    let mut p = Proxy::fault("never", &[], &[]);
    p.send(request("\"q-1\"", "tools/call", r#"{"name":"slow"}"#));
    // Let the request reach the upstream before EOF.
    std::thread::sleep(Duration::from_millis(300));
    p.close_stdin();
    let v = p.recv_json();
    assert_eq!(v["id"], "q-1");
    assert_eq!(v["error"]["code"], -32000);
    assert_eq!(p.wait(STEP).code(), Some(0));
}

#[test]
fn upstream_crash_answers_pending_requests_and_exits_3() {
    let mut p = Proxy::fault("crash", &[], &[]);
    p.send(request("1", "initialize", "{}"));
    assert_eq!(p.recv_json()["id"], 1);
    p.send(request(
        "2",
        "tools/call",
        r#"{"name":"boom","arguments":{}}"#,
    ));
    let v = p.recv_json();
    assert_eq!(v["id"], 2);
    assert_eq!(v["error"]["code"], -32000);
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(msg.contains("exited with code 7"), "{msg}");
    assert!(msg.contains("tools/call"), "{msg}");
    assert_eq!(p.wait(STEP).code(), Some(3), "stderr:\n{}", p.stderr());
    assert!(p.stdout_closed(STEP));
}

#[test]
fn upstream_partial_line_then_exit_answers_the_request_once() {
    let mut p = Proxy::fault("partial", &[], &[]);
    p.send(request("\"p1\"", "tools/call", r#"{"name":"half"}"#));
    let v = p.recv_json();
    assert_eq!(v["id"], "p1");
    assert!(v["error"]["code"].is_i64(), "{v}");
    assert_eq!(p.wait(STEP).code(), Some(3));
    // Exactly one answer: nothing else may follow.
    assert!(p.stdout_closed(STEP));
}

#[test]
fn upstream_ignoring_sigterm_is_killed_and_reaped() {
    let dir = tempfile::tempdir().unwrap();
    let pidfile = dir.path().join("pid");
    let mut p = Proxy::fault(
        "ignore-sigterm",
        &[],
        &[("FAULT_PIDFILE", pidfile.to_str().unwrap())],
    );
    let pid = read_pid(&pidfile);
    p.send(request("1", "ping", "{}"));
    assert_eq!(p.recv_json()["id"], 1);
    p.close_stdin();
    let status = p.wait(STEP);
    assert_eq!(status.code(), Some(4), "stderr:\n{}", p.stderr());
    let err = p.stderr_with("event=shutdown");
    assert!(
        err.contains("upstream_sigterm") && err.contains("upstream_sigkill"),
        "{err}"
    );
    assert!(!pid_alive(pid), "upstream {pid} survived sentinel");
}

#[test]
fn upstream_lingering_after_eof_gets_sigterm_and_exit_is_0() {
    let dir = tempfile::tempdir().unwrap();
    let pidfile = dir.path().join("pid");
    let mut p = Proxy::fault(
        "linger",
        &[],
        &[("FAULT_PIDFILE", pidfile.to_str().unwrap())],
    );
    let pid = read_pid(&pidfile);
    p.close_stdin();
    assert_eq!(p.wait(STEP).code(), Some(0), "stderr:\n{}", p.stderr());
    let err = p.stderr_with("event=shutdown");
    assert!(
        err.contains("upstream_sigterm") && !err.contains("upstream_sigkill"),
        "{err}"
    );
    assert!(!pid_alive(pid));
}

#[test]
fn spawn_failure_is_one_clear_line_and_exit_2() {
    let mut p = Proxy::start(
        &["proxy", "--target", "/nonexistent/mcp-server", "--flag"],
        &[],
    );
    assert_eq!(p.wait(STEP).code(), Some(2));
    let err = p.stderr_with("cannot start upstream");
    let lines: Vec<_> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(
        lines[0].contains("cannot start upstream") && lines[0].contains("/nonexistent/mcp-server"),
        "{err}"
    );
    assert!(p.stdout_closed(STEP));
}

#[test]
fn missing_upstream_is_a_usage_error() {
    let mut p = Proxy::start(&["proxy"], &[]);
    assert_eq!(p.wait(STEP).code(), Some(2));
    p.stderr_with("--target");
}

#[test]
fn sigterm_to_sentinel_shuts_the_upstream_down() {
    let dir = tempfile::tempdir().unwrap();
    let pidfile = dir.path().join("pid");
    let mut p = Proxy::fault("echo", &[], &[("FAULT_PIDFILE", pidfile.to_str().unwrap())]);
    let pid = read_pid(&pidfile);
    p.send(request("1", "ping", "{}"));
    assert_eq!(p.recv_json()["id"], 1);
    let me = nix::unistd::Pid::from_raw(p.child.id() as i32);
    nix::sys::signal::kill(me, nix::sys::signal::Signal::SIGTERM).unwrap();
    assert_eq!(p.wait(STEP).code(), Some(0), "stderr:\n{}", p.stderr());
    p.stderr_with("signal=SIGTERM");
    assert!(!pid_alive(pid));
}

#[test]
fn double_dash_form_runs_the_upstream() {
    let server = common::FAULT_SERVER;
    let mut p = Proxy::start(&["proxy", "--", "python3", server, "echo"], &[]);
    p.send(request("9", "tools/list", "{}"));
    assert_eq!(p.recv_json()["id"], 9);
    p.close_stdin();
    assert_eq!(p.wait(STEP).code(), Some(0));
}

#[test]
fn shutdown_signals_reach_the_upstreams_own_children() {
    grandchild_is_ended("grandchild");
}

#[test]
fn children_left_behind_by_a_clean_exit_are_ended() {
    grandchild_is_ended("echo");
}

fn grandchild_is_ended(mode: &str) {
    let dir = tempfile::tempdir().unwrap();
    let pidfile = dir.path().join("pid");
    let gcfile = dir.path().join("gc");
    let mut p = Proxy::fault(
        mode,
        &[],
        &[
            ("FAULT_PIDFILE", pidfile.to_str().unwrap()),
            ("FAULT_GRANDCHILD_PIDFILE", gcfile.to_str().unwrap()),
        ],
    );
    let pid = read_pid(&pidfile);
    let gc = read_pid(&gcfile);
    assert!(pid_alive(gc));
    p.close_stdin();
    assert_eq!(p.wait(STEP).code(), Some(0), "stderr:\n{}", p.stderr());
    assert!(!pid_alive(pid));
    let start = std::time::Instant::now();
    while pid_alive(gc) && start.elapsed() < STEP {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!pid_alive(gc), "grandchild {gc} outlived the shutdown");
}

#[test]
fn upstream_closing_stdout_is_treated_as_gone() {
    let dir = tempfile::tempdir().unwrap();
    let pidfile = dir.path().join("pid");
    let mut p = Proxy::fault(
        "close-stdout",
        &[],
        &[("FAULT_PIDFILE", pidfile.to_str().unwrap())],
    );
    let pid = read_pid(&pidfile);
    p.send(request("1", "ping", "{}"));
    assert_eq!(p.recv_json()["id"], 1);
    p.send(request("2", "tools/call", r#"{"name":"x"}"#));
    let v = p.recv_json();
    assert_eq!(v["id"], 2);
    assert_eq!(v["error"]["code"], -32000);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("closed its stdout"),
        "{v}"
    );
    assert_eq!(p.wait(STEP).code(), Some(3), "stderr:\n{}", p.stderr());
    assert!(!pid_alive(pid), "the upstream was left running");
}
