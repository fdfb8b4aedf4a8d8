//! Interception through the real binary with raw JSON-RPC lines: every policy flag, its
//! environment variables and precedence, the byte cap, the MIME allowlist and audit mode.
//! The upstream is `tests/servers/poison_server.py`.

#[path = "intercept/support.rs"]
mod support;

use serde_json::{Value, json};
use support::*;

fn secret_call(id: &str) -> String {
    call(id, "upload", &format!(r#"{{"config":"{}"}}"#, aws_text()))
}

/// Whether the secret call is blocked under these flags/env (false: forwarded to the server).
fn blocked(sb: &Sandbox, flags: &[&str], env: &[(&str, &str)]) -> bool {
    let mut p = sb.poison(flags, env);
    p.send(secret_call("1"));
    let v = p.recv_json();
    assert_eq!(v["id"], 1, "{v}");
    v.get("error").is_some()
}

#[test]
fn cloud_key_in_arguments_is_blocked_before_the_server() {
    let sb = Sandbox::new();
    let rec = sb.s("record.jsonl");
    let mut p = sb.poison(&[], &[("POISON_RECORD", &rec)]);
    p.send(secret_call("7"));
    let v = p.recv_json();
    assert_blocked(&v, json!(7), "SEC-02");
    let err = &v["error"];
    assert_eq!(err["code"], -32001);
    assert_eq!(err["data"]["severity"], "Critical");
    assert_eq!(err["data"]["direction"], "host->server");
    assert!(
        err["data"]["location"]
            .as_str()
            .unwrap()
            .starts_with("params.arguments.config")
    );
    let line = v.to_string();
    assert!(!line.contains(AWS_ID) && !line.contains(AWS_SECRET));
    // The server is alive and in sync, and never saw the call.
    p.send(request("8", "ping", "{}"));
    assert_forwarded(&p.recv_json(), json!(8));
    let seen = sb.read("record.jsonl");
    assert!(seen.contains("\"ping\""));
    assert!(!seen.contains("tools/call") && !seen.contains(AWS_ID));
}

#[test]
fn clean_calls_pass_byte_for_byte() {
    let sb = Sandbox::new();
    let rec = sb.s("record.jsonl");
    let mut p = sb.poison(&[], &[("POISON_RECORD", &rec)]);
    let line = r#"{"jsonrpc":"2.0","id":1.0,"method":"tools/call","params":{"name":"add","arguments":{"a":1,"b":2.50},"_meta":{"progressToken":"t"}}}"#;
    p.send(line);
    let v = p.recv_json();
    assert!(v.get("result").is_some(), "{v}");
    assert_eq!(sb.read("record.jsonl"), format!("{line}\n"));
}

#[test]
fn on_severity_precedence_flag_env_hook_file_default() {
    let sb = Sandbox::new();
    let warn_cfg = sb.write("warn.toml", "on_critical = \"Warn\"\n");
    let cfg = ["--config", warn_cfg.as_str()];
    // default: Critical → Block
    assert!(blocked(&sb, &[], &[]));
    // config file
    assert!(!blocked(&sb, &cfg, &[]));
    // SENTINEL_HOOK_ON_CRITICAL beats the file
    assert!(blocked(
        &sb,
        &cfg,
        &[("SENTINEL_HOOK_ON_CRITICAL", "Block")]
    ));
    assert!(!blocked(&sb, &[], &[("SENTINEL_HOOK_ON_CRITICAL", "Warn")]));
    // SENTINEL_MCP_ON_CRITICAL beats SENTINEL_HOOK_ON_CRITICAL
    assert!(!blocked(
        &sb,
        &[],
        &[
            ("SENTINEL_HOOK_ON_CRITICAL", "Block"),
            ("SENTINEL_MCP_ON_CRITICAL", "Allow")
        ]
    ));
    // the flag beats everything
    assert!(blocked(
        &sb,
        &["--on-critical", "Block", "--config", &warn_cfg],
        &[
            ("SENTINEL_MCP_ON_CRITICAL", "Warn"),
            ("SENTINEL_HOOK_ON_CRITICAL", "Warn")
        ]
    ));
    // The default config location is read when it exists.
    std::fs::create_dir_all(sb.path("config/sentinel")).unwrap();
    sb.write("config/sentinel/sentinel.toml", "on_critical = \"Allow\"\n");
    assert!(!blocked(&sb, &[], &[]));
}

#[test]
fn each_severity_flag_applies_to_its_severity() {
    let sb = Sandbox::new();
    // The AWS pair is Critical: only --on-critical changes its fate.
    for flag in ["--on-high", "--on-medium", "--on-low"] {
        assert!(blocked(&sb, &[flag, "Warn"], &[]), "{flag}");
    }
    assert!(!blocked(&sb, &["--on-critical", "Warn"], &[]));
    for var in [
        "SENTINEL_MCP_ON_HIGH",
        "SENTINEL_MCP_ON_MEDIUM",
        "SENTINEL_MCP_ON_LOW",
    ] {
        assert!(blocked(&sb, &[], &[(var, "Allow")]), "{var}");
    }
}

#[test]
fn block_code_flag_env_and_file() {
    let sb = Sandbox::new();
    let code = |flags: &[&str], env: &[(&str, &str)]| {
        let mut p = sb.poison(flags, env);
        p.send(secret_call("1"));
        p.recv_json()["error"]["code"].as_i64().unwrap()
    };
    let cfg = sb.write("c.toml", "block_code = -32070\n");
    assert_eq!(code(&[], &[]), -32001);
    assert_eq!(code(&["--config", &cfg], &[]), -32070);
    assert_eq!(
        code(
            &["--config", &cfg],
            &[("SENTINEL_MCP_BLOCK_CODE", "-32060")]
        ),
        -32060
    );
    assert_eq!(
        code(
            &["--config", &cfg, "--block-code", "-32050"],
            &[("SENTINEL_MCP_BLOCK_CODE", "-32060")]
        ),
        -32050
    );
    assert_eq!(code(&["--block-code=-32051"], &[]), -32051);
}

#[test]
fn block_as_tool_error_flag_and_env() {
    let sb = Sandbox::new();
    for (flags, env) in [
        (vec!["--block-as", "tool-error"], vec![]),
        (vec![], vec![("SENTINEL_MCP_BLOCK_AS", "tool-error")]),
    ] {
        let mut p = sb.poison(&flags, &env);
        p.send(secret_call("\"x\""));
        let v = p.recv_json();
        assert_eq!(v["id"], "x");
        assert_eq!(v["result"]["isError"], true, "{v}");
        let text = v["result"]["content"][0]["text"].as_str().unwrap();
        assert!(text.starts_with("blocked by sentinel: SEC-02"), "{text}");
        assert!(!text.contains(AWS_ID));
    }
}

#[test]
fn redact_request_arguments_forwards_the_redacted_call() {
    let sb = Sandbox::new();
    let rec = sb.s("record.jsonl");
    let mut p = sb.poison(&["--on-critical", "Redact"], &[("POISON_RECORD", &rec)]);
    p.send(secret_call("4"));
    assert_forwarded(&p.recv_json(), json!(4));
    let seen = sb.read("record.jsonl");
    assert!(seen.contains("[REDACTED:SEC-02]"), "{seen}");
    assert!(
        !seen.contains(AWS_ID) && !seen.contains(AWS_SECRET),
        "{seen}"
    );
    let v: Value = serde_json::from_str(seen.lines().next().unwrap()).unwrap();
    assert_eq!(v["params"]["name"], "upload");
}

#[test]
fn audit_mode_flag_and_env_forward_but_record() {
    let sb = Sandbox::new();
    for (i, (flags, env)) in [
        (vec!["--mode", "audit"], vec![]),
        (vec![], vec![("SENTINEL_MCP_MODE", "audit")]),
    ]
    .into_iter()
    .enumerate()
    {
        let audit = sb.s(&format!("audit{i}.ndjson"));
        let mut flags = flags;
        flags.extend(["--audit-file", audit.as_str()]);
        let mut p = sb.poison(&flags, &env);
        p.send(secret_call("1"));
        assert_forwarded(&p.recv_json(), json!(1));
        let text = sb.read(&format!("audit{i}.ndjson"));
        let rec: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(rec["decision"], "block");
        assert_eq!(rec["mode"], "audit");
        assert_eq!(rec["detector"], "SEC-02");
        assert_eq!(rec["tool"], "upload");
        assert_eq!(rec["direction"], "host->server");
        assert!(!text.contains(AWS_ID));
    }
}

#[test]
fn audit_file_from_env_records_every_decision() {
    let sb = Sandbox::new();
    let audit = sb.s("a.ndjson");
    let mut p = sb.poison(&[], &[("SENTINEL_MCP_AUDIT_FILE", &audit)]);
    p.send(call("1", "add", r#"{"a":1,"b":2}"#));
    assert_forwarded(&p.recv_json(), json!(1));
    p.send(secret_call("2"));
    assert_blocked(&p.recv_json(), json!(2), "SEC-02");
    let recs: Vec<Value> = sb
        .read("a.ndjson")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let decisions: Vec<&str> = recs
        .iter()
        .map(|r| r["decision"].as_str().unwrap())
        .collect();
    // The clean call, its result, the blocked call.
    assert_eq!(decisions, ["forward", "forward", "block"], "{recs:?}");
    assert!(recs.iter().all(|r| r["elapsed_us"].is_number()));
}

#[test]
fn byte_cap_flag_env_and_unscanned_content() {
    let sb = Sandbox::new();
    let pad = "x".repeat(300);
    let late = call(
        "1",
        "upload",
        &format!(r#"{{"pad":"{pad}","config":"{}"}}"#, aws_text()),
    );
    for (flags, env) in [
        (vec!["--max-scan-bytes", "200"], vec![]),
        (vec![], vec![("SENTINEL_MCP_MAX_SCAN_BYTES", "200")]),
    ] {
        // Past the cap the key is not scanned: SEC-90 (Medium → Warn) forwards and logs.
        let mut p = sb.poison(&flags, &env);
        p.send(&late);
        assert_forwarded(&p.recv_json(), json!(1));
        p.stderr_with("SEC-90");
        // With Medium → Block the unscanned tail blocks the message.
        let mut f = flags.clone();
        f.extend(["--on-medium", "Block"]);
        let mut p = sb.poison(&f, &env);
        p.send(&late);
        let v = p.recv_json();
        assert_blocked(&v, json!(1), "SEC-90");
        assert_eq!(v["error"]["data"]["name"], "UnscannedContent");
    }
    // Under the default cap the same message is scanned and blocked for the key.
    let mut p = sb.poison(&[], &[]);
    p.send(&late);
    assert_blocked(&p.recv_json(), json!(1), "SEC-02");
}

fn blob_result(mime: &str, text: &str) -> String {
    use base64::Engine as _;
    let b = base64::engine::general_purpose::STANDARD.encode(text);
    format!(r#"{{"contents":[{{"uri":"file:///notes","mimeType":"{mime}","blob":"{b}"}}]}}"#)
}

#[test]
fn mime_allowlist_flag_and_env() {
    let sb = Sandbox::new();
    let raw = format!(
        r#"{{"resources/read":{}}}"#,
        serde_json::to_string(&blob_result("application/x-notes", INJECTION)).unwrap()
    );
    let read = request("3", "resources/read", r#"{"uri":"file:///notes"}"#);
    // Not on the default list: forwarded unscanned, and logged.
    let mut p = sb.poison(&[], &[("POISON_RAW", &raw)]);
    p.send(&read);
    assert_forwarded(&p.recv_json(), json!(3));
    p.stderr_with("not_scanned");
    for (flags, env) in [
        (
            vec!["--scan-mimes", "text/,application/x-notes"],
            vec![("POISON_RAW", raw.as_str())],
        ),
        (
            vec![],
            vec![
                ("POISON_RAW", raw.as_str()),
                ("SENTINEL_MCP_SCAN_MIMES", "application/x-notes"),
            ],
        ),
    ] {
        let mut p = sb.poison(&flags, &env);
        p.send(&read);
        let v = p.recv_json();
        assert_eq!(v["id"], 3);
        assert!(v.get("error").is_some(), "{v}");
        assert_eq!(v["error"]["data"]["direction"], "server->host");
    }
    // A text/* blob is scanned by default.
    let raw = format!(
        r#"{{"resources/read":{}}}"#,
        serde_json::to_string(&blob_result("text/markdown; charset=utf-8", INJECTION)).unwrap()
    );
    let mut p = sb.poison(&[], &[("POISON_RAW", &raw)]);
    p.send(&read);
    assert!(p.recv_json().get("error").is_some());
}

#[test]
fn tool_deny_list_from_config() {
    let sb = Sandbox::new();
    let cfg = sb.write("c.toml", "tool_deny = [\"upload\"]\n");
    let mut p = sb.poison(&["--config", &cfg], &[]);
    p.send(call("1", "upload", "{}"));
    assert_blocked(&p.recv_json(), json!(1), "SEC-91");
    p.send(call("2", "add", r#"{"a":1}"#));
    assert_forwarded(&p.recv_json(), json!(2));
}

#[test]
fn allowlist_from_config_lets_a_known_value_through() {
    let sb = Sandbox::new();
    // An allowlist entry matching the (synthetic, known) key pair.
    let cfg = sb.write(
        "a.toml",
        &format!("[[allow]]\nregex = '{AWS_ID}|{}'\n", &AWS_SECRET[..20]),
    );
    assert!(!blocked(&sb, &["--config", &cfg], &[]));
    // Scoped to another tool it does not apply.
    let cfg = sb.write(
        "b.toml",
        &format!(
            "[[allow]]\nregex = '{AWS_ID}|{}'\ntool = \"other\"\n",
            &AWS_SECRET[..20]
        ),
    );
    assert!(blocked(&sb, &["--config", &cfg], &[]));
    // Detector off, globally or for this tool.
    let cfg = sb.write("c.toml", "[detectors.SEC-02]\nenabled = false\n");
    assert!(!blocked(&sb, &["--config", &cfg], &[]));
    let cfg = sb.write(
        "d.toml",
        "[tools.upload.detectors.SEC-02]\nenabled = false\n",
    );
    assert!(!blocked(&sb, &["--config", &cfg], &[]));
}

#[test]
fn bad_configuration_is_a_startup_error_naming_the_key() {
    let sb = Sandbox::new();
    type Case<'a> = (Vec<String>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec![
                "--config".into(),
                sb.write("a.toml", "on_hihg = \"Warn\"\n"),
            ],
            vec![],
            "on_hihg",
        ),
        (
            vec![
                "--config".into(),
                sb.write("b.toml", "[[allow]]\nregex = \"(\"\n"),
            ],
            vec![],
            "allow[0].regex",
        ),
        (
            vec![],
            vec![("SENTINEL_MCP_ON_HIGH", "Blok")],
            "SENTINEL_MCP_ON_HIGH",
        ),
        (
            vec![],
            vec![("SENTINEL_MCP_MAX_SCAN_BYTES", "lots")],
            "max_scan_bytes",
        ),
        (
            vec!["--config".into(), sb.s("missing.toml")],
            vec![],
            "missing.toml",
        ),
    ];
    for (flags, env, needle) in cases {
        let mut args = vec!["proxy".to_string()];
        args.extend(flags);
        args.extend(["--target".into(), "python3".into(), POISON.into()]);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_sentinel"))
            .args(&args)
            .envs(sb.env(&env))
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{needle}: {err}");
        assert!(out.stdout.is_empty());
    }
}
