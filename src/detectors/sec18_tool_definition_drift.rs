//! SEC-18 ToolDefinitionDrift.
//!
//! ## What it catches
//! A tool whose definition (name, description, schemas, annotations) changes after the host
//! first saw it from the same server: the "rug pull", where a server earns approval with a
//! harmless tool and swaps in a poisoned description later.
//!
//! ## Why it matters
//! Hosts approve tools once; a later `tools/list` can silently change what the model is told.
//!
//! ## Example
//! `tools/list` first returns `add(a, b)`; after `notifications/tools/list_changed` the same
//! `add` tool's description asks the model to read `~/.ssh/id_rsa`.
//!
//! ## Known false positives
//! Legitimate server upgrades that change descriptions mid-session.
//!
//! This entry only registers the id: the interceptor pins a hash of each tool definition per
//! server and produces these findings; no text scanning happens here.

use super::{ALL_ORIGINS, DetectorInfo, ViewSet};
use crate::scan::Severity;
use crate::scan::select::Profile;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-18",
    name: "ToolDefinitionDrift",
    default_severity: Severity::High,
    origins: ALL_ORIGINS,
    profile: Profile::Security,
    summary: "a tool definition changed after first use (rug pull); produced by the interceptor",
    views: ViewSet(0),
    redact: false,
    pack: None,
    native: None,
    scans_text: false,
};
