//! `--detectors` and `--rules` reach the proxy's engine, not only `sentinel scan`.

mod common;

use common::{FAULT_SERVER, Proxy, request};
use serde_json::Value;
use std::time::Duration;

const CREDS: &str = r#"{"name":"t","arguments":{"aws":"AKIAQ3EGRZ7XW4LNBT2M wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8HbX2aQe"}}"#;

fn proxy(flags: &[&str], dir: &tempfile::TempDir) -> Proxy {
    let home = dir.path().to_str().unwrap();
    let mut args = vec!["proxy", "--shutdown-grace", "300ms"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&["--target", "python3", "-u", FAULT_SERVER, "echo"]);
    Proxy::start(
        &args,
        &[
            ("XDG_DATA_HOME", home),
            ("XDG_CONFIG_HOME", home),
            ("HOME", home),
        ],
    )
}

#[test]
fn disabling_a_detector_lets_its_findings_through() {
    let dir = tempfile::tempdir().unwrap();
    let mut on = proxy(&[], &dir);
    on.send(request("1", "tools/call", CREDS));
    assert_eq!(
        on.recv_json()["error"]["data"]["rule"],
        Value::from("SEC-02")
    );
    on.close_stdin();
    on.wait(Duration::from_secs(10));

    let mut off = proxy(&["--detectors", "security,-SEC-02"], &dir);
    off.send(request("1", "tools/call", CREDS));
    assert!(
        off.recv_json().get("result").is_some(),
        "SEC-02 disabled, the call is forwarded"
    );
    off.close_stdin();
    off.wait(Duration::from_secs(10));
}

#[test]
fn a_user_rule_pack_adds_findings_and_a_bad_one_is_a_startup_error() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("extra.toml");
    std::fs::write(
        &pack,
        concat!(
            "detector = \"SEC-02\"\n\n[[rule]]\nid = \"acme-key\"\nseverity = \"Critical\"\n",
            "keywords = [\"acme_\"]\nregex = '''\\bacme_[a-z0-9]{12}\\b'''\n"
        ),
    )
    .unwrap();
    let mut p = proxy(&["--rules", pack.to_str().unwrap()], &dir);
    p.send(request(
        "1",
        "tools/call",
        r#"{"name":"t","arguments":{"k":"acme_4kq9z2m7x1c8"}}"#,
    ));
    let v = p.recv_json();
    assert_eq!(
        v["error"]["data"]["rule"],
        Value::from("SEC-02"),
        "the user rule blocks: {v}"
    );
    assert!(
        !v.to_string().contains("acme_4kq9z2m7x1c8"),
        "the block echoes the token"
    );
    p.close_stdin();
    p.wait(Duration::from_secs(10));

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[[rule]]\nid = \n").unwrap();
    let mut p = proxy(&["--rules", bad.to_str().unwrap()], &dir);
    let status = p.wait(Duration::from_secs(10));
    assert_eq!(
        status.code(),
        Some(2),
        "a malformed pack must stop the proxy at start"
    );
    assert!(
        p.stderr().contains("bad.toml"),
        "the error names the file: {}",
        p.stderr()
    );
}
