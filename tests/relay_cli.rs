//! The CLI surface of `sentinel proxy`: help, version, logging formats.

mod common;

use common::{Proxy, STEP, request};
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sentinel"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn proxy_help_teaches_usage_example_and_exit_codes() {
    let (code, out, _) = run(&["proxy", "--help"]);
    assert_eq!(code, 0);
    for needle in [
        "--target",
        "mcpServers",
        "Exit codes",
        "--max-line-bytes",
        "--shutdown-grace",
        "SIGKILL",
        "--log-json",
    ] {
        assert!(out.contains(needle), "help lacks {needle}:\n{out}");
    }
}

#[test]
fn version_is_printed() {
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("sentinel ") && out.contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn default_logs_are_key_value_lines_on_stderr() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(request("1", "ping", "{}"));
    assert_eq!(p.recv_json()["id"], 1);
    p.close_stdin();
    assert_eq!(p.wait(STEP).code(), Some(0));
    let err = p.stderr_with("event=shutdown");
    let start = err
        .lines()
        .find(|l| l.contains("event=start"))
        .expect("start record");
    assert!(
        start.contains("level=info") && start.contains("program=python3"),
        "{start}"
    );
    assert!(err.contains("event=spawn") && err.contains("pid="), "{err}");
    // The upstream's stderr is passed through, prefixed.
    assert!(
        err.contains("[upstream] fault server ready (mode echo)"),
        "{err}"
    );
}

#[test]
fn log_json_flag_and_env_give_ndjson() {
    for (args, envs) in [
        (vec!["--log-json"], vec![]),
        (vec![], vec![("SENTINEL_MCP_LOG_JSON", "1")]),
    ] {
        let mut p = Proxy::fault("echo", &args, &envs);
        p.send(request("1", "ping", "{}"));
        assert_eq!(p.recv_json()["id"], 1);
        p.close_stdin();
        assert_eq!(p.wait(STEP).code(), Some(0));
        let err = p.stderr_with("\"shutdown\"");
        let mut records = 0;
        for line in err.lines().filter(|l| !l.starts_with("[upstream]")) {
            let v: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            assert!(
                v.get("level").is_some() && v.get("event").is_some(),
                "{line}"
            );
            records += 1;
        }
        assert!(records >= 3, "{err}");
    }
}

#[test]
fn message_bodies_are_not_logged_at_info() {
    let mut p = Proxy::fault("echo", &["--log-level", "debug"], &[]);
    p.send(request(
        "1",
        "tools/call",
        r#"{"name":"t","arguments":{"token":"hunter2-secret"}}"#,
    ));
    assert_eq!(p.recv_json()["id"], 1);
    p.send(r#"{"jsonrpc":"2.0","id":2,"method":"x","params":{"token":"hunter2-secret"},}"#);
    p.recv_json();
    p.close_stdin();
    assert_eq!(p.wait(STEP).code(), Some(0));
    let err = p.stderr_with("event=shutdown");
    assert!(!err.contains("hunter2"), "{err}");
}
