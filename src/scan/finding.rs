//! What a detector reports.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// How bad a finding is. Ordered: `Low < Medium < High < Critical`.
///
/// Policy maps each severity to an action (Block / Warn / Allow / Redact).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Severity {
    /// Worth a log line, not an interruption.
    Low,
    /// Suspicious; warn by default.
    Medium,
    /// Likely an attack or a leak; block by default.
    High,
    /// An attack or a leak beyond reasonable doubt; block by default.
    Critical,
}

impl Severity {
    /// All severities, lowest first.
    pub const ALL: [Severity; 4] = [
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    /// The name used in flags, config files and logs (`Critical`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "Low",
            Severity::Medium => "Medium",
            Severity::High => "High",
            Severity::Critical => "Critical",
        }
    }

    /// Parses a severity name, case-insensitively.
    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|sev| sev.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing a detector found in one segment.
///
/// Never holds the matched secret in full: `excerpt` is redacted by the detector that made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable detector id, e.g. `SEC-02`.
    pub detector: String,
    /// The rule inside the detector that matched, e.g. `aws-access-key-id`.
    pub rule: String,
    /// Severity of this finding (the rule's default unless configuration overrides it).
    pub severity: Severity,
    /// Location of the segment the finding is in (copied from [`crate::scan::Segment`]).
    pub location: String,
    /// Byte span in the segment's original text. For findings only visible in a derived
    /// view (decoded base64, folded full-width letters) it is the smallest original span known
    /// to contain the evidence, possibly the whole segment.
    pub span: Range<usize>,
    /// A short, redacted excerpt safe for logs and error messages.
    pub excerpt: String,
}
