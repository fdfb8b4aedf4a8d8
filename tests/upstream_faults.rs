//! Upstream faults at full size, through the scanning proxy: each ends in a defined state with
//! no hang. (The relay's own tests cover crash, partial line, ignored SIGTERM, silence and
//! cancellation; these add the sizes and volumes issue 6 names.)

mod common;

use common::{Proxy, request};
use serde_json::Value;
use std::time::{Duration, Instant};

fn sandbox_env(dir: &tempfile::TempDir) -> Vec<(&'static str, String)> {
    let home = dir.path().to_str().unwrap().to_string();
    vec![
        ("XDG_DATA_HOME", home.clone()),
        ("XDG_CONFIG_HOME", home.clone()),
        ("HOME", home),
    ]
}

#[test]
fn a_100_mib_response_line_fails_its_request_and_the_stream_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = sandbox_env(&dir);
    env.push(("FAULT_SIZE", (100 << 20).to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut p = Proxy::fault("oversized", &[], &env);
    let started = Instant::now();
    p.send(request("7", "tools/call", r#"{"name":"big"}"#));
    let v: Value = p.recv_json();
    assert_eq!(v["id"], Value::from(7));
    assert_eq!(v["error"]["code"], Value::from(-32603), "{v}");
    // The relay discarded 100 MiB without buffering it and still answers the next request.
    p.send(request("8", "ping", "{}"));
    let next = p.recv_json();
    assert_eq!(next["id"], Value::from(8));
    assert!(next.get("result").is_some());
    eprintln!(
        "100 MiB line discarded and answered in {:?}",
        started.elapsed()
    );
    p.close_stdin();
    p.wait(Duration::from_secs(20));
}

#[test]
fn a_flood_of_notifications_is_relayed_whole_and_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = sandbox_env(&dir);
    env.push(("FAULT_FLOOD", "20000".to_string()));
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut p = Proxy::fault("flood", &[], &env);
    p.send(request("1", "tools/call", r#"{"name":"slow"}"#));
    for n in 0..20_000u64 {
        let v = p.recv_json();
        assert_eq!(
            v["method"],
            Value::from("notifications/progress"),
            "at {n}: {v}"
        );
        assert_eq!(
            v["params"]["progress"],
            Value::from(n),
            "progress out of order"
        );
    }
    let answer = p.recv_json();
    assert_eq!(answer["id"], Value::from(1));
    p.close_stdin();
    p.wait(Duration::from_secs(20));
}
