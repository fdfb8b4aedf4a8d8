//! The HTTP transport against an in-repo fault-injection server (tests/http_fault_server.py,
//! loopback only): Streamable HTTP headers and session, SSE split across chunks with server
//! requests before the response, concurrency, every HTTP-level failure turned into a JSON-RPC
//! error for its request, oversized bodies, session expiry, timeouts, legacy SSE fallback,
//! connection loss and an unreachable upstream at start.

use sentinel::transport::http::{self, HttpArgs, HttpError, HttpOptions, TransportMode};
use sentinel::transport::{UpstreamEvent, UpstreamLink};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const LIMIT: usize = 64 * 1024;

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start() -> Server {
        Server::start_with(&[])
    }

    fn start_with(extra: &[&str]) -> Server {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http_fault_server.py");
        let mut child = Command::new("python3")
            .args([script, "--lifetime", "60"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs the fault server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line.trim().strip_prefix("PORT ").unwrap().parse().unwrap();
        Server { child, port }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    async fn log(&self) -> Vec<Value> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let body = reqwest::get(self.url("/log"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        serde_json::from_str(&body).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn env(var: &str) -> Option<String> {
    (var == "UPSTREAM_TOKEN").then(|| "tok-123".to_owned())
}

async fn connect(url: &str, tweak: impl FnOnce(&mut HttpArgs)) -> Result<UpstreamLink, HttpError> {
    connect_with(url, tweak, |_| {}).await
}

async fn connect_with(
    url: &str,
    tweak: impl FnOnce(&mut HttpArgs),
    tweak_opts: impl FnOnce(&mut HttpOptions),
) -> Result<UpstreamLink, HttpError> {
    let mut args = HttpArgs {
        connect_timeout: 5.0,
        request_timeout: 8.0,
        header: vec!["Authorization: Bearer $UPSTREAM_TOKEN".to_owned()],
        ..HttpArgs::default()
    };
    tweak(&mut args);
    let mut opts = HttpOptions::from_args_with_env(url, &args, LIMIT, Some("X-Tenant=acme"), &env)?;
    tweak_opts(&mut opts);
    http::connect(opts).await
}

async fn next(link: &mut UpstreamLink) -> UpstreamEvent {
    tokio::time::timeout(Duration::from_secs(10), link.inbound.recv())
        .await
        .expect("an event within 10 s")
        .expect("the channel stays open until Closed")
}

async fn next_msg(link: &mut UpstreamLink) -> (Vec<u8>, Value) {
    match next(link).await {
        UpstreamEvent::Message(bytes) => {
            let v = serde_json::from_slice(&bytes).expect("messages are JSON");
            (bytes, v)
        }
        other => panic!("expected a message, got {other:?}"),
    }
}

/// Next message that is not a notification (the GET stream may interleave some).
async fn next_non_notification(link: &mut UpstreamLink) -> Value {
    for _ in 0..10 {
        let (_, v) = next_msg(link).await;
        if v.get("id").is_some() {
            return v;
        }
    }
    panic!("no response among 10 messages");
}

async fn send(link: &UpstreamLink, v: Value) {
    link.outbound
        .send(serde_json::to_vec(&v).unwrap())
        .await
        .unwrap();
}

async fn call(link: &UpstreamLink, id: i64, tool: &str, args: Value) {
    send(
        link,
        json!({"jsonrpc":"2.0","id":id,"method":"tools/call","params":{"name":tool,"arguments":args}}),
    )
    .await;
}

async fn initialize(link: &mut UpstreamLink) {
    send(
        link,
        json!({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}),
    )
    .await;
    let v = next_non_notification(link).await;
    assert_eq!(v["id"], 0);
    assert!(v["result"]["protocolVersion"].is_string(), "{v}");
    send(
        link,
        json!({"jsonrpc":"2.0","method":"notifications/initialized"}),
    )
    .await;
}

/// The next response, noting the GET stream's notification if it passes by.
async fn response(link: &mut UpstreamLink, got_get_note: &mut bool) -> Value {
    loop {
        let (_, v) = next_msg(link).await;
        if v["method"] == "notifications/message" {
            assert_eq!(v["params"]["data"], "from GET");
            *got_get_note = true;
            continue;
        }
        return v;
    }
}

#[tokio::test]
async fn streamable_headers_session_get_stream_and_delete() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;

    call(&link, 1, "headers", json!({})).await;
    let mut got_get_note = false;
    let seen = response(&mut link, &mut got_get_note).await["result"]["seen"].clone();
    assert_eq!(seen["mcp-session-id"], "sess-1");
    assert_eq!(seen["mcp-protocol-version"], "2025-06-18");
    assert_eq!(seen["authorization"], "Bearer tok-123");
    assert_eq!(seen["x-tenant"], "acme");
    assert_eq!(seen["accept"], "application/json, text/event-stream");
    assert_eq!(seen["content-type"], "application/json");
    assert!(
        seen.get("mcp-method").is_none(),
        "no Mcp-Method before 2026-07-28"
    );

    // A 2026-07-28 message: version from _meta, Mcp-Method and Mcp-Name from the body.
    send(
        &link,
        json!({"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"headers","arguments":{},
            "_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}),
    )
    .await;
    let v = response(&mut link, &mut got_get_note).await;
    let seen = &v["result"]["seen"];
    assert_eq!(seen["mcp-protocol-version"], "2026-07-28");
    assert_eq!(seen["mcp-method"], "tools/call");
    assert_eq!(seen["mcp-name"], "headers");

    // A name that is not plain ASCII travels base64-wrapped.
    send(
        &link,
        json!({"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"headers-météo","arguments":{},
            "_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}),
    )
    .await;
    let v = response(&mut link, &mut got_get_note).await;
    assert_eq!(
        v["result"]["seen"]["mcp-name"],
        "=?base64?aGVhZGVycy1tw6l0w6lv?="
    );

    if !got_get_note {
        let (_, v) = next_msg(&mut link).await;
        assert_eq!(v["params"]["data"], "from GET");
    }

    let exit = link.control.shutdown(Duration::from_secs(2)).await;
    assert!(exit.expected, "{exit:?}");
    let log = server.log().await;
    assert!(
        log.iter()
            .any(|e| e["method"] == "DELETE" && e["mcp-session-id"] == "sess-1"),
        "session DELETEd: {log:?}"
    );
    assert!(
        log.iter()
            .any(|e| e["method"] == "GET" && e["path"] == "/mcp")
    );
}

#[tokio::test]
async fn sse_split_anywhere_relays_server_requests_before_the_response_byte_for_byte() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    for (id, chunk) in [(1, 1), (2, 3), (3, 7)] {
        call(&link, id, "sse_split", json!({"chunk": chunk})).await;
        let mut order = Vec::new();
        while order.len() < 3 {
            let (bytes, v) = next_msg(&mut link).await;
            if v["params"]["data"] == "from GET" {
                continue;
            }
            if v["id"] == "srv-1" {
                // Python's json.dumps spacing survives: the original bytes were relayed.
                assert!(
                    String::from_utf8(bytes)
                        .unwrap()
                        .starts_with("{\"jsonrpc\": \"2.0\", \"id\": \"srv-1\"")
                );
            }
            order.push(v);
        }
        assert_eq!(order[0]["method"], "sampling/createMessage");
        assert_eq!(order[1]["method"], "notifications/progress");
        assert_eq!(order[2]["id"], id);
        assert_eq!(order[2]["result"]["content"][0]["text"], "split ok");
    }
}

#[tokio::test]
async fn a_slow_request_does_not_block_others() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    call(&link, 10, "slow", json!({"secs": 1.5})).await;
    call(&link, 11, "json", json!({"text": "fast"})).await;
    let first = next_non_notification(&mut link).await;
    assert_eq!(first["id"], 11);
    let second = next_non_notification(&mut link).await;
    assert_eq!(second["id"], 10);
}

#[tokio::test]
async fn http_failures_become_json_rpc_errors_for_their_request() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;

    call(&link, 1, "status500", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 1);
    assert_eq!(v["error"]["code"], -32000);
    assert!(
        v["error"]["message"].as_str().unwrap().contains("HTTP 500"),
        "{v}"
    );

    call(&link, 2, "html", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 2);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("text/html"),
        "{v}"
    );

    call(&link, 3, "reset", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 3, "{v}");
    assert_eq!(v["error"]["code"], -32000);

    // A server's own JSON-RPC error on an HTTP error status is relayed as is.
    call(&link, 4, "error_json", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["error"]["code"], -32602);

    // Pretty-printed body: one line, same JSON value.
    call(&link, 5, "pretty", json!({})).await;
    loop {
        let (bytes, v) = next_msg(&mut link).await;
        if v["method"] == "notifications/message" {
            continue; // the GET stream's notification
        }
        assert!(!bytes.contains(&b'\n') && !bytes.contains(&b'\r'));
        assert_eq!(v["result"]["content"][0]["text"], "pretty");
        break;
    }

    // A batch body is split into its messages.
    call(&link, 6, "batch", json!({})).await;
    let mut got = Vec::new();
    while got.len() < 2 {
        let (_, v) = next_msg(&mut link).await;
        if v["params"]["data"] != "from GET" {
            got.push(v);
        }
    }
    assert_eq!(got[0]["method"], "notifications/message");
    assert_eq!(got[1]["id"], 6);

    // Ids keep their spelling in transport-made errors.
    send(
        &link,
        json!({"jsonrpc":"2.0","id":"abc","method":"tools/call","params":{"name":"status500"}}),
    )
    .await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], "abc");
}

#[tokio::test]
async fn oversized_bodies_and_events_become_oversized() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    for tool in ["oversized", "oversized_sse"] {
        call(&link, 1, tool, json!({"size": 200000})).await;
        loop {
            match next(&mut link).await {
                UpstreamEvent::Oversized { len, head } => {
                    assert!(len > LIMIT, "{tool}: {len}");
                    assert!(
                        head.starts_with(b"{\"jsonrpc\": \"2.0\", \"id\": 1"),
                        "{tool}"
                    );
                    assert!(head.len() <= 4096);
                    break;
                }
                UpstreamEvent::Message(m) => {
                    let v: Value = serde_json::from_slice(&m).unwrap();
                    assert_eq!(v["method"], "notifications/message", "{tool}: {v}");
                }
                other => panic!("{tool}: {other:?}"),
            }
        }
    }
    // The id sits after the payload, past the head: the relay cannot answer, so the transport
    // does, once.
    call(&link, 3, "oversized_id_last", json!({"size": 200000})).await;
    loop {
        match next(&mut link).await {
            UpstreamEvent::Oversized { .. } => continue,
            UpstreamEvent::Message(m) => {
                let v: Value = serde_json::from_slice(&m).unwrap();
                if v["method"] == "notifications/message" {
                    continue;
                }
                assert_eq!(v["id"], 3, "{v}");
                assert_eq!(v["error"]["data"]["reason"], "oversized");
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    // The link still works afterwards, and nothing else answered id 1 or 3.
    call(&link, 2, "json", json!({"text": "still fine"})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["result"]["content"][0]["text"], "still fine");
}

#[tokio::test]
async fn expired_session_is_a_clear_error() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    call(&link, 1, "expire", json!({})).await;
    assert_eq!(next_non_notification(&mut link).await["id"], 1);
    call(&link, 2, "json", json!({"text": "x"})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 2);
    assert_eq!(v["error"]["data"]["reason"], "session_expired");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("session expired")
    );
}

#[tokio::test]
async fn request_timeout_answers_with_a_timeout_error() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |a| a.request_timeout = 0.5)
        .await
        .unwrap();
    initialize(&mut link).await;
    call(&link, 1, "slow", json!({"secs": 2})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 1);
    assert_eq!(v["error"]["code"], -32001);
}

