//! Soak: 100,000 mixed messages through the real proxy (scanning on, default policy) against the
//! in-repo fault server in `mirror` mode, many in flight at once.
//!
//! Checks the guarantees that matter under load: every allowed message arrives exactly once and
//! byte-identical (both directions), every blocked one is answered with an error carrying its
//! id and never reaches the server, nothing is reordered, and memory stays bounded. Prints peak
//! RSS and throughput (figures for the closing note; no timing is asserted).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

const FAULT_SERVER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/servers/fault_server.py");
const MESSAGES: usize = 100_000;
/// A synthetic AWS key pair in the real format (never a real key): must be blocked inbound.
const SECRET: &str = "AKIAQ3EGRZ7XW4LNBT2M wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8HbX2aQe";

/// What the test expects for one message it sent.
enum Expect {
    /// Forwarded both ways: the host must receive exactly this line.
    Answer(String),
    /// Blocked on the way in: an error with this id naming this detector; the server never sees it.
    BlockedRequest,
    /// Forwarded in, blocked on the way back: an error with this id.
    BlockedResponse,
    /// A notification: forwarded, never answered.
    Nothing,
}

fn message(n: usize) -> (String, Option<String>, Expect) {
    // Alternate number and string ids so both kinds are matched under load.
    let id = if n.is_multiple_of(2) {
        n.to_string()
    } else {
        format!("\"s-{n}\"")
    };
    let call = |reply: &str| {
        format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"mirror","arguments":{{"reply":"{reply}"}},"_meta":{{"progressToken":{n}}}}}}}"#
        )
    };
    match n % 20 {
        0..=13 => {
            let reply = format!("row {n}: status ok, 12 items, next page token p{n}");
            let answer = format!(
                r#"{{"jsonrpc":"2.0","id":{id},"result":{{"content":[{{"type":"text","text":"{reply}"}}]}}}}"#
            );
            (call(&reply), Some(id), Expect::Answer(answer))
        }
        14 | 15 => (
            format!(
                r#"{{"jsonrpc":"2.0","method":"notifications/vendor.example/tick","params":{{"n":{n}}}}}"#
            ),
            None,
            Expect::Nothing,
        ),
        16 => (
            format!(
                r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"upload","arguments":{{"creds":"{SECRET}","reply":"x"}}}}}}"#
            ),
            Some(id),
            Expect::BlockedRequest,
        ),
        // The server answers with a canned document carrying an indirect prompt injection.
        17 => (
            format!(
                r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"fetch","arguments":{{"canned":"poisoned"}}}}}}"#
            ),
            Some(id),
            Expect::BlockedResponse,
        ),
        _ => {
            let method = if n.is_multiple_of(2) {
                "ping"
            } else {
                "vendor.example/status"
            };
            let line = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"{method}"}}"#);
            let answer = format!(
                r#"{{"jsonrpc":"2.0","id":{id},"result":{{"method": "{method}", "mode": "mirror"}}}}"#
            );
            (line, Some(id), Expect::Answer(answer))
        }
    }
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn hundred_thousand_mixed_messages_arrive_exactly_once_and_byte_identical() {
    let sandbox = tempfile::tempdir().unwrap();
    let record = sandbox.path().join("server-received");
    let mut child = Command::new(env!("CARGO_BIN_EXE_sentinel"))
        .args(["proxy", "--shutdown-grace", "5s", "--max-pending", "200000"])
        .args(["--target", "python3", "-u", FAULT_SERVER, "mirror"])
        .env("FAULT_RECORD", &record)
        .env("XDG_CONFIG_HOME", sandbox.path())
        .env("XDG_DATA_HOME", sandbox.path())
        .env("HOME", sandbox.path())
        .env("SENTINEL_MCP_LOG_LEVEL", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn sentinel");
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let stderr_text =
        std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());

    let plan: Vec<(String, Option<String>, Expect)> = (0..MESSAGES).map(message).collect();
    let lines: Vec<String> = plan.iter().map(|(l, _, _)| l.clone()).collect();
    let answers_expected = plan.iter().filter(|(_, id, _)| id.is_some()).count();

    let started = Instant::now();
    // The writer never waits for answers: thousands of requests are in flight at once.
    let writer = std::thread::spawn(move || {
        let mut w = std::io::BufWriter::new(&mut stdin);
        for line in &lines {
            w.write_all(line.as_bytes()).unwrap();
            w.write_all(b"\n").unwrap();
        }
        w.flush().unwrap();
        drop(w);
        stdin
    });

    let mut received: HashMap<String, Vec<String>> = HashMap::new();
    let mut reader = BufReader::new(stdout);
    let mut got = 0usize;
    while got < answers_expected {
        let mut line = String::new();
        let n = reader.read_line(&mut line).expect("read sentinel stdout");
        assert!(
            n > 0,
            "sentinel closed stdout after {got} of {answers_expected} answers"
        );
        assert!(line.ends_with('\n'), "a line without newline on stdout");
        line.pop();
        let v: serde_json::Value = serde_json::from_str(&line).expect("stdout carries JSON only");
        let id = serde_json::to_string(&v["id"]).unwrap();
        received.entry(id).or_default().push(line);
        got += 1;
    }
    let elapsed = started.elapsed();
    let rss = peak_rss_kib(pid);
    let stdin = writer.join().unwrap();
    drop(stdin);
    let status = child.wait().unwrap();
    let log = stderr_text.join().unwrap();
    assert!(
        status.success(),
        "sentinel exited with {status}; stderr tail: {}",
        tail(&log)
    );

    let (mut ok, mut blocked_in, mut blocked_out) = (0, 0, 0);
    for (line, id, expect) in &plan {
        let Some(id) = id else { continue };
        let key =
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(id).unwrap()).unwrap();
        let got = received.get(&key).map(Vec::as_slice).unwrap_or(&[]);
        assert_eq!(
            got.len(),
            1,
            "id {id} answered {} times (request {line})",
            got.len()
        );
        let answer = &got[0];
        match expect {
            Expect::Answer(want) => {
                assert_eq!(answer, want, "allowed answer altered");
                ok += 1;
            }
            Expect::BlockedRequest | Expect::BlockedResponse => {
                let v: serde_json::Value = serde_json::from_str(answer).unwrap();
                assert!(
                    v.get("error").is_some(),
                    "blocked message not answered with an error: {answer}"
                );
                assert!(
                    answer.starts_with(&format!(r#"{{"jsonrpc":"2.0","id":{id},"#)),
                    "error must echo the id verbatim: {answer}"
                );
                assert!(
                    !answer.contains("AKIAQ3EGRZ7XW4LNBT2M"),
                    "a block error echoes the secret"
                );
                if matches!(expect, Expect::BlockedRequest) {
                    assert!(
                        answer.contains("SEC-02"),
                        "inbound block must name SEC-02: {answer}"
                    );
                    blocked_in += 1;
                } else {
                    assert!(
                        answer.contains("SEC-01"),
                        "outbound block must name SEC-01: {answer}"
                    );
                    blocked_out += 1;
                }
            }
            Expect::Nothing => {}
        }
    }

    // The server saw every allowed host message exactly once, byte for byte, in order, and
    // none of the blocked ones.
    let seen = std::fs::read_to_string(&record).unwrap();
    let forwarded: Vec<&str> = plan
        .iter()
        .filter(|(_, _, e)| !matches!(e, Expect::BlockedRequest))
        .map(|(l, _, _)| l.as_str())
        .collect();
    let seen: Vec<&str> = seen.lines().collect();
    assert_eq!(
        seen.len(),
        forwarded.len(),
        "server received a different number of messages"
    );
    for (i, (a, b)) in seen.iter().zip(&forwarded).enumerate() {
        assert_eq!(
            a, b,
            "message {i} reached the server altered or out of order"
        );
    }
    assert!(
        !log.contains("AKIAQ3EGRZ7XW4LNBT2M"),
        "the secret reached sentinel's log"
    );

    let rate = MESSAGES as f64 / elapsed.as_secs_f64();
    eprintln!(
        "soak: {MESSAGES} messages ({ok} answered, {blocked_in} blocked inbound, {blocked_out} blocked outbound) \
         in {:.2}s = {rate:.0} msg/s; sentinel peak RSS {} KiB",
        elapsed.as_secs_f64(),
        rss.map_or("?".into(), |k| k.to_string())
    );
    if let Some(kib) = rss {
        // Bounded memory: 100k messages must not be buffered (the bound is generous for a
        // debug build; a leak per message would exceed it by far).
        assert!(
            kib < 512 * 1024,
            "peak RSS {kib} KiB: memory is not bounded"
        );
    }
}

fn tail(s: &str) -> &str {
    &s[s.len().saturating_sub(2000)..]
}
