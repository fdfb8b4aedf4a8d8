//! Secrets never reach logs or errors: every case of `corpora/SEC-02/malicious.toml` goes
//! through the proxy, as tool-call arguments and as tool results, with debug logging and an
//! audit file; no token-like part of any case may appear on stderr, in the audit file or in
//! any error sentinel writes.

#[path = "intercept/support.rs"]
mod support;

use serde_json::{Value, json};
use support::*;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/SEC-02/malicious.toml");

fn cases() -> Vec<String> {
    let doc: toml::Table = toml::from_str(&std::fs::read_to_string(CORPUS).unwrap()).unwrap();
    doc["case"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect()
}

/// Token-like runs (16+ chars of the usual secret alphabets, with a letter and a digit).
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for ch in text.chars().chain(std::iter::once(' ')) {
        if ch.is_ascii_alphanumeric() || "+/=_-".contains(ch) {
            cur.push(ch);
        } else {
            if cur.len() >= 16
                && cur.chars().any(|c| c.is_ascii_digit())
                && cur.chars().any(|c| c.is_ascii_alphabetic())
            {
                out.push(cur.clone());
            }
            cur.clear();
        }
    }
    out
}

fn assert_clean(what: &str, hay: &str, secrets: &[String]) {
    for s in secrets {
        assert!(
            !hay.contains(s.as_str()),
            "a secret from the corpus appears in {what}: {s}"
        );
    }
}

#[test]
fn corpus_secrets_never_appear_in_logs_audit_or_errors() {
    let all = cases();
    assert!(all.len() > 100, "corpus has {} cases", all.len());
    let secrets: Vec<String> = all.iter().flat_map(|c| tokens(c)).collect();
    assert!(secrets.len() > 100);
    let sb = Sandbox::new();
    let audit = sb.s("audit.ndjson");
    let mut p = sb.poison(
        &["--log-level", "debug", "--audit-file", &audit],
        &[("POISON_ECHO", "1")],
    );
    let mut errors = String::new();
    let mut blocked = 0;
    for (i, text) in all.iter().enumerate() {
        // Host → server: the secret in the arguments.
        let args = json!({"text": text}).to_string();
        p.send(call(&i.to_string(), "upload", &args));
        let v = p.recv_json();
        assert_eq!(v["id"], i, "{v}");
        if v.get("error").is_some() {
            blocked += 1;
            errors.push_str(&v.to_string());
        }
        // Server → host: the server hands the secret back in a result (sent reversed, so the
        // request itself carries no recognisable token).
        let rev: String = text.chars().rev().collect();
        let args = json!({"rev": rev}).to_string();
        p.send(call(&format!("\"r{i}\""), "echo", &args));
        let v: Value = p.recv_json();
        if v.get("error").is_some() {
            errors.push_str(&v.to_string());
        }
    }
    // Detection quality is the scanner's tests' business; here it only has to be high enough
    // that block errors are really exercised.
    assert!(
        blocked * 3 >= all.len() * 2,
        "only {blocked} of {} blocked",
        all.len()
    );
    p.close_stdin();
    p.wait(common::STEP);
    assert_clean("error responses", &errors, &secrets);
    let stderr = p.stderr();
    assert!(
        stderr.contains("SEC-02") && stderr.contains("decision=block"),
        "decisions are logged"
    );
    assert_clean("stderr", &stderr, &secrets);
    assert_clean("the audit file", &sb.read("audit.ndjson"), &secrets);
    assert!(sb.read("audit.ndjson").lines().count() >= all.len());
}