#[tokio::test]
async fn legacy_sse_fallback_and_forced_mode() {
    let server = Server::start();
    for mode in [TransportMode::Auto, TransportMode::Sse] {
        let mut link = connect(&server.url("/sse"), |a| a.transport = mode)
            .await
            .unwrap();
        initialize(&mut link).await;
        call(&link, 1, "json", json!({"text": "legacy ok"})).await;
        let v = next_non_notification(&mut link).await;
        assert_eq!(v["result"]["content"][0]["text"], "legacy ok", "{mode:?}");
        let exit = link.control.shutdown(Duration::from_secs(1)).await;
        assert!(exit.expected);
    }
    let log = server.log().await;
    assert!(
        log.iter()
            .any(|e| e["method"] == "POST" && e["path"] == "/sse"),
        "auto tried POST first"
    );
    let posted: Vec<_> = log
        .iter()
        .filter(|e| e["path"].as_str().unwrap().starts_with("/messages"))
        .collect();
    assert!(
        posted
            .iter()
            .all(|e| e["authorization"] == "Bearer tok-123")
    );
}

#[tokio::test]
async fn legacy_connection_loss_answers_pending_requests_then_closes() {
    let server = Server::start();
    let mut link = connect(&server.url("/sse"), |a| a.transport = TransportMode::Sse)
        .await
        .unwrap();
    initialize(&mut link).await;
    call(&link, 7, "drop", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 7);
    assert_eq!(v["error"]["data"]["reason"], "connection_lost");
    match next(&mut link).await {
        UpstreamEvent::Closed(exit) => assert!(!exit.expected),
        other => panic!("{other:?}"),
    }
    assert!(link.inbound.recv().await.is_none(), "nothing after Closed");
}

