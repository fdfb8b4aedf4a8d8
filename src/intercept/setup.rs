//! Building the interceptor for `sentinel proxy` from the resolved configuration.

use super::audit::AuditSink;
use super::{SegmentScanner, SentinelInterceptor};
use crate::pins::{self, PinStore};
use crate::policy::Resolved;
use std::path::PathBuf;

/// Why the interceptor could not be built (a startup error).
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// The audit file cannot be opened for appending.
    #[error("cannot open the audit file {}: {error}", path.display())]
    Audit {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        error: std::io::Error,
    },
    /// The pin file is unreadable or corrupt.
    #[error(transparent)]
    Pins(#[from] pins::PinError),
}

/// The pin file of an upstream: `--pin-file` if given, else the per-target default.
pub fn pin_path(
    resolved: &Resolved,
    target: &[String],
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<PathBuf, pins::PinError> {
    match &resolved.policy.pin_file {
        Some(p) => Ok(p.clone()),
        None => pins::default_pin_path(target, env),
    }
}

/// Builds the interceptor for the upstream `target` (its command line or URL).
pub fn build(
    resolved: Resolved,
    target: &[String],
    scanner: Box<dyn SegmentScanner>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<SentinelInterceptor, SetupError> {
    let audit = match &resolved.policy.audit_file {
        Some(path) => Some(AuditSink::open(path).map_err(|error| SetupError::Audit {
            path: path.clone(),
            error,
        })?),
        None => None,
    };
    let pins = match pin_path(&resolved, target, env) {
        Ok(path) => Some(PinStore::open(&path, &target.join(" "))?),
        Err(e) => {
            tracing::warn!(event = "pins_disabled", error = %e, "tool-definition pinning (SEC-18) is off");
            None
        }
    };
    Ok(SentinelInterceptor::new(
        scanner,
        resolved.policy,
        pins,
        audit,
    ))
}
