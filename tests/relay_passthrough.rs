//! Byte faithfulness: every line each side receives through the proxy is identical, byte for
//! byte, to what it receives talking to the fault server directly. Covers both protocol eras,
//! vendor fields, `_meta`, odd ids, `\u` escapes, server→client requests and unknown methods.

mod common;

use common::{FAULT_SERVER, Proxy, STEP};
use std::io::Write;
use std::process::{Command, Stdio};

/// What the host sends: requests, notifications, responses to server requests.
fn host_lines() -> Vec<String> {
    let long_id = format!("\"{}\"", "x".repeat(10_000));
    let mut v: Vec<String> = vec![
        r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{"roots":{"listChanged":true},"vendor.example/x":{"a":[1,2.50,1e-7]}},"clientInfo":{"name":"t","version":"1"},"_meta":{"k":"v"}}}"#.into(),
        r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#.into(),
        r#"{"jsonrpc":"2.0","id":4.0,"method":"tools/list","params":{}}"#.into(),
        r#"{"jsonrpc":"2.0","id":-0,"method":"prompts/list"}"#.into(),
        r#"{"jsonrpc":"2.0","id":1e3,"method":"resources/list"}"#.into(),
        r#"{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"ping"}"#.into(),
        r#"{"jsonrpc":"2.0","id":"ключ-🔑","method":"ping"}"#.into(),
        r#"{"jsonrpc":"2.0","id":"\u0041\"\\\/","method":"ping"}"#.into(),
        r#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#.into(),
        r#"{"jsonrpc":"2.0","id":2,"method":"tools\u002fcall","params":{"name":"read","arguments":{"path":"/tmp/\u00e9\ud83d\ude00 😀","n":-1.5E+3,"deep":[[[[{"a":null}]]]],"nul":"\u0000"},"_meta":{"progressToken":"pt-1"}}}"#.into(),
        r#"{ "jsonrpc" : "2.0" , "id" : 5 , "method" : "ping" }"#.into(),
        r#"{"method":"ping","id":6,"jsonrpc":"2.0","vendor":{"extra":true}}"#.into(),
        r#"{"jsonrpc":"2.0","id":"d1","method":"server/discover","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{"sampling":{}}}}}"#.into(),
        r#"{"jsonrpc":"2.0","id":"t26","method":"tools/call","params":{"name":"deploy","arguments":{},"inputResponses":{"confirm":{"action":"accept","content":{}}},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#.into(),
        r#"{"jsonrpc":"2.0","id":7,"method":"vendor/custom-thing","params":[1,"two",{"three":3}]}"#.into(),
        r#"{"jsonrpc":"2.0","id":100,"result":{"model":"m","role":"assistant","content":{"type":"text","text":"hi"}}}"#.into(),
        r#"{"jsonrpc":"2.0","id":"e-1","error":{"code":-32601,"message":"no elicitation","data":{"why":"x"}}}"#.into(),
        r#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":"never-sent","reason":"x"}}"#.into(),
        r#"{"jsonrpc":"2.0","method":"notifications/roots/list_changed","_meta":{"vendor":1}}"#.into(),
    ];
    v.push(format!(
        r#"{{"jsonrpc":"2.0","id":{long_id},"method":"ping"}}"#
    ));
    v
}

/// What the server sends on its own at start: notifications, server→client requests, a
/// 2026-style result, a response to an id nobody sent.
fn server_script() -> Vec<String> {
    vec![
        r#"{"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":{"msg":"hello \u00e9","n":1.0}}}"#.into(),
        r#"{"jsonrpc":"2.0","id":100,"method":"sampling/createMessage","params":{"messages":[{"role":"user","content":{"type":"text","text":"q"}}],"maxTokens":10,"_meta":{"x":[]}}}"#.into(),
        r#"{"jsonrpc":"2.0","id":"e-1","method":"elicitation/create","params":{"message":"Name?","requestedSchema":{"type":"object","properties":{"n":{"type":"string"}}}}}"#.into(),
        r#"{"jsonrpc":"2.0","id":-0,"method":"roots/list"}"#.into(),
        r#"{"jsonrpc":"2.0","id":1.5,"method":"ping"}"#.into(),
        r#"{"jsonrpc":"2.0","method":"notifications/tools/list_changed"}"#.into(),
        r#"{"jsonrpc":"2.0","method":"vendor.example/notice","params":{"e":"\ud83d\ude00","big":1e400}}"#.into(),
        r#"{"jsonrpc":"2.0","id":"nobody","result":{"resultType":"input_required","inputRequests":{"r":{"method":"roots/list","params":{}}},"_meta":{"io.modelcontextprotocol/related":{}}}}"#.into(),
    ]
}

/// Runs the fault server directly: (its stdout, what it recorded).
fn direct(
    mode: &str,
    input: &[u8],
    script: &std::path::Path,
    record: &std::path::Path,
) -> (Vec<u8>, Vec<u8>) {
    let mut child = Command::new("python3")
        .args(["-u", FAULT_SERVER, mode])
        .env("FAULT_SCRIPT", script)
        .env("FAULT_RECORD", record)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    (out.stdout, std::fs::read(record).unwrap())
}