#[tokio::test]
async fn forcing_streamable_on_a_legacy_server_answers_with_an_error() {
    let server = Server::start();
    let mut link = connect(&server.url("/sse"), |a| {
        a.transport = TransportMode::StreamableHttp
    })
    .await
    .unwrap();
    send(
        &link,
        json!({"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}),
    )
    .await;
    let v = next_non_notification(&mut link).await;
    assert!(
        v["error"]["message"].as_str().unwrap().contains("HTTP 404"),
        "{v}"
    );
}

#[tokio::test]
async fn unreachable_upstream_fails_at_start() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    for mode in [TransportMode::Auto, TransportMode::Sse] {
        let err = connect(&format!("http://127.0.0.1:{port}/mcp"), |a| {
            a.transport = mode
        })
        .await
        .err()
        .expect("connect fails");
        assert!(
            matches!(err, HttpError::Unreachable { .. }),
            "{mode:?}: {err:?}"
        );
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("unreachable"));
    }
}

#[tokio::test]
async fn host_closing_its_side_ends_the_session_with_one_closed() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    let UpstreamLink {
        outbound,
        mut inbound,
        ..
    } = link;
    drop(outbound);
    let mut closed = 0;
    while let Ok(Some(ev)) = tokio::time::timeout(Duration::from_secs(10), inbound.recv()).await {
        if let UpstreamEvent::Closed(exit) = ev {
            assert!(exit.expected);
            closed += 1;
        }
    }
    assert_eq!(closed, 1);
}

