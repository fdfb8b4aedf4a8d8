//! The interception seam, driven in process: `relay::run` with duplex pipes for the host and
//! a scripted in-memory upstream. Checks what the interceptor is shown and that every
//! verdict is honoured in both directions.

use sentinel::jsonrpc::{Envelope, Kind};
use sentinel::relay::{
    self, Direction, EndReason, Interceptor, MessageContext, RelayConfig, RelayOutcome, Verdict,
};
use sentinel::transport::{BoxFuture, UpstreamControl, UpstreamEvent, UpstreamExit, UpstreamLink};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, Lines};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

const T: Duration = Duration::from_secs(10);

/// An upstream that ends (reporting an expected exit) when asked to shut down.
struct MockControl(mpsc::Sender<UpstreamEvent>);

impl UpstreamControl for MockControl {
    fn shutdown(self: Box<Self>, _grace: Duration) -> BoxFuture<UpstreamExit> {
        Box::pin(async move {
            let exit = UpstreamExit {
                description: "exited with code 0".into(),
                code: Some(0),
                expected: true,
            };
            let _ = self.0.send(UpstreamEvent::Closed(exit.clone())).await;
            exit
        })
    }
}

struct Harness {
    host_in: DuplexStream,
    host_out: Lines<BufReader<DuplexStream>>,
    /// What the relay sent to the upstream.
    up_rx: mpsc::Receiver<Vec<u8>>,
    /// Inject what the upstream "sends".
    up_tx: mpsc::Sender<UpstreamEvent>,
    relay: JoinHandle<RelayOutcome>,
}

impl Harness {
    fn new(interceptor: Arc<dyn Interceptor>, config: RelayConfig) -> Harness {
        let (out_tx, up_rx) = mpsc::channel(1024);
        let (up_tx, in_rx) = mpsc::channel(1024);
        let link = UpstreamLink {
            outbound: out_tx,
            inbound: in_rx,
            control: Box::new(MockControl(up_tx.clone())),
        };
        let (host_in, relay_in) = tokio::io::duplex(1 << 20);
        let (relay_out, host_out) = tokio::io::duplex(1 << 20);
        let relay = tokio::spawn(relay::run(config, interceptor, link, relay_in, relay_out));
        Harness {
            host_in,
            host_out: BufReader::new(host_out).lines(),
            up_rx,
            up_tx,
            relay,
        }
    }

    async fn host_send(&mut self, line: &str) {
        self.host_in.write_all(line.as_bytes()).await.unwrap();
        self.host_in.write_all(b"\n").await.unwrap();
    }

    async fn host_recv(&mut self) -> String {
        tokio::time::timeout(T, self.host_out.next_line())
            .await
            .expect("host line in time")
            .unwrap()
            .expect("a line")
    }

    async fn server_send(&self, line: &str) {
        self.up_tx
            .send(UpstreamEvent::Message(line.as_bytes().to_vec()))
            .await
            .unwrap();
    }

    async fn server_recv(&mut self) -> String {
        let b = tokio::time::timeout(T, self.up_rx.recv())
            .await
            .expect("upstream line in time")
            .expect("a line");
        String::from_utf8(b).unwrap()
    }

    async fn finish(mut self) -> RelayOutcome {
        self.host_in.shutdown().await.unwrap();
        drop(self.host_in);
        tokio::time::timeout(T, self.relay).await.unwrap().unwrap()
    }
}

/// What an interceptor saw about one message.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    dir: Direction,
    kind: Kind,
    method: Option<String>,
    id: Option<String>,
    request: Option<(String, Option<String>)>,
}

/// Records every call; blocks/rewrites per a few fixed rules.
#[derive(Default)]
struct Scripted {
    seen: Mutex<Vec<Seen>>,
}

