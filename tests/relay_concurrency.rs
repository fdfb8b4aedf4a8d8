//! Many requests in flight through the real binary, with notifications interleaved both ways:
//! every response arrives exactly once, and per id nothing is lost or reordered.

mod common;

use common::{Proxy, STEP};
use std::collections::HashMap;
use std::io::Write;

#[test]
fn flood_of_requests_and_notifications_is_relayed_in_order() {
    const N: usize = 300;
    const FLOOD: usize = 20;
    let mut p = Proxy::fault("flood", &[], &[("FAULT_FLOOD", &FLOOD.to_string())]);
    let mut stdin = p.take_stdin();
    let writer = std::thread::spawn(move || {
        for n in 0..N {
            // Mixed id types; a notification after every request.
            let id = if n % 2 == 0 {
                n.to_string()
            } else {
                format!("\"s{n}\"")
            };
            writeln!(stdin, r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"t","arguments":{{"n":{n}}}}}}}"#).unwrap();
            writeln!(stdin, r#"{{"jsonrpc":"2.0","method":"notifications/progress","params":{{"progressToken":"h{n}","progress":1}}}}"#).unwrap();
        }
        stdin
    });
    // Per id: how many progress notifications seen, and whether the response came.
    let mut progress: HashMap<String, usize> = HashMap::new();
    let mut answered: HashMap<String, bool> = HashMap::new();
    let mut lines = 0;
    while answered.len() < N {
        let v = p.recv_json();
        lines += 1;
        if v.get("method").is_some() {
            let token = v["params"]["progressToken"].to_string();
            let n = v["params"]["progress"].as_u64().unwrap() as usize;
            let seen = progress.entry(token.clone()).or_default();
            assert_eq!(*seen, n, "progress for {token} out of order");
            assert!(
                !answered.contains_key(&token),
                "progress after the response for {token}"
            );
            *seen += 1;
        } else {
            let id = v["id"].to_string();
            assert_eq!(
                progress.get(&id),
                Some(&FLOOD),
                "response for {id} before all its progress"
            );
            assert!(
                answered.insert(id.clone(), true).is_none(),
                "two responses for {id}"
            );
            assert_eq!(v["result"]["method"], "tools/call");
        }
    }
    assert_eq!(lines, N * (FLOOD + 1));
    drop(writer.join().unwrap());
    assert!(p.recv_all().is_empty());
    assert_eq!(p.wait(STEP).code(), Some(0), "stderr:\n{}", p.stderr());
}
