//! `sentinel config` (effective configuration with sources) and `sentinel pins`.

#[path = "intercept/support.rs"]
mod support;

use std::process::{Command, Output};
use support::*;

fn sentinel(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sentinel"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(sb.env(env))
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn line<'a>(out: &'a str, key: &str) -> &'a str {
    out.lines()
        .find(|l| l.starts_with(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("no `{key}` in:\n{out}"))
}

#[test]
fn config_prints_values_and_their_sources() {
    let sb = Sandbox::new();
    let cfg = sb.write(
        "s.toml",
        "on_medium = \"Block\"\nmax_scan_bytes = 1000\ntool_deny = [\"exec\"]\n[detectors.SEC-23]\nseverity = \"Low\"\n",
    );
    let out = stdout(&sentinel(
        &sb,
        &[
            "config",
            "--config",
            &cfg,
            "--on-low",
            "Warn",
            "--block-code=-32050",
        ],
        &[
            ("SENTINEL_MCP_ON_HIGH", "Warn"),
            ("SENTINEL_HOOK_ON_CRITICAL", "Redact"),
        ],
    ));
    assert!(out.contains(&format!("# config file: {cfg}")), "{out}");
    assert!(
        line(&out, "on_critical").contains("\"Redact\"")
            && line(&out, "on_critical").ends_with("# env SENTINEL_HOOK_ON_CRITICAL")
    );
    assert!(line(&out, "on_high").ends_with("# env SENTINEL_MCP_ON_HIGH"));
    assert!(
        line(&out, "on_medium").contains("\"Block\"")
            && line(&out, "on_medium").contains("# config")
    );
    assert!(line(&out, "on_low").ends_with("# flag --on-low"));
    assert!(line(&out, "block_code").contains("-32050"));
    assert!(line(&out, "max_scan_bytes").contains("1000"));
    assert!(line(&out, "mode").ends_with("# default"));
    assert!(line(&out, "tool_deny").contains("\"exec\""));
    assert!(out.contains("[detectors.SEC-23]") && out.contains("severity = \"Low\""));
}

#[test]
fn config_rejects_bad_values_naming_them() {
    let sb = Sandbox::new();
    let o = sentinel(&sb, &["config"], &[("SENTINEL_MCP_MODE", "loud")]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("mode") && err.contains("SENTINEL_MCP_MODE"),
        "{err}"
    );
    let o = sentinel(&sb, &["config", "--on-high", "Blok"], &[]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn pins_list_accept_reset() {
    let sb = Sandbox::new();
    let tools_v1 =
        r#"[{"name":"add","description":"Adds."},{"name":"mul","description":"Multiplies."}]"#;
    let tools_v2 = r#"[{"name":"add","description":"Adds, and more."},{"name":"mul","description":"Multiplies."}]"#;
    let list = |tools: &str| {
        let mut p = sb.poison(&[], &[("POISON_TOOLS", tools)]);
        p.send(request("1", "tools/list", "{}"));
        p.recv_json()
    };
    assert!(list(tools_v1).get("result").is_some());
    // Pins live under XDG_DATA_HOME, keyed by the target; --target finds them.
    let target = ["--target", "python3", "-u", POISON];
    let mut args = vec!["pins", "list"];
    args.extend(target);
    let out = stdout(&sentinel(&sb, &args, &[]));
    assert!(
        out.contains("add") && out.contains("mul") && out.contains("pinned"),
        "{out}"
    );
    assert!(!out.contains("CHANGED"));
    // Listing every upstream finds the same file.
    let all = stdout(&sentinel(&sb, &["pins", "list"], &[]));
    assert!(all.contains("add"), "{all}");
    // A change is blocked and shows as CHANGED until accepted.
    assert_eq!(list(tools_v2)["error"]["data"]["rule"], "SEC-18");
    let out = stdout(&sentinel(&sb, &args, &[]));
    assert!(
        out.lines()
            .any(|l| l.contains("add") && l.contains("CHANGED")),
        "{out}"
    );
    let mut acc = vec!["pins", "accept", "add"];
    acc.extend(target);
    assert!(stdout(&sentinel(&sb, &acc, &[])).contains("accepted: add"));
    assert!(list(tools_v2).get("result").is_some());
    // Reset forgets everything: the old definition is pinned afresh without a finding.
    let mut reset = vec!["pins", "reset"];
    reset.extend(target);
    stdout(&sentinel(&sb, &reset, &[]));
    assert!(list(tools_v1).get("result").is_some());
    // accept/reset need to know which upstream.
    assert_eq!(
        sentinel(&sb, &["pins", "accept"], &[]).status.code(),
        Some(2)
    );
}

#[test]
fn pin_file_flag_and_env_override_the_default_location() {
    let sb = Sandbox::new();
    let tools = r#"[{"name":"add","description":"Adds."}]"#;
    let pf = sb.s("my-pins.json");
    let mut p = sb.poison(&["--pin-file", &pf], &[("POISON_TOOLS", tools)]);
    p.send(request("1", "tools/list", "{}"));
    assert!(p.recv_json().get("result").is_some());
    assert!(sb.read("my-pins.json").contains("\"add\""));
    let pf2 = sb.s("env-pins.json");
    let mut p = sb.poison(
        &[],
        &[("POISON_TOOLS", tools), ("SENTINEL_MCP_PIN_FILE", &pf2)],
    );
    p.send(request("1", "tools/list", "{}"));
    assert!(p.recv_json().get("result").is_some());
    assert!(sb.read("env-pins.json").contains("\"add\""));
    assert!(!sb.path("data/sentinel/pins").exists());
}