/// Makes a throwaway CA and a server certificate for 127.0.0.1 with the openssl CLI.
fn make_certs(dir: &std::path::Path) {
    let sh = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("the openssl CLI is installed");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    sh(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=sentinel test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    sh(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "srv.key",
        "-out",
        "srv.csr",
        "-subj",
        "/CN=localhost",
    ]);
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n\
         extendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n",
    )
    .unwrap();
    sh(&[
        "x509",
        "-req",
        "-in",
        "srv.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "srv.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
}

#[tokio::test]
async fn tls_with_a_private_ca_needs_ca_file() {
    let dir = tempfile::tempdir().unwrap();
    make_certs(dir.path());
    let cert = dir.path().join("srv.pem");
    let key = dir.path().join("srv.key");
    let server = Server::start_with(&["--tls", cert.to_str().unwrap(), key.to_str().unwrap()]);
    let url = format!("https://127.0.0.1:{}/mcp", server.port);

    let ca = dir.path().join("ca.pem");
    let mut link = connect(&url, |a| a.ca_file = Some(ca.clone()))
        .await
        .unwrap();
    initialize(&mut link).await;
    call(&link, 1, "json", json!({"text": "over tls"})).await;
    assert_eq!(
        next_non_notification(&mut link).await["result"]["content"][0]["text"],
        "over tls"
    );

    // Without the CA the certificate is not trusted: the request fails, nothing is relayed.
    let mut link = connect(&url, |_| {}).await.unwrap();
    send(
        &link,
        json!({"jsonrpc":"2.0","id":0,"method":"initialize","params":{}}),
    )
    .await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["error"]["code"], -32000, "{v}");

    let missing = connect(&url, |a| a.ca_file = Some(dir.path().join("nope.pem"))).await;
    assert!(matches!(missing, Err(HttpError::CaFile { .. })));
    let not_pem = connect(&url, |a| a.ca_file = Some(dir.path().join("ext.cnf"))).await;
    assert!(matches!(not_pem, Err(HttpError::CaFile { .. })));
}

