//! The TOML configuration file: its schema and where it lives.
//!
//! Every table denies unknown keys, so a typo is a startup error naming the key instead of a
//! setting silently ignored.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The whole file (`sentinel.toml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// `enforce` or `audit`.
    pub mode: Option<String>,
    /// Action for Critical findings.
    pub on_critical: Option<String>,
    /// Action for High findings.
    pub on_high: Option<String>,
    /// Action for Medium findings.
    pub on_medium: Option<String>,
    /// Action for Low findings.
    pub on_low: Option<String>,
    /// JSON-RPC error code of a block.
    pub block_code: Option<i64>,
    /// `error` or `tool-error`.
    pub block_as: Option<String>,
    /// MIME types whose blobs are scanned.
    pub scan_mimes: Option<Vec<String>>,
    /// UTF-8 bytes scanned per message.
    pub max_scan_bytes: Option<usize>,
    /// NDJSON audit log path.
    pub audit_file: Option<PathBuf>,
    /// Tool-definition pin file.
    pub pin_file: Option<PathBuf>,
    /// Only these tools may be called.
    pub tool_allow: Option<Vec<String>>,
    /// These tools may not be called.
    #[serde(default)]
    pub tool_deny: Vec<String>,
    /// Per-detector settings, keyed by id (`[detectors.SEC-02]`).
    #[serde(default)]
    pub detectors: BTreeMap<String, DetectorConfig>,
    /// Per-tool settings, keyed by tool name (`[tools.read_file]`).
    #[serde(default)]
    pub tools: BTreeMap<String, ToolConfig>,
    /// Global allowlist (`[[allow]]`).
    #[serde(default)]
    pub allow: Vec<AllowConfig>,
}

/// `[detectors.SEC-xx]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorConfig {
    /// `false` turns the detector off.
    pub enabled: Option<bool>,
    /// Severity for all its findings.
    pub severity: Option<String>,
}

/// `[tools.NAME]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolConfig {
    /// Action for Critical findings on this tool.
    pub on_critical: Option<String>,
    /// Action for High findings on this tool.
    pub on_high: Option<String>,
    /// Action for Medium findings on this tool.
    pub on_medium: Option<String>,
    /// Action for Low findings on this tool.
    pub on_low: Option<String>,
    /// Per-detector settings for this tool.
    #[serde(default)]
    pub detectors: BTreeMap<String, DetectorConfig>,
    /// Allowlist for this tool.
    #[serde(default)]
    pub allow: Vec<AllowConfig>,
}

/// `[[allow]]`: exactly one of `text` / `regex`, optionally scoped.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowConfig {
    /// The matched text must equal this.
    pub text: Option<String>,
    /// The matched text must match this regex.
    pub regex: Option<String>,
    /// Only findings of this detector.
    pub detector: Option<String>,
    /// Only for this tool.
    pub tool: Option<String>,
}

/// `$XDG_CONFIG_HOME/sentinel/sentinel.toml`, else `~/.config/sentinel/sentinel.toml`.
pub fn default_config_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("sentinel").join("sentinel.toml"))
}

/// `$XDG_DATA_HOME/sentinel`, else `~/.local/share/sentinel`.
pub fn data_dir(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_DATA_HOME")
        .filter(|s| !s.is_empty())
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".local").join("share")))?;
    Some(base.join("sentinel"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_file_parses() {
        let f: ConfigFile = toml::from_str(
            r#"
            mode = "audit"
            on_high = "Warn"
            block_code = -32050
            block_as = "tool-error"
            scan_mimes = ["text/", "application/json"]
            max_scan_bytes = 1024
            tool_deny = ["exec"]
            [detectors.SEC-07]
            enabled = false
            [tools.read_file]
            on_critical = "Redact"
            [tools.read_file.detectors.SEC-01]
            severity = "Low"
            [[tools.read_file.allow]]
            regex = "^x"
            [[allow]]
            text = "AKIAIOSFODNN7EXAMPLE"
            detector = "SEC-02"
            "#,
        )
        .unwrap();
        assert_eq!(f.block_code, Some(-32050));
        assert_eq!(f.detectors["SEC-07"].enabled, Some(false));
        assert_eq!(f.tools["read_file"].allow.len(), 1);
    }

    #[test]
    fn unknown_keys_are_named() {
        let e = toml::from_str::<ConfigFile>("on_hihg = \"Warn\"").unwrap_err();
        assert!(e.to_string().contains("on_hihg"), "{e}");
        let e = toml::from_str::<ConfigFile>("[tools.x]\nbogus = 1").unwrap_err();
        assert!(e.to_string().contains("bogus"), "{e}");
    }

    #[test]
    fn dirs_follow_xdg_then_home() {
        let env = |k: &str| match k {
            "HOME" => Some("/h".to_string()),
            _ => None,
        };
        assert_eq!(
            default_config_path(&env),
            Some(PathBuf::from("/h/.config/sentinel/sentinel.toml"))
        );
        assert_eq!(
            data_dir(&env),
            Some(PathBuf::from("/h/.local/share/sentinel"))
        );
        let xdg = |k: &str| match k {
            "XDG_CONFIG_HOME" => Some("/c".to_string()),
            "XDG_DATA_HOME" => Some("/d".to_string()),
            _ => None,
        };
        assert_eq!(
            default_config_path(&xdg),
            Some(PathBuf::from("/c/sentinel/sentinel.toml"))
        );
        assert_eq!(data_dir(&xdg), Some(PathBuf::from("/d/sentinel")));
    }
}
