//! Policy: what happens to a message given its findings.
//!
//! Severity → [`Action`] (defaults Critical=Block, High=Block, Medium=Warn, Low=Allow),
//! per-detector enable/disable and severity overrides, per-tool overrides, allowlists, tool
//! allow/deny lists, enforce or audit mode. Settings come from CLI flags, environment
//! variables and a TOML file; [`resolve`] applies the precedence and remembers where each
//! value came from, for `sentinel config`.
//!
//! May not: scan, touch messages, or do I/O other than reading the config file at startup.

pub mod args;
pub mod config;
pub mod resolve;

pub use args::ScanPolicyArgs;
pub use resolve::{PolicyError, Resolved, Source, Sourced};

use crate::extract::MimeAllowlist;
use crate::scan::{Finding, Severity};
use regex::Regex;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// What to do with a message that has a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Forward; the finding is only logged at debug level.
    Allow,
    /// Forward unchanged and log a warning record.
    Warn,
    /// Forward with the matched text replaced by `[REDACTED:SEC-xx]`.
    Redact,
    /// Do not forward; answer with an error.
    Block,
}

impl Action {
    /// The name used in flags, env vars, config files and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Allow => "Allow",
            Action::Warn => "Warn",
            Action::Redact => "Redact",
            Action::Block => "Block",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Action {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        [Action::Allow, Action::Warn, Action::Redact, Action::Block]
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!("`{s}` is not an action (expected Block, Warn, Allow or Redact)")
            })
    }
}

/// Enforce decisions, or only log them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Block and redact as decided.
    Enforce,
    /// Decide and log, but forward everything unchanged.
    Audit,
}

impl Mode {
    /// `enforce` / `audit`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Enforce => "enforce",
            Mode::Audit => "audit",
        }
    }
}

impl FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "enforce" => Ok(Mode::Enforce),
            "audit" => Ok(Mode::Audit),
            _ => Err(format!("`{s}` is not a mode (expected enforce or audit)")),
        }
    }
}

/// How a blocked `tools/call` is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockAs {
    /// A JSON-RPC error response.
    Error,
    /// A `CallToolResult` with `isError: true`, which the model can read.
    ToolError,
}

impl BlockAs {
    /// `error` / `tool-error`.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockAs::Error => "error",
            BlockAs::ToolError => "tool-error",
        }
    }
}

impl FromStr for BlockAs {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Ok(BlockAs::Error),
            "tool-error" | "tool_error" => Ok(BlockAs::ToolError),
            _ => Err(format!(
                "`{s}` is not a block style (expected error or tool-error)"
            )),
        }
    }
}

/// Default JSON-RPC error code of a block (shared with other MCP policy proxies).
pub const DEFAULT_BLOCK_CODE: i64 = -32001;

/// The default action for a severity.
pub fn default_action(sev: Severity) -> Action {
    match sev {
        Severity::Critical | Severity::High => Action::Block,
        Severity::Medium => Action::Warn,
        Severity::Low => Action::Allow,
    }
}

/// Index of a severity in per-severity arrays.
pub fn sev_index(sev: Severity) -> usize {
    match sev {
        Severity::Low => 0,
        Severity::Medium => 1,
        Severity::High => 2,
        Severity::Critical => 3,
    }
}

/// A detector's configuration: on/off and a severity override.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetectorRule {
    /// `false` drops the detector's findings.
    pub enabled: Option<bool>,
    /// Replaces the severity of every finding of the detector.
    pub severity: Option<Severity>,
}

/// What an allowlist entry matches.
#[derive(Debug, Clone)]
pub enum Matcher {
    /// The matched text equals this string.
    Exact(String),
    /// The regex finds a match in the matched text.
    Regex(Regex),
}

/// An allowlist entry: findings whose matched text it matches are dropped.
#[derive(Debug, Clone)]
pub struct AllowRule {
    /// The text test.
    pub matcher: Matcher,
    /// Only for this detector id (`SEC-02`), if set.
    pub detector: Option<String>,
    /// Only for this tool, if set.
    pub tool: Option<String>,
}