#[tokio::test]
async fn shutdown_with_a_request_in_flight_is_bounded_by_grace_and_deletes_the_session() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    call(&link, 1, "slow", json!({"secs": 6})).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = std::time::Instant::now();
    let exit = link.control.shutdown(Duration::from_millis(500)).await;
    assert!(exit.expected, "{exit:?}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    let mut closed = false;
    while let Ok(Some(ev)) = tokio::time::timeout(Duration::from_secs(2), link.inbound.recv()).await
    {
        closed |= matches!(ev, UpstreamEvent::Closed(_));
    }
    assert!(closed, "one Closed after shutdown");
    let log = server.log().await;
    assert!(log.iter().any(|e| e["method"] == "DELETE"), "{log:?}");
}

#[tokio::test]
async fn get_stream_resumes_with_last_event_id_and_gives_up_after_bounded_failures() {
    let server = Server::start();
    let mut link = connect_with(
        &server.url("/mcp"),
        |_| {},
        |o| {
            o.reconnect.base_delay = Duration::from_millis(10);
            o.reconnect.max_delay = Duration::from_millis(40);
        },
    )
    .await
    .unwrap();
    initialize(&mut link).await;
    let (_, v) = next_msg(&mut link).await;
    assert_eq!(v["params"]["data"], "from GET");
    // Stream 1 ends after 0.5 s, stream 2 (resumed) after 0.5 s more, then 503s until the
    // transport gives up: 5 consecutive failures in all, counting the empty resumed stream.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let log = server.log().await;
    let gets: Vec<_> = log
        .iter()
        .filter(|e| e["method"] == "GET" && e["path"] == "/mcp")
        .collect();
    assert_eq!(gets.len(), 6, "{gets:?}");
    assert!(gets[0].get("last-event-id").is_none());
    assert!(
        gets[1..].iter().all(|g| g["last-event-id"] == "g1"),
        "{gets:?}"
    );
    assert!(gets.iter().all(|g| g["mcp-session-id"] == "sess-1"));
    // Requests still work without the GET stream.
    call(&link, 1, "json", json!({"text": "post still fine"})).await;
    assert_eq!(
        next_non_notification(&mut link).await["result"]["content"][0]["text"],
        "post still fine"
    );
}

#[tokio::test]
async fn a_response_stream_ended_early_is_resumed_with_last_event_id() {
    let server = Server::start();
    let mut link = connect(&server.url("/mcp"), |_| {}).await.unwrap();
    initialize(&mut link).await;
    call(&link, 41, "poll", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 41);
    assert_eq!(v["result"]["content"][0]["text"], "after resume");
    let log = server.log().await;
    assert!(
        log.iter()
            .any(|e| e["method"] == "GET" && e["last-event-id"] == "poll-41"),
        "{log:?}"
    );

    // Nothing to resume: bounded retries, then an error for the request.
    call(&link, 42, "poll_lost", json!({})).await;
    let v = next_non_notification(&mut link).await;
    assert_eq!(v["id"], 42);
    assert_eq!(v["error"]["code"], -32000, "{v}");
}
