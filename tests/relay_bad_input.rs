//! Every kind of bad input, from either side, has a defined outcome and never desynchronises
//! the stream: after each one a normal request still gets its normal answer.

mod common;

use common::{Proxy, request};
use serde_json::Value;
use std::time::Duration;

/// Sends a ping and expects its answer as the very next line: proves the stream is in sync
/// and that nothing was written for the bad line before it.
fn assert_in_sync(p: &mut Proxy, id: &str) {
    p.send(request(id, "ping", "{}"));
    let line = p.recv_str();
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(
        v["id"].to_string(),
        id,
        "expected the ping answer, got {line}"
    );
    assert!(v.get("result").is_some(), "{line}");
}

fn expect_error(p: &Proxy, id: Value, code: i64) -> Value {
    let v = p.recv_json();
    assert_eq!(v["id"], id, "{v}");
    assert_eq!(v["error"]["code"], code, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("sentinel: "),
        "{v}"
    );
    v
}

#[test]
fn batch_gets_an_error_with_null_id() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(r#"[{"jsonrpc":"2.0","id":1,"method":"ping"}]"#);
    let v = expect_error(&p, Value::Null, -32600);
    assert!(v["error"]["message"].as_str().unwrap().contains("batch"));
    assert_in_sync(&mut p, "2");
}

#[test]
fn non_object_lines_are_logged_not_answered() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(r#""just a string""#);
    p.send("42");
    p.send("hello world");
    assert_in_sync(&mut p, "1");
    p.stderr_count("problem=not_an_object", 3);
}

#[test]
fn invalid_json_with_readable_id_gets_parse_error() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(r#"{"jsonrpc":"2.0","id":"abc","method":"tools/call","params":{"name":}}"#);
    expect_error(&p, Value::from("abc"), -32700);
    assert_in_sync(&mut p, "1");
}

#[test]
fn invalid_json_without_id_is_logged_only() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(r#"{"jsonrpc":"2.0","method":"notifications/x","params":{"#);
    p.send(r#"{"jsonrpc" "2.0"}"#);
    assert_in_sync(&mut p, "1");
    p.stderr_count("problem=invalid_json", 2);
}

#[test]
fn invalid_utf8_gets_parse_error_with_id() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(b"{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"\xff\xfe\"}}");
    let v = expect_error(&p, Value::from(7), -32700);
    assert!(v["error"]["message"].as_str().unwrap().contains("UTF-8"));
    assert_in_sync(&mut p, "8");
}

#[test]
fn oversized_line_is_refused_with_its_id_and_stream_continues() {
    let mut p = Proxy::fault("echo", &["--max-line-bytes", "4096"], &[]);
    let big = format!(
        r#"{{"jsonrpc":"2.0","id":"big-1","method":"tools/call","params":{{"name":"w","arguments":{{"data":"{}"}}}}}}"#,
        "A".repeat(1_000_000)
    );
    p.send(&big);
    let v = expect_error(&p, Value::from("big-1"), -32600);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("size limit")
    );
    assert_in_sync(&mut p, "2");
    // An oversized line whose id is past the kept head: logged only.
    let late_id = format!(
        r#"{{"pad":"{}","id":5,"method":"ping"}}"#,
        "B".repeat(20_000)
    );
    p.send(&late_id);
    assert_in_sync(&mut p, "3");
    p.stderr_count("problem=oversized", 2);
}

#[test]
fn wrong_id_type_is_logged_not_forwarded() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(r#"{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}"#);
    p.send(r#"{"jsonrpc":"2.0","id":[1],"method":"ping"}"#);
    p.send(r#"{"jsonrpc":"2.0","id":true,"method":"ping"}"#);
    assert_in_sync(&mut p, "1");
    p.stderr_count("problem=wrong_id_type", 3);
}

#[test]
fn duplicate_envelope_member_is_refused() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send(
        r#"{"jsonrpc":"2.0","id":3,"method":"ping","method":"tools/call","params":{"name":"x"}}"#,
    );
    let v = expect_error(&p, Value::from(3), -32600);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("duplicate")
    );
    assert_in_sync(&mut p, "4");
}

#[test]
fn blank_lines_crlf_and_bom_are_tolerated() {
    let mut p = Proxy::fault("echo", &[], &[]);
    p.send_raw(b"\xEF\xBB\xBF{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}\r\n\n   \n");
    assert_eq!(p.recv_json()["id"], 1);
    p.send_raw(b"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\r\n");
    assert_eq!(p.recv_json()["id"], 2);
}

#[test]
fn reused_in_flight_id_is_refused() {
    let mut p = Proxy::fault("never", &[], &[]);
    p.send(request("1", "tools/call", r#"{"name":"a"}"#));
    p.send(request("1", "ping", "{}"));
    let v = expect_error(&p, Value::from(1), -32600);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already in flight")
    );
}

#[test]
fn pending_table_full_refuses_new_requests() {
    let mut p = Proxy::fault("never", &["--max-pending", "2"], &[]);
    p.send(request("1", "tools/call", "{}"));
    p.send(request("2", "tools/call", "{}"));
    p.send(request("3", "tools/call", "{}"));
    let v = expect_error(&p, Value::from(3), -32000);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("too many requests")
    );
    // Notifications are not limited.
    p.send(r#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}}"#);
    p.send(request("4", "tools/call", "{}"));
    // The cancel freed a slot, so 4 is forwarded (and, the server being silent, unanswered).
    assert!(p.try_recv(Duration::from_millis(500)).is_none());
}

#[test]
fn upstream_noise_on_stdout_is_not_forwarded() {
    let mut p = Proxy::fault("noise", &[], &[]);
    for i in 1..=3 {
        p.send(request(&i.to_string(), "ping", "{}"));
        let line = p.recv_str();
        let v: Value = serde_json::from_str(&line).expect("only MCP messages on stdout");
        assert_eq!(v["id"], i);
    }
    p.stderr_count("problem=not_an_object", 3);
}

#[test]
fn upstream_invalid_response_fails_the_pending_request() {
    let mut p = Proxy::fault("invalid", &[], &[]);
    p.send(request("\"c1\"", "tools/call", r#"{"name":"x"}"#));
    let v = expect_error(&p, Value::from("c1"), -32603);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("could not be relayed")
    );
    assert_in_sync(&mut p, "2");
}

#[test]
fn upstream_oversized_response_fails_the_pending_request() {
    let mut p = Proxy::fault(
        "oversized",
        &["--max-line-bytes", "65536"],
        &[("FAULT_SIZE", "300000")],
    );
    p.send(request("11", "tools/call", r#"{"name":"x"}"#));
    let v = expect_error(&p, Value::from(11), -32603);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("size limit")
    );
    assert_in_sync(&mut p, "12");
}

#[test]
fn upstream_response_within_the_limit_passes() {
    let mut p = Proxy::fault(
        "oversized",
        &["--max-line-bytes", "65536"],
        &[("FAULT_SIZE", "60000")],
    );
    p.send(request("11", "tools/call", r#"{"name":"x"}"#));
    let line = p.recv();
    assert_eq!(line.len(), 60000);
    let v: Value = serde_json::from_slice(&line).unwrap();
    assert_eq!(v["id"], 11);
}

/// A server that writes a burst of broken requests before it reads anything: the errors sent
/// back pile up in its stdin, and the relay must keep reading its stdout meanwhile.
#[test]
fn burst_of_bad_upstream_requests_does_not_deadlock() {
    let mut p = Proxy::fault("bad-burst", &[], &[]);
    let v = p.recv_json();
    assert_eq!(v["params"]["data"], "burst done", "{v}");
    assert_in_sync(&mut p, "1");
}