#[test]
fn every_line_is_byte_identical_to_a_direct_connection() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("script");
    std::fs::write(&script, server_script().join("\n") + "\n").unwrap();
    let input = host_lines().join("\n") + "\n";

    let (direct_out, direct_rec) = direct(
        "record",
        input.as_bytes(),
        &script,
        &dir.path().join("rec-direct"),
    );

    let rec = dir.path().join("rec-proxy");
    let mut p = Proxy::fault(
        "record",
        &["--shutdown-grace", "20s"],
        &[
            ("FAULT_SCRIPT", script.to_str().unwrap()),
            ("FAULT_RECORD", rec.to_str().unwrap()),
        ],
    );
    p.send_raw(input.as_bytes());
    p.close_stdin();
    let got = p.recv_all();
    assert_eq!(p.wait(STEP).code(), Some(0), "stderr:\n{}", p.stderr());
    let proxy_out: Vec<u8> = got
        .iter()
        .flat_map(|l| l.iter().copied().chain([b'\n']))
        .collect();
    let proxy_rec = std::fs::read(&rec).unwrap();

    // Host → server: the server recorded exactly what the host wrote.
    assert_eq!(
        String::from_utf8_lossy(&proxy_rec),
        String::from_utf8_lossy(&direct_rec)
    );
    assert_eq!(proxy_rec, input.as_bytes());
    // Server → host: the host read exactly what the server wrote.
    assert_eq!(
        String::from_utf8_lossy(&proxy_out),
        String::from_utf8_lossy(&direct_out)
    );
    // And the server's script came first, untouched.
    for (i, line) in server_script().iter().enumerate() {
        assert_eq!(got[i], line.as_bytes());
    }
    // Every request was answered with its raw id text.
    for line in host_lines() {
        if let Some(id) = raw_request_id(&line) {
            let needle = format!(r#""id":{id},"result""#);
            assert!(
                got.iter()
                    .any(|l| String::from_utf8_lossy(l).contains(&needle)),
                "no answer for {id}"
            );
        }
    }
}

/// The raw id text of a request line (test-only, for the lines above).
fn raw_request_id(line: &str) -> Option<String> {
    let env = sentinel::jsonrpc::parse(line).ok()?;
    (env.kind == sentinel::jsonrpc::Kind::Request).then(|| env.id_text().unwrap().to_owned())
}

#[test]
fn protocol_2026_messages_pass_untouched() {
    let input = [
        r#"{"jsonrpc":"2.0","id":1,"method":"server/discover","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}"#,
        r#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"x","arguments":{},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#,
        r#"{"jsonrpc":"2.0","id":3,"method":"tasks/get","params":{"taskId":"t1","_meta":{}}}"#,
    ]
    .join("\n")
        + "\n";
    let mut child = Command::new("python3")
        .args(["-u", FAULT_SERVER, "m2026"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let direct_out = child.wait_with_output().unwrap().stdout;

    let mut p = Proxy::fault("m2026", &["--shutdown-grace", "20s"], &[]);
    p.send_raw(input.as_bytes());
    p.close_stdin();
    let got = p.recv_all();
    let proxy_out: Vec<u8> = got
        .iter()
        .flat_map(|l| l.iter().copied().chain([b'\n']))
        .collect();
    assert_eq!(
        String::from_utf8_lossy(&proxy_out),
        String::from_utf8_lossy(&direct_out)
    );
    assert_eq!(got.len(), 3);
    assert!(String::from_utf8_lossy(&got[1]).contains(r#""resultType":"input_required""#));
    assert_eq!(p.wait(STEP).code(), Some(0));
}

#[test]
fn server_to_client_requests_round_trip() {
    let mut p = Proxy::fault("server-requests", &[], &[]);
    p.send(common::request(
        "\"call-1\"",
        "tools/call",
        r#"{"name":"needs_help","arguments":{}}"#,
    ));
    let mut answers = Vec::new();
    for _ in 0..4 {
        let line = p.recv_str();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let method = v["method"]
            .as_str()
            .expect("a server→client request")
            .to_owned();
        assert!(
            [
                "sampling/createMessage",
                "elicitation/create",
                "roots/list",
                "ping"
            ]
            .contains(&method.as_str())
        );
        let id = v["id"].to_string();
        let answer = format!(
            r#"{{"jsonrpc":"2.0","id":{id},"result":{{"for":"{method}","_meta":{{"v":1}}}}}}"#
        );
        p.send(&answer);
        answers.push(answer);
    }
    let fin = p.recv_str();
    assert!(
        fin.starts_with(r#"{"jsonrpc":"2.0","id":"call-1","result":{"answers":["#),
        "{fin}"
    );
    // The server got each answer byte for byte.
    for a in &answers {
        assert!(fin.contains(a.as_str()), "{a} not in {fin}");
    }
    p.close_stdin();
    assert_eq!(p.wait(STEP).code(), Some(0));
}