impl AllowRule {
    fn matches(&self, f: &Finding, matched: &str, tool: Option<&str>) -> bool {
        if self.detector.as_deref().is_some_and(|d| d != f.detector) {
            return false;
        }
        if let Some(t) = &self.tool
            && tool != Some(t.as_str())
        {
            return false;
        }
        match &self.matcher {
            Matcher::Exact(s) => s == matched,
            Matcher::Regex(r) => r.is_match(matched),
        }
    }
}

/// Per-tool overrides.
#[derive(Debug, Clone, Default)]
pub struct ToolRule {
    /// Per-severity actions for this tool (index: [`sev_index`]).
    pub actions: [Option<Action>; 4],
    /// Per-detector settings for this tool.
    pub detectors: BTreeMap<String, DetectorRule>,
    /// Allowlist entries for this tool only.
    pub allow: Vec<AllowRule>,
}

/// The effective policy.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Action per severity (index: [`sev_index`]).
    pub actions: [Action; 4],
    /// Enforce or audit.
    pub mode: Mode,
    /// JSON-RPC error code of a block.
    pub block_code: i64,
    /// How a blocked `tools/call` is answered.
    pub block_as: BlockAs,
    /// MIME types whose blobs are scanned.
    pub scan_mimes: MimeAllowlist,
    /// UTF-8 bytes scanned per message.
    pub max_scan_bytes: usize,
    /// NDJSON audit log to append to.
    pub audit_file: Option<PathBuf>,
    /// Tool-definition pin file overriding the per-target default.
    pub pin_file: Option<PathBuf>,
    /// Per-detector settings.
    pub detectors: BTreeMap<String, DetectorRule>,
    /// Per-tool settings.
    pub tools: BTreeMap<String, ToolRule>,
    /// Global allowlist.
    pub allow: Vec<AllowRule>,
    /// If set, only these tools may be called.
    pub tool_allow: Option<Vec<String>>,
    /// These tools may not be called.
    pub tool_deny: Vec<String>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            actions: Severity::ALL.map(default_action),
            mode: Mode::Enforce,
            block_code: DEFAULT_BLOCK_CODE,
            block_as: BlockAs::Error,
            scan_mimes: MimeAllowlist::default(),
            max_scan_bytes: crate::extract::DEFAULT_MAX_SCAN_BYTES,
            audit_file: None,
            pin_file: None,
            detectors: BTreeMap::new(),
            tools: BTreeMap::new(),
            allow: Vec::new(),
            tool_allow: None,
            tool_deny: Vec::new(),
        }
    }
}

/// The policy's view of one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judgement {
    /// Severity after overrides.
    pub severity: Severity,
    /// What to do.
    pub action: Action,
}

impl Policy {
    /// Judges one finding. `matched` is the text the finding covers (for allowlists);
    /// `tool` the tool involved, if any. `None` means the finding is dropped (detector
    /// disabled or text allowlisted).
    pub fn judge(&self, f: &Finding, matched: &str, tool: Option<&str>) -> Option<Judgement> {
        let tool_rule = tool.and_then(|t| self.tools.get(t));
        let tool_det = tool_rule.and_then(|r| r.detectors.get(&f.detector));
        let det = self.detectors.get(&f.detector);
        let enabled = tool_det
            .and_then(|d| d.enabled)
            .or_else(|| det.and_then(|d| d.enabled))
            .unwrap_or(true);
        if !enabled {
            return None;
        }
        let allowed = self.allow.iter().any(|a| a.matches(f, matched, tool))
            || tool_rule.is_some_and(|r| r.allow.iter().any(|a| a.matches(f, matched, tool)));
        if allowed {
            return None;
        }
        let severity = tool_det
            .and_then(|d| d.severity)
            .or_else(|| det.and_then(|d| d.severity))
            .unwrap_or(f.severity);
        let i = sev_index(severity);
        let action = tool_rule
            .and_then(|r| r.actions[i])
            .unwrap_or(self.actions[i]);
        Some(Judgement { severity, action })
    }