impl Interceptor for Scripted {
    fn inspect(&self, msg: &Envelope<'_>, ctx: &MessageContext<'_>) -> Verdict {
        self.seen.lock().unwrap().push(Seen {
            dir: ctx.direction,
            kind: msg.kind,
            method: msg.method.as_deref().map(str::to_owned),
            id: msg.id_text().map(str::to_owned),
            request: ctx.request.map(|r| (r.method.clone(), r.name.clone())),
        });
        let id = msg.id_text().unwrap_or("null");
        match (ctx.direction, msg.kind, msg.method.as_deref()) {
            (Direction::HostToServer, Kind::Request, Some("tools/call")) if msg.raw.contains("\"evil\"") => {
                Verdict::Respond(format!(r#"{{"jsonrpc":"2.0","id":{id},"error":{{"code":-32001,"message":"blocked"}}}}"#).into_bytes())
            }
            (Direction::ServerToHost, Kind::Request, Some("sampling/createMessage")) => {
                Verdict::Respond(format!(r#"{{"jsonrpc":"2.0","id":{id},"error":{{"code":-32001,"message":"sampling refused"}}}}"#).into_bytes())
            }
            (Direction::ServerToHost, Kind::Response, _)
                if ctx.request.is_some_and(|r| r.method == "tools/call") && msg.raw.contains("SECRET") =>
            {
                Verdict::Replace(msg.raw.replace("SECRET", "[redacted]").into_bytes())
            }
            (_, Kind::Notification, Some("test/panic")) => panic!("interceptor bug"),
            (_, Kind::Request, Some("test/panic")) => panic!("interceptor bug"),
            (_, Kind::Request, Some("test/newline")) => Verdict::Replace(b"{\n}".to_vec()),
            _ => Verdict::Forward,
        }
    }
}

fn cfg() -> RelayConfig {
    RelayConfig {
        shutdown_grace: Duration::from_millis(200),
        ..RelayConfig::default()
    }
}

#[tokio::test]
async fn respond_answers_a_host_request_locally() {
    let i = Arc::new(Scripted::default());
    let mut h = Harness::new(i.clone(), cfg());
    h.host_send(
        r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"evil","arguments":{}}}"#,
    )
    .await;
    h.host_send(
        r#"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"fine","arguments":{}}}"#,
    )
    .await;
    assert_eq!(
        h.host_recv().await,
        r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32001,"message":"blocked"}}"#
    );
    // Only the allowed request reached the upstream.
    assert!(h.server_recv().await.contains(r#""id":2"#));
    h.server_send(r#"{"jsonrpc":"2.0","id":2,"result":{"content":[]}}"#)
        .await;
    assert_eq!(
        h.host_recv().await,
        r#"{"jsonrpc":"2.0","id":2,"result":{"content":[]}}"#
    );
    let out = h.finish().await;
    assert_eq!(out.reason, EndReason::HostClosed);
    assert_eq!(out.exit_code(), 0);
    assert_eq!(out.failed_pending, 0);
}

#[tokio::test]
async fn replace_rewrites_a_response_and_context_names_the_request() {
    let i = Arc::new(Scripted::default());
    let mut h = Harness::new(i.clone(), cfg());
    h.host_send(r#"{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"read_env"}}"#)
        .await;
    h.server_recv().await;
    h.server_send(
        r#"{"jsonrpc":"2.0","id":"a","result":{"content":[{"type":"text","text":"SECRET"}]}}"#,
    )
    .await;
    assert_eq!(
        h.host_recv().await,
        r#"{"jsonrpc":"2.0","id":"a","result":{"content":[{"type":"text","text":"[redacted]"}]}}"#
    );
    h.finish().await;
    let seen = i.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].dir, Direction::HostToServer);
    assert_eq!(seen[0].request, None);
    assert_eq!(seen[1].dir, Direction::ServerToHost);
    assert_eq!(seen[1].kind, Kind::Response);
    assert_eq!(
        seen[1].request,
        Some(("tools/call".to_owned(), Some("read_env".to_owned())))
    );
}

#[tokio::test]
async fn respond_answers_a_server_request_locally() {
    let i = Arc::new(Scripted::default());
    let mut h = Harness::new(i.clone(), cfg());
    h.server_send(r#"{"jsonrpc":"2.0","id":"s1","method":"sampling/createMessage","params":{}}"#)
        .await;
    h.server_send(r#"{"jsonrpc":"2.0","id":"s2","method":"roots/list"}"#)
        .await;
    assert_eq!(
        h.server_recv().await,
        r#"{"jsonrpc":"2.0","id":"s1","error":{"code":-32001,"message":"sampling refused"}}"#
    );
    // The host sees only the allowed server request, and its answer gets the right context.
    assert_eq!(
        h.host_recv().await,
        r#"{"jsonrpc":"2.0","id":"s2","method":"roots/list"}"#
    );
    h.host_send(r#"{"jsonrpc":"2.0","id":"s2","result":{"roots":[]}}"#)
        .await;
    assert_eq!(
        h.server_recv().await,
        r#"{"jsonrpc":"2.0","id":"s2","result":{"roots":[]}}"#
    );
    h.finish().await;
    let seen = i.seen.lock().unwrap().clone();
    let last = seen.last().unwrap();
    assert_eq!(last.dir, Direction::HostToServer);
    assert_eq!(last.request, Some(("roots/list".to_owned(), None)));
}

#[tokio::test]
async fn interceptor_panic_and_bad_bytes_fail_closed() {
    let i = Arc::new(Scripted::default());
    let mut h = Harness::new(i.clone(), cfg());
    h.host_send(r#"{"jsonrpc":"2.0","id":1,"method":"test/panic"}"#)
        .await;
    let v: serde_json::Value = serde_json::from_str(&h.host_recv().await).unwrap();
    assert_eq!(v["id"], 1);
    assert_eq!(v["error"]["code"], -32603);
    h.host_send(r#"{"jsonrpc":"2.0","method":"test/panic"}"#)
        .await;
    h.host_send(r#"{"jsonrpc":"2.0","id":2,"method":"test/newline"}"#)
        .await;
    let v: serde_json::Value = serde_json::from_str(&h.host_recv().await).unwrap();
    assert_eq!(v["id"], 2);
    assert_eq!(v["error"]["code"], -32603);
    // The relay is still alive and nothing reached the upstream.
    h.host_send(r#"{"jsonrpc":"2.0","id":3,"method":"ping"}"#)
        .await;
    assert_eq!(
        h.server_recv().await,
        r#"{"jsonrpc":"2.0","id":3,"method":"ping"}"#
    );
}

#[tokio::test]
async fn cancelled_request_loses_its_context() {
    let i = Arc::new(Scripted::default());
    let mut h = Harness::new(i.clone(), cfg());
    h.host_send(r#"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"slow"}}"#)
        .await;
    h.host_send(r#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":9}}"#)
        .await;
    h.server_recv().await;
    h.server_recv().await;
    // A late response is still relayed (the host ignores it), without request context.
    h.server_send(r#"{"jsonrpc":"2.0","id":9,"result":{}}"#)
        .await;
    assert_eq!(
        h.host_recv().await,
        r#"{"jsonrpc":"2.0","id":9,"result":{}}"#
    );
    // And the id is free again.
    h.host_send(r#"{"jsonrpc":"2.0","id":9,"method":"ping"}"#)
        .await;
    assert_eq!(
        h.server_recv().await,
        r#"{"jsonrpc":"2.0","id":9,"method":"ping"}"#
    );
    h.finish().await;
    let seen = i.seen.lock().unwrap().clone();
    let resp = seen.iter().find(|s| s.kind == Kind::Response).unwrap();
    assert_eq!(resp.request, None);
}

#[tokio::test]
async fn upstream_exit_fails_every_pending_request() {
    let mut h = Harness::new(Arc::new(relay::PassThrough), cfg());
    for id in ["1", "\"two\"", "3.0"] {
        h.host_send(&format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"t"}}}}"#
        ))
        .await;
        h.server_recv().await;
    }
    h.server_send(r#"{"jsonrpc":"2.0","id":"two","result":{}}"#)
        .await;
    assert_eq!(
        h.host_recv().await,
        r#"{"jsonrpc":"2.0","id":"two","result":{}}"#
    );
    let exit = UpstreamExit {
        description: "was killed by SIGSEGV".into(),
        code: None,
        expected: false,
    };
    h.up_tx.send(UpstreamEvent::Closed(exit)).await.unwrap();
    let mut ids = Vec::new();
    for _ in 0..2 {
        let line = h.host_recv().await;
        assert!(
            line.contains(r#""code":-32000"#) && line.contains("was killed by SIGSEGV"),
            "{line}"
        );
        ids.push(
            sentinel::jsonrpc::parse(&line)
                .unwrap()
                .id_text()
                .unwrap()
                .to_owned(),
        );
    }
    ids.sort();
    assert_eq!(ids, ["1", "3.0"]);
    let out = tokio::time::timeout(T, h.relay).await.unwrap().unwrap();
    assert_eq!(out.reason, EndReason::UpstreamExited);
    assert_eq!(out.failed_pending, 2);
    assert_eq!(out.exit_code(), 3);
}

#[tokio::test]
async fn upstream_oversized_event_fails_the_matching_request() {
    let mut h = Harness::new(Arc::new(relay::PassThrough), cfg());
    h.host_send(
        r#"{"jsonrpc":"2.0","id":"r","method":"resources/read","params":{"uri":"file:///big"}}"#,
    )
    .await;
    h.server_recv().await;
    let head =
        br#"{"jsonrpc":"2.0","id":"r","result":{"contents":[{"uri":"file:///big","text":"aaaa"#
            .to_vec();
    h.up_tx
        .send(UpstreamEvent::Oversized {
            len: 50_000_000,
            head,
        })
        .await
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&h.host_recv().await).unwrap();
    assert_eq!(v["id"], "r");
    assert_eq!(v["error"]["code"], -32603);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("50000000 bytes")
    );
}

/// Many requests in flight with notifications interleaved both ways; the upstream answers
/// out of order. Every response reaches the host once, with the right context.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_requests_in_flight_are_matched_without_loss() {
    const N: usize = 2000;
    let i = Arc::new(Scripted::default());
    let h = Harness::new(i.clone(), cfg());
    let Harness {
        mut host_in,
        mut host_out,
        mut up_rx,
        up_tx,
        relay,
        ..
    } = h;
    let writer = tokio::spawn(async move {
        for n in 0..N {
            let line = format!(
                "{{\"jsonrpc\":\"2.0\",\"id\":\"r{n}\",\"method\":\"tools/call\",\"params\":{{\"name\":\"t{n}\"}}}}\n\
                 {{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{{\"progressToken\":{n},\"progress\":1}}}}\n"
            );
            host_in.write_all(line.as_bytes()).await.unwrap();
        }
        host_in
    });
    let server = tokio::spawn(async move {
        let mut batch = Vec::new();
        let mut requests = 0;
        let mut notes = 0;
        while requests < N || notes < N {
            let line = String::from_utf8(up_rx.recv().await.unwrap()).unwrap();
            let env = sentinel::jsonrpc::parse(&line).unwrap();
            if env.kind == Kind::Request {
                requests += 1;
                batch.push(env.id_text().unwrap().to_owned());
            } else {
                assert!(
                    line.contains(&format!("\"progressToken\":{notes},")),
                    "notification order: {line}"
                );
                notes += 1;
            }
            if batch.len() == 7 || requests == N {
                // Answer in reverse, with a notification between answers.
                while let Some(id) = batch.pop() {
                    up_tx.send(UpstreamEvent::Message(format!(r#"{{"jsonrpc":"2.0","method":"notifications/message","params":{{"for":{id}}}}}"#).into_bytes())).await.unwrap();
                    up_tx
                        .send(UpstreamEvent::Message(
                            format!(r#"{{"jsonrpc":"2.0","id":{id},"result":{{"ok":{id}}}}}"#)
                                .into_bytes(),
                        ))
                        .await
                        .unwrap();
                }
            }
        }
        up_rx
    });
    let mut got = std::collections::HashSet::new();
    let mut notes = 0;
    while got.len() < N {
        let line = tokio::time::timeout(T, host_out.next_line())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        if let Some(id) = v.get("id") {
            let id = id.as_str().unwrap().to_owned();
            assert_eq!(v["result"]["ok"], id.as_str());
            // Each response follows the notification sent just before it.
            assert!(notes > got.len(), "response before its notification");
            assert!(got.insert(id), "duplicate response");
        } else {
            notes += 1;
        }
    }
    assert_eq!(notes, N);
    let mut host_in = writer.await.unwrap();
    let _up_rx = server.await.unwrap();
    host_in.shutdown().await.unwrap();
    drop(host_in);
    let out = tokio::time::timeout(T, relay).await.unwrap().unwrap();
    assert_eq!(out.failed_pending, 0);
    let seen = i.seen.lock().unwrap();
    let responses: Vec<_> = seen.iter().filter(|s| s.kind == Kind::Response).collect();
    assert_eq!(responses.len(), N);
    for s in responses {
        let id = s.id.as_deref().unwrap().trim_matches('"');
        let want = format!("t{}", &id[1..]);
        assert_eq!(s.request, Some(("tools/call".to_owned(), Some(want))));
    }
}

#[tokio::test]
async fn host_that_stops_reading_ends_the_session() {
    let h = Harness::new(Arc::new(relay::PassThrough), cfg());
    let Harness {
        host_in,
        host_out,
        up_tx,
        relay,
        ..
    } = h;
    drop(host_out);
    up_tx
        .send(UpstreamEvent::Message(
            br#"{"jsonrpc":"2.0","method":"notifications/message","params":{}}"#.to_vec(),
        ))
        .await
        .unwrap();
    let out = tokio::time::timeout(T, relay).await.unwrap().unwrap();
    assert_eq!(out.reason, EndReason::HostOutputClosed);
    assert_eq!(out.exit_code(), 0);
    drop(host_in);
}

#[tokio::test]
async fn stop_future_shuts_down_like_host_eof() {
    let (out_tx, mut up_rx) = mpsc::channel(16);
    let (up_tx, in_rx) = mpsc::channel(16);
    let link = UpstreamLink {
        outbound: out_tx,
        inbound: in_rx,
        control: Box::new(MockControl(up_tx.clone())),
    };
    let (mut host_in, relay_in) = tokio::io::duplex(4096);
    let (relay_out, host_out) = tokio::io::duplex(4096);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let relay = tokio::spawn(relay::run_until(
        cfg(),
        Arc::new(relay::PassThrough),
        link,
        relay_in,
        relay_out,
        async {
            let _ = stop_rx.await;
        },
    ));
    host_in
        .write_all(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{}}\n")
        .await
        .unwrap();
    assert!(
        tokio::time::timeout(T, up_rx.recv())
            .await
            .unwrap()
            .is_some()
    );
    stop_tx.send(()).unwrap();
    let out = tokio::time::timeout(T, relay).await.unwrap().unwrap();
    assert_eq!(out.reason, EndReason::Stopped);
    // The request the upstream never answered was answered for it.
    assert_eq!(out.failed_pending, 1);
    let mut lines = BufReader::new(host_out).lines();
    let line = lines.next_line().await.unwrap().unwrap();
    assert!(
        line.contains(r#""id":1"#) && line.contains("-32000"),
        "{line}"
    );
    drop(host_in);
}

/// A server that re-serialises ids (`1.0` → `1`, `"\u0041"` → `"A"`) still gets its answers
/// matched to the right request, and the table does not fill with orphans.
#[tokio::test]
async fn respelled_ids_find_their_request() {
    let i = Arc::new(Scripted::default());
    let mut h = Harness::new(
        i.clone(),
        RelayConfig {
            max_pending: 2,
            ..cfg()
        },
    );
    for round in 0..3 {
        h.host_send(r#"{"jsonrpc":"2.0","id":1.0,"method":"tools/call","params":{"name":"a"}}"#)
            .await;
        h.host_send(
            r#"{"jsonrpc":"2.0","id":"\u0041","method":"prompts/get","params":{"name":"p"}}"#,
        )
        .await;
        h.server_recv().await;
        h.server_recv().await;
        h.server_send(r#"{"jsonrpc":"2.0","id":1,"result":{}}"#)
            .await;
        h.server_send(r#"{"jsonrpc":"2.0","id":"A","result":{}}"#)
            .await;
        assert_eq!(
            h.host_recv().await,
            r#"{"jsonrpc":"2.0","id":1,"result":{}}"#,
            "round {round}"
        );
        assert_eq!(
            h.host_recv().await,
            r#"{"jsonrpc":"2.0","id":"A","result":{}}"#
        );
    }
    h.finish().await;
    let seen = i.seen.lock().unwrap().clone();
    let contexts: Vec<_> = seen
        .iter()
        .filter(|s| s.kind == Kind::Response)
        .map(|s| s.request.clone().unwrap().0)
        .collect();
    assert_eq!(contexts, ["tools/call", "prompts/get"].repeat(3));
}
