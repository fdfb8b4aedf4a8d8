//! SEC-25 CodeInjection.
//!
//! ## What it catches
//! Injection payloads in arguments: shell metacharacter chains into commands (`; rm`, `&&
//! curl`, `| sh`), command substitution (`$(…)`, backticks), destructive commands (`rm -rf /`),
//! download-and-execute (`curl … | sh`), reverse shells, SQL tautologies (`' OR 1=1`),
//! stacked queries, `UNION SELECT`, time-based probes, path traversal (`../../etc/passwd`,
//! encoded forms), and template injection (`{{7*7}}`, `{{config.__class__}}`, `${jndi:…}`).
//!
//! ## Why it matters
//! MCP servers pass arguments to shells, databases, file systems and template engines; a
//! model steered by injected text writes these payloads for the attacker.
//!
//! ## Example
//! `{"path": "../../../../etc/passwd"}`, `{"query": "x' UNION SELECT password FROM users--"}`
//!
//! ## Known false positives
//! Tools whose purpose is running shell commands or SQL (disable per tool in policy).
//!
//! Origins: Input and ServerRequest: these are payloads aimed at what consumes arguments.
//! In tool output (source files, docs, logs) the same text is ordinary.

#[allow(unused_imports)]
use super::ALL_ORIGINS;
use super::{DetectorInfo, ViewSet};
#[allow(unused_imports)]
use crate::scan::Origin;
use crate::scan::Severity;
use crate::scan::select::Profile;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-25",
    name: "CodeInjection",
    default_severity: Severity::High,
    origins: &[Origin::Input, Origin::ServerRequest],
    profile: Profile::Security,
    summary: "shell chains, command substitution, rm -rf, curl|sh, SQL injection, path traversal, template injection",
    views: ViewSet::TEXT,
    redact: false,
    pack: Some((
        "detectors/sec25_code_injection.toml",
        include_str!("../../detectors/sec25_code_injection.toml"),
    )),
    native: None,
    scans_text: true,
};
