//! The detector registry: one table of every detector's stable id, name, default severity,
//! origins, profile and implementation.
//!
//! A detector is rule data (a TOML pack under `detectors/`, embedded here) plus, where a
//! pattern is not enough, code: validators (Luhn, mod-97, …) that rules name, and native
//! scanners for what regexes cannot express (Unicode smuggling, terminal escapes). Ids are
//! stable: configuration, logs and block errors name them.
//!
//! May not: do I/O, or know about MCP messages.

use crate::normalize::TextStats;
use crate::scan::select::Profile;
use crate::scan::{Origin, Severity};
use std::ops::Range;

pub mod sec01_prompt_injection;
pub mod sec02_credential_exposure;
pub mod sec03_tool_poisoning;
pub mod sec04_data_exfiltration;
pub mod sec05_jailbreak;
pub mod sec18_tool_definition_drift;
pub mod sec23_pii_leakage;
pub mod sec24_adversarial_unicode;
pub mod sec25_code_injection;
pub mod sec26_prompt_template_leakage;
pub mod sec31_retrieval_poisoning;
pub mod sec40_terminal_escape_injection;
pub mod sec90_unscanned_content;

/// Which derived views of a segment a rule reads (a small bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ViewSet(pub u8);

impl ViewSet {
    /// The text as received.
    pub const RAW: ViewSet = ViewSet(1);
    /// Invisibles removed and NFKC-folded.
    pub const NORMALIZED: ViewSet = ViewSet(2);
    /// UTS #39 confusable skeleton of the normalized view.
    pub const SKELETON: ViewSet = ViewSet(4);
    /// Decoded layers (percent, entities, escapes, base64, hex, tag characters), recursively.
    pub const DECODED: ViewSet = ViewSet(8);
    /// Every view: what phrase detectors read.
    pub const TEXT: ViewSet = ViewSet(15);
    /// Raw text and decoded layers: what token detectors read.
    pub const RAW_DECODED: ViewSet = ViewSet(9);

    /// Whether every view in `other` is in `self`.
    pub fn contains(self, other: ViewSet) -> bool {
        self.0 & other.0 == other.0
    }

    /// Parses a view name as used in packs.
    pub fn parse(s: &str) -> Option<ViewSet> {
        Some(match s {
            "raw" => ViewSet::RAW,
            "normalized" => ViewSet::NORMALIZED,
            "skeleton" => ViewSet::SKELETON,
            "decoded" => ViewSet::DECODED,
            "text" => ViewSet::TEXT,
            _ => return None,
        })
    }
}

impl std::ops::BitOr for ViewSet {
    type Output = ViewSet;
    fn bitor(self, rhs: ViewSet) -> ViewSet {
        ViewSet(self.0 | rhs.0)
    }
}

/// A finding made by native (non-regex) detector code, in the coordinates of the text scanned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeHit {
    /// Rule id inside the detector.
    pub rule: &'static str,
    /// Severity of this hit.
    pub severity: Severity,
    /// Byte span in the text scanned.
    pub span: Range<usize>,
    /// Sanitized, redacted excerpt.
    pub excerpt: String,
}

/// Native detector code: scans the raw text (with its statistics) and appends hits.
pub type NativeScan = fn(&str, &TextStats, &mut Vec<NativeHit>);

/// Decides whether a native scanner can possibly fire on a text, from its statistics alone.
pub type NativeTrigger = fn(&TextStats) -> bool;

/// One detector: the registry row.
#[derive(Debug, Clone, Copy)]
pub struct DetectorInfo {
    /// Stable id (`SEC-02`).
    pub id: &'static str,
    /// Name (`CredentialExposure`).
    pub name: &'static str,
    /// Severity used where a finding has no rule-specific one, and the headline in docs.
    pub default_severity: Severity,
    /// Origins whose segments it scans.
    pub origins: &'static [Origin],
    /// Smallest profile it belongs to.
    pub profile: Profile,
    /// One line: what it catches.
    pub summary: &'static str,
    /// Views its pack rules read unless a rule says otherwise.
    pub views: ViewSet,
    /// Whether excerpts of its findings are redacted (secrets, personal data).
    pub redact: bool,
    /// Its embedded rule pack: (file name for errors, TOML source).
    pub pack: Option<(&'static str, &'static str)>,
    /// Its native scanner, with the statistic that must hold for it to run.
    pub native: Option<(NativeTrigger, NativeScan)>,
    /// False for entries whose findings other modules produce (drift, unscanned content).
    pub scans_text: bool,
}

/// Every origin, for detectors that apply everywhere.
pub const ALL_ORIGINS: &[Origin] = &Origin::ALL;

/// The registry, in id order.
pub static REGISTRY: &[DetectorInfo] = &[
    sec01_prompt_injection::INFO,
    sec02_credential_exposure::INFO,
    sec03_tool_poisoning::INFO,
    sec04_data_exfiltration::INFO,
    sec05_jailbreak::INFO,
    sec18_tool_definition_drift::INFO,
    sec23_pii_leakage::INFO,
    sec24_adversarial_unicode::INFO,
    sec25_code_injection::INFO,
    sec26_prompt_template_leakage::INFO,
    sec31_retrieval_poisoning::INFO,
    sec40_terminal_escape_injection::INFO,
    sec90_unscanned_content::INFO,
];

/// Looks a detector up by id (case-insensitive).
pub fn lookup(id: &str) -> Option<&'static DetectorInfo> {
    REGISTRY.iter().find(|d| d.id.eq_ignore_ascii_case(id))
}

/// A validator rules can name in packs: takes the evidence text, says whether it is real.
pub type Validator = fn(&str) -> bool;

/// Looks a validator up by the name packs use.
pub fn validator(name: &str) -> Option<Validator> {
    Some(match name {
        "luhn" => sec23_pii_leakage::valid_card,
        "iban" => sec23_pii_leakage::valid_iban,
        "ssn" => sec23_pii_leakage::valid_ssn,
        "phone" => sec23_pii_leakage::valid_phone,
        "email" => sec23_pii_leakage::valid_email,
        "jwt" => sec02_credential_exposure::valid_jwt,
        "not_placeholder" => sec02_credential_exposure::not_placeholder,
        "password" => sec02_credential_exposure::plausible_password,
        "chat_turn" => sec26_prompt_template_leakage::opens_real_turn,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_named() {
        for w in REGISTRY.windows(2) {
            assert!(w[0].id < w[1].id, "{} before {}", w[0].id, w[1].id);
        }
        for d in REGISTRY {
            assert!(!d.name.is_empty() && !d.summary.is_empty());
            assert_eq!(
                d.scans_text,
                d.pack.is_some() || d.native.is_some(),
                "{}",
                d.id
            );
        }
    }
}
