//! SEC-90 UnscannedContent.
//!
//! ## What it catches
//! Content past the per-message scan budget (default 256 KiB), and content the interceptor
//! could not scan at all (a blob whose MIME type is not text).
//!
//! ## Why it matters
//! Without it, an attacker pads a message past the cap and puts the payload at the end.
//! Reporting the unscanned tail makes that a policy decision (warn by default) instead of a
//! silent hole.
//!
//! ## Example
//! A 300 KiB tool result whose last kilobyte says "ignore previous instructions".
//!
//! ## Known false positives
//! Large benign results (big files read through a filesystem server).
//!
//! The engine produces it through [`crate::scan::Engine::scan_with_budget`]; the
//! interceptor produces it for unscannable blobs. No text scanning happens here.

use super::{ALL_ORIGINS, DetectorInfo, ViewSet};
use crate::scan::Severity;
use crate::scan::select::Profile;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-90",
    name: "UnscannedContent",
    default_severity: Severity::Medium,
    origins: ALL_ORIGINS,
    profile: Profile::Security,
    summary: "content past the scan byte budget or in a form that cannot be scanned",
    views: ViewSet(0),
    redact: false,
    pack: None,
    native: None,
    scans_text: false,
};
