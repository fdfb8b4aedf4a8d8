//! `sentinel config`: prints the effective configuration and where each value came from.

use crate::policy::{self, ScanPolicyArgs};
use std::fmt::Write as _;
use std::process::ExitCode;

/// Flags of `sentinel config`: the same scanning/policy flags as `sentinel proxy`, so the
/// effect of a command line can be checked before using it.
#[derive(Debug, Clone, clap::Args)]
pub struct ConfigArgs {
    /// The scanning and policy settings to resolve.
    #[command(flatten)]
    pub scan: ScanPolicyArgs,
}

/// Renders the effective configuration as annotated TOML.
pub fn render(resolved: &policy::Resolved) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# sentinel effective configuration");
    match &resolved.config_path {
        Some(p) => {
            let _ = writeln!(out, "# config file: {}", p.display());
        }
        None => {
            let _ = writeln!(
                out,
                "# config file: none (pass --config PATH or create {})",
                policy::config::default_config_path(&|k| std::env::var(k).ok())
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "~/.config/sentinel/sentinel.toml".into())
            );
        }
    }
    let width = resolved
        .settings
        .iter()
        .map(|s| s.key.len() + s.value.len() + 5)
        .max()
        .unwrap_or(0);
    for s in &resolved.settings {
        let line = format!("{} = {}", s.key, toml_value(&s.key, &s.value));
        let _ = writeln!(out, "{line:width$}  # {}", s.source);
    }
    let p = &resolved.policy;
    let from = resolved
        .config_path
        .as_ref()
        .map(|p| format!("config {}", p.display()))
        .unwrap_or_else(|| "default".into());
    let list = |v: &[String]| {
        let items: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
        format!("[{}]", items.join(", "))
    };
    if let Some(a) = &p.tool_allow {
        let _ = writeln!(out, "tool_allow = {}  # {from}", list(a));
    }
    let _ = writeln!(out, "tool_deny = {}  # {from}", list(&p.tool_deny));
    let _ = writeln!(out, "# allow entries: {} global", p.allow.len());
    for (id, d) in &p.detectors {
        let _ = writeln!(out, "\n[detectors.{id}]  # {from}");
        if let Some(e) = d.enabled {
            let _ = writeln!(out, "enabled = {e}");
        }
        if let Some(s) = d.severity {
            let _ = writeln!(out, "severity = \"{s}\"");
        }
    }
    for (name, t) in &p.tools {
        let _ = writeln!(out, "\n[tools.{name:?}]  # {from}");
        for sev in crate::scan::Severity::ALL {
            if let Some(a) = t.actions[policy::sev_index(sev)] {
                let _ = writeln!(out, "on_{} = \"{a}\"", sev.as_str().to_ascii_lowercase());
            }
        }
        for (id, d) in &t.detectors {
            let _ = writeln!(
                out,
                "# detector {id}: enabled={:?} severity={:?}",
                d.enabled, d.severity
            );
        }
        if !t.allow.is_empty() {
            let _ = writeln!(out, "# allow entries: {}", t.allow.len());
        }
    }
    out
}

fn toml_value(key: &str, value: &str) -> String {
    match key {
        "block_code" | "max_scan_bytes" => value.to_string(),
        "scan_mimes" => {
            let items: Vec<String> = value.split(',').map(|s| format!("{s:?}")).collect();
            format!("[{}]", items.join(", "))
        }
        _ => format!("{value:?}"),
    }
}

/// Runs `sentinel config`.
pub fn main(args: ConfigArgs) -> ExitCode {
    match policy::resolve::resolve_from_process(&args.scan) {
        Ok(r) => {
            print!("{}", render(&r));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sentinel: {e}");
            ExitCode::from(2)
        }
    }
}
