//! rmcp interop: the Rust SDK as client and as server, directly and through `sentinel proxy`.
//!
//! * an rmcp client against server-everything, direct vs proxied;
//! * an rmcp client against the rmcp example server (`examples/rmcp_server.rs`), direct vs
//!   proxied;
//! * the official Python SDK client (the session tour) against the rmcp example server, direct
//!   vs proxied, in both protocol eras (initialize, and 2026-07-28 server/discover).
//!
//! Each session is reduced to plain JSON (results serialised back through rmcp's model) and the
//! direct and proxied sessions must be equal.

#[path = "e2e/support.rs"]
mod support;

use rmcp::ServiceExt;
use rmcp::model::{CallToolRequestParams, GetPromptRequestParams, ReadResourceRequestParams};
use rmcp::transport::TokioChildProcess;
use serde_json::{Map, Value, json};
use support::*;

/// What one rmcp client session does: tools to call, prompts to get, resources to read.
struct Script {
    calls: Vec<(&'static str, Value)>,
    prompts: Vec<(&'static str, Value)>,
    reads: Vec<&'static str>,
}

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        other => panic!("expected an object, got {other}"),
    }
}

/// Runs `script` with an rmcp client over stdio against `cmd`; returns the session as JSON.
async fn rmcp_session(cmd: &[String], script: &Script) -> Value {
    let mut command = tokio::process::Command::new(&cmd[0]);
    command.args(&cmd[1..]);
    let transport = TokioChildProcess::new(command).expect("spawn the server");
    let client = ().serve(transport).await.expect("rmcp client initialises");
    let info = client
        .peer_info()
        .map(|i| serde_json::to_value(&*i).unwrap());

    let mut tools = client.list_all_tools().await.expect("tools/list");
    tools.sort_by(|a, b| a.name.cmp(&b.name));
    let prompts = client.list_all_prompts().await.expect("prompts/list");
    let resources = client.list_all_resources().await.expect("resources/list");

    let mut calls = Vec::new();
    for (name, args) in &script.calls {
        let params = CallToolRequestParams::new(*name).with_arguments(object(args.clone()));
        calls.push(match client.call_tool(params).await {
            Ok(result) => serde_json::to_value(result).unwrap(),
            Err(e) => json!({"error": e.to_string()}),
        });
    }
    let mut got_prompts = Vec::new();
    for (name, args) in &script.prompts {
        let mut params = GetPromptRequestParams::new(*name);
        params.arguments = Some(object(args.clone()));
        got_prompts.push(match client.get_prompt(params).await {
            Ok(result) => serde_json::to_value(result).unwrap(),
            Err(e) => json!({"error": e.to_string()}),
        });
    }
    let mut reads = Vec::new();
    for uri in &script.reads {
        reads.push(
            match client
                .read_resource(ReadResourceRequestParams::new(*uri))
                .await
            {
                Ok(result) => serde_json::to_value(result).unwrap(),
                Err(e) => json!({"error": e.to_string()}),
            },
        );
    }
    client.cancel().await.expect("clean shutdown");
    json!({
        "serverInfo": info,
        "tools": serde_json::to_value(tools).unwrap(),
        "prompts": serde_json::to_value(prompts).unwrap(),
        "resources": serde_json::to_value(resources).unwrap(),
        "calls": calls,
        "getPrompt": got_prompts,
        "reads": reads,
    })
}

async fn direct_and_proxied(server: Vec<String>, script: Script) -> Value {
    let via = proxied(&server);
    let (direct, via_proxy) =
        tokio::join!(rmcp_session(&server, &script), rmcp_session(&via, &script));
    assert_eq!(
        serde_json::to_string_pretty(&direct).unwrap(),
        serde_json::to_string_pretty(&via_proxy).unwrap(),
        "the rmcp session differs through the proxy"
    );
    direct
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rmcp_client_against_server_everything_through_the_proxy() {
    let session = direct_and_proxied(
        everything_server(),
        Script {
            calls: vec![
                ("echo", json!({"message": "rmcp → sentinel → everything ✓"})),
                ("get-sum", json!({"a": 1, "b": 2})),
                ("get-structured-content", json!({"location": "New York"})),
                ("get-tiny-image", json!({})),
                ("get-sum", json!({"a": "x"})),
            ],
            prompts: vec![
                ("simple-prompt", json!({})),
                ("args-prompt", json!({"city": "Oslo"})),
            ],
            // The static documents carry no timestamp, unlike the dynamic ones.
            reads: vec!["demo://resource/static/document/architecture.md"],
        },
    )
    .await;
    let text = session.to_string();
    assert!(
        text.contains("Echo: rmcp → sentinel → everything ✓"),
        "{text}"
    );
    assert!(text.contains("The sum of 1 and 2 is 3."), "{text}");
    assert!(text.contains("image/png"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rmcp_client_against_rmcp_server_through_the_proxy() {
    let session = direct_and_proxied(
        rmcp_server(),
        Script {
            calls: vec![
                ("echo", json!({"text": "rmcp ↔ rmcp"})),
                ("add", json!({"a": 40, "b": 2})),
                ("add", json!({"a": 1.5})),
                ("missing", json!({})),
            ],
            prompts: vec![("greet", json!({"name": "Linus"}))],
            reads: vec!["memo://greeting", "memo://nope"],
        },
    )
    .await;
    let text = session.to_string();
    for needle in [
        "rmcp ↔ rmcp",
        "\"42\"",
        "Please greet Linus warmly.",
        "Hello from rmcp, relayed unchanged ✓",
        "unknown tool: missing",
        "no such resource: memo://nope",
    ] {
        assert!(text.contains(needle), "session lacks {needle}: {text}");
    }
}

#[test]
fn python_client_against_rmcp_server_through_the_proxy() {
    let server = rmcp_server();
    let (direct, via_proxy) = std::thread::scope(|s| {
        let d = s.spawn(|| tour("rmcp", None, &server));
        let p = s.spawn(|| tour("rmcp", None, &proxied(&server)));
        (d.join().unwrap(), p.join().unwrap())
    });
    assert!(direct.contains("Please greet Grace warmly."), "{direct}");
    assert!(direct.contains("\"code\": -32002"), "{direct}");
    assert_same_transcript(&direct, &via_proxy);
}

#[test]
fn python_client_modern_era_against_rmcp_server_through_the_proxy() {
    let server = rmcp_server();
    let (direct, via_proxy) = std::thread::scope(|s| {
        let d = s.spawn(|| tour_era("rmcp", "modern", None, &server));
        let p = s.spawn(|| tour_era("rmcp", "modern", None, &proxied(&server)));
        (d.join().unwrap(), p.join().unwrap())
    });
    assert!(direct.contains("\"discover\""), "{direct}");
    assert!(
        direct.contains("Hello from rmcp, relayed unchanged ✓"),
        "{direct}"
    );
    assert_same_transcript(&direct, &via_proxy);
}