    /// Whether a `tools/call` of `name` is refused by the tool allow/deny lists.
    pub fn tool_denied(&self, name: &str) -> bool {
        self.tool_deny.iter().any(|d| d == name)
            || self
                .tool_allow
                .as_ref()
                .is_some_and(|allow| !allow.iter().any(|a| a == name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(det: &str, sev: Severity) -> Finding {
        Finding {
            detector: det.into(),
            rule: "r".into(),
            severity: sev,
            location: "params.arguments.x".into(),
            span: 0..4,
            excerpt: "x***".into(),
        }
    }

    #[test]
    fn defaults() {
        let p = Policy::default();
        let j = |s| p.judge(&finding("SEC-02", s), "text", None).unwrap().action;
        assert_eq!(j(Severity::Critical), Action::Block);
        assert_eq!(j(Severity::High), Action::Block);
        assert_eq!(j(Severity::Medium), Action::Warn);
        assert_eq!(j(Severity::Low), Action::Allow);
    }

    #[test]
    fn detector_and_tool_overrides() {
        let mut p = Policy::default();
        p.detectors.insert(
            "SEC-05".into(),
            DetectorRule {
                enabled: None,
                severity: Some(Severity::Low),
            },
        );
        p.detectors.insert(
            "SEC-07".into(),
            DetectorRule {
                enabled: Some(false),
                severity: None,
            },
        );
        let mut tr = ToolRule::default();
        tr.actions[sev_index(Severity::High)] = Some(Action::Warn);
        tr.detectors.insert(
            "SEC-07".into(),
            DetectorRule {
                enabled: Some(true),
                severity: None,
            },
        );
        p.tools.insert("shell".into(), tr);
        assert_eq!(
            p.judge(&finding("SEC-05", Severity::Critical), "t", None),
            Some(Judgement {
                severity: Severity::Low,
                action: Action::Allow
            })
        );
        assert_eq!(p.judge(&finding("SEC-07", Severity::High), "t", None), None);
        assert_eq!(
            p.judge(&finding("SEC-07", Severity::High), "t", Some("shell"))
                .unwrap()
                .action,
            Action::Warn
        );
        assert_eq!(
            p.judge(&finding("SEC-02", Severity::High), "t", Some("other"))
                .unwrap()
                .action,
            Action::Block
        );
    }

    #[test]
    fn allowlists_exact_regex_scoped() {
        let mut p = Policy::default();
        p.allow.push(AllowRule {
            matcher: Matcher::Exact("AKIAIOSFODNN7EXAMPLE".into()),
            detector: None,
            tool: None,
        });
        p.allow.push(AllowRule {
            matcher: Matcher::Regex(Regex::new("^test_").unwrap()),
            detector: Some("SEC-02".into()),
            tool: Some("ci".into()),
        });
        let f = finding("SEC-02", Severity::Critical);
        assert_eq!(p.judge(&f, "AKIAIOSFODNN7EXAMPLE", None), None);
        assert!(p.judge(&f, "AKIAIOSFODNN7EXAMPLF", None).is_some());
        assert_eq!(p.judge(&f, "test_123", Some("ci")), None);
        assert!(p.judge(&f, "test_123", Some("other")).is_some());
        assert!(
            p.judge(&finding("SEC-01", Severity::High), "test_1", Some("ci"))
                .is_some()
        );
    }

    #[test]
    fn tool_lists() {
        let mut p = Policy::default();
        assert!(!p.tool_denied("x"));
        p.tool_deny = vec!["exec".into()];
        assert!(p.tool_denied("exec"));
        p.tool_allow = Some(vec!["read".into()]);
        assert!(p.tool_denied("write"));
        assert!(!p.tool_denied("read"));
    }

    #[test]
    fn names_parse_case_insensitively() {
        assert_eq!("redact".parse::<Action>(), Ok(Action::Redact));
        assert!("Blok".parse::<Action>().is_err());
        assert_eq!("AUDIT".parse::<Mode>(), Ok(Mode::Audit));
        assert_eq!("tool-error".parse::<BlockAs>(), Ok(BlockAs::ToolError));
    }
}
