//! Decision records: one `tracing` event per decision and, with `--audit-file`, one NDJSON
//! line appended and flushed per record.
//!
//! May not: record message text. Records hold ids, names, severities, locations (sanitised by
//! the caller) and counts only.

use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

/// One decision about one message.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    /// Milliseconds since the Unix epoch.
    pub ts_ms: u128,
    /// Always `decision`.
    pub event: &'static str,
    /// The message's method (or, for a response, the request's).
    pub method: &'a str,
    /// The tool involved, if any.
    pub tool: Option<&'a str>,
    /// `host->server` / `server->host`.
    pub direction: &'static str,
    /// `forward`, `allow`, `warn`, `redact`, `block`.
    pub decision: &'static str,
    /// `enforce` / `audit` (in audit mode nothing is blocked or altered).
    pub mode: &'static str,
    /// Deciding detector id.
    pub detector: Option<&'a str>,
    /// Deciding detector name.
    pub name: Option<&'a str>,
    /// Deciding rule inside the detector.
    pub rule: Option<&'a str>,
    /// Severity of the deciding finding.
    pub severity: Option<&'static str>,
    /// Location of the deciding finding.
    pub location: Option<&'a str>,
    /// Number of findings kept after policy.
    pub findings: usize,
    /// Explanation without message content (extraction error, drift fields).
    pub detail: Option<&'a str>,
    /// Microseconds spent deciding.
    pub elapsed_us: u128,
}

/// Appends NDJSON records to a file.
#[derive(Debug)]
pub struct AuditSink {
    file: Mutex<File>,
}

impl AuditSink {
    /// Opens (creating, appending) the audit file.
    pub fn open(path: &Path) -> std::io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(AuditSink {
            file: Mutex::new(file),
        })
    }

    /// Appends one record as one line, flushed.
    pub fn write(&self, rec: &Record<'_>) {
        let Ok(mut line) = serde_json::to_vec(rec) else {
            return;
        };
        line.push(b'\n');
        let mut f = match self.file.lock() {
            Ok(f) => f,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Err(e) = f.write_all(&line).and_then(|_| f.flush()) {
            tracing::error!(event = "audit_write_failed", error = %e, "cannot append to the audit file");
        }
    }
}

/// Emits the record as a `tracing` event at a level fitting the decision.
pub fn trace(rec: &Record<'_>) {
    macro_rules! ev {
        ($lvl:ident) => {
            tracing::$lvl!(
                event = rec.event,
                method = rec.method,
                tool = rec.tool,
                direction = rec.direction,
                decision = rec.decision,
                mode = rec.mode,
                detector = rec.detector,
                name = rec.name,
                rule = rec.rule,
                severity = rec.severity,
                location = rec.location,
                findings = rec.findings,
                detail = rec.detail,
                elapsed_us = rec.elapsed_us as u64,
                "sentinel decision"
            )
        };
    }
    match rec.decision {
        "forward" => ev!(debug),
        "allow" => ev!(info),
        _ => ev!(warn),
    }
}
