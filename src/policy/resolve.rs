//! Precedence: CLI flag > `SENTINEL_MCP_*` env > `SENTINEL_HOOK_ON_*` env > config file >
//! default, for every setting, remembering where each value came from.

use super::config::{self, AllowConfig, ConfigFile, DetectorConfig};
use super::{
    Action, AllowRule, BlockAs, DetectorRule, Matcher, Mode, Policy, ScanPolicyArgs, ToolRule,
    sev_index,
};
use crate::extract::MimeAllowlist;
use crate::scan::Severity;
use regex::Regex;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag (`--on-high`).
    Flag(String),
    /// An environment variable.
    Env(String),
    /// The config file.
    File(PathBuf),
    /// Built in.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(s) => write!(f, "flag {s}"),
            Source::Env(s) => write!(f, "env {s}"),
            Source::File(p) => write!(f, "config {}", p.display()),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value and its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

/// A configuration problem, reported at startup.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    /// A value that does not parse.
    #[error("invalid value for `{key}` (from {from}): {message}")]
    Invalid {
        /// The setting (config key).
        key: String,
        /// Where the bad value came from.
        from: Source,
        /// What is wrong.
        message: String,
    },
    /// The config file named by `--config` does not exist or cannot be read.
    #[error("cannot read config file {}: {error}", path.display())]
    ConfigRead {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        error: std::io::Error,
    },
    /// The config file is not valid (the message names the key).
    #[error("invalid config file {}: {message}", path.display())]
    ConfigParse {
        /// The path.
        path: PathBuf,
        /// The TOML parser's message, naming the key.
        message: String,
    },
}

/// One line of `sentinel config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// Config key.
    pub key: String,
    /// Value as text.
    pub value: String,
    /// Where it came from.
    pub source: Source,
}

/// The effective policy plus its provenance.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The policy.
    pub policy: Policy,
    /// The config file read, if any.
    pub config_path: Option<PathBuf>,
    /// Every scalar setting with its source, in a stable order.
    pub settings: Vec<Setting>,
}

/// Resolves the policy from the process environment.
pub fn resolve_from_process(args: &ScanPolicyArgs) -> Result<Resolved, PolicyError> {
    resolve(args, &|k| std::env::var(k).ok())
}

struct Picker<'e> {
    env: &'e dyn Fn(&str) -> Option<String>,
    path: Option<PathBuf>,
    settings: Vec<Setting>,
}

impl Picker<'_> {
    /// Picks the first of flag, env vars (in order), file, default.
    #[allow(clippy::too_many_arguments)]
    fn pick<T>(
        &mut self,
        key: &str,
        flag: &str,
        cli: Option<T>,
        envs: &[&str],
        file: Option<T>,
        default: T,
        parse: impl Fn(&str) -> Result<T, String>,
        show: impl Fn(&T) -> String,
    ) -> Result<T, PolicyError> {
        let mut found = cli.map(|v| (v, Source::Flag(flag.to_string())));
        if found.is_none() {
            for var in envs {
                if let Some(raw) = (self.env)(var).filter(|s| !s.trim().is_empty()) {
                    let v = parse(&raw).map_err(|message| PolicyError::Invalid {
                        key: key.to_string(),
                        from: Source::Env(var.to_string()),
                        message,
                    })?;
                    found = Some((v, Source::Env(var.to_string())));
                    break;
                }
            }
        }
        if found.is_none()
            && let (Some(v), Some(p)) = (file, &self.path)
        {
            found = Some((v, Source::File(p.clone())));
        }
        let (value, source) = found.unwrap_or((default, Source::Default));
        self.settings.push(Setting {
            key: key.to_string(),
            value: show(&value),
            source,
        });
        Ok(value)
    }

    fn file_err(&self, key: &str, message: String) -> PolicyError {
        PolicyError::Invalid {
            key: key.to_string(),
            from: self
                .path
                .clone()
                .map(Source::File)
                .unwrap_or(Source::Default),
            message,
        }
    }
}

fn parse_from<T: FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
}

fn parse_num<T: FromStr>(s: &str) -> Result<T, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a valid number"))
}

/// Reads the config file: `--config`, else `SENTINEL_MCP_CONFIG`, else the default path if
/// it exists.
fn load_file(
    args: &ScanPolicyArgs,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(Option<PathBuf>, ConfigFile), PolicyError> {
    let explicit = args.config.clone().or_else(|| {
        env("SENTINEL_MCP_CONFIG")
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
    });
    let path = match explicit {
        Some(p) => p,
        None => match config::default_config_path(env) {
            Some(p) if p.is_file() => p,
            _ => return Ok((None, ConfigFile::default())),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(|error| PolicyError::ConfigRead {
        path: path.clone(),
        error,
    })?;
    let file = parse_file(&path, &text)?;
    Ok((Some(path), file))
}

/// Parses config text (unknown keys are errors naming the key).
pub fn parse_file(path: &Path, text: &str) -> Result<ConfigFile, PolicyError> {
    toml::from_str(text).map_err(|e| PolicyError::ConfigParse {
        path: path.to_path_buf(),
        message: e.to_string().trim().to_string(),
    })
}

/// Resolves the effective policy from flags, an environment lookup and the config file.
pub fn resolve(
    args: &ScanPolicyArgs,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Resolved, PolicyError> {
    let (path, file) = load_file(args, env)?;
    let mut pk = Picker {
        env,
        path: path.clone(),
        settings: Vec::new(),
    };
    let mut policy = Policy::default();

    let sev_inputs = [
        (Severity::Critical, args.on_critical, &file.on_critical),
        (Severity::High, args.on_high, &file.on_high),
        (Severity::Medium, args.on_medium, &file.on_medium),
        (Severity::Low, args.on_low, &file.on_low),
    ];
    for (sev, cli, file_val) in sev_inputs {
        let upper = sev.as_str().to_ascii_uppercase();
        let lower = sev.as_str().to_ascii_lowercase();
        let key = format!("on_{lower}");
        let file_val = file_val
            .as_deref()
            .map(parse_from::<Action>)
            .transpose()
            .map_err(|m| pk.file_err(&key, m))?;
        let mcp = format!("SENTINEL_MCP_ON_{upper}");
        let hook = format!("SENTINEL_HOOK_ON_{upper}");
        policy.actions[sev_index(sev)] = pk.pick(
            &key,
            &format!("--on-{lower}"),
            cli,
            &[&mcp, &hook],
            file_val,
            super::default_action(sev),
            parse_from::<Action>,
            |a| a.to_string(),
        )?;
    }

    let file_mode = file
        .mode
        .as_deref()
        .map(parse_from::<Mode>)
        .transpose()
        .map_err(|m| pk.file_err("mode", m))?;
    policy.mode = pk.pick(
        "mode",
        "--mode",
        args.mode,
        &["SENTINEL_MCP_MODE"],
        file_mode,
        Mode::Enforce,
        parse_from::<Mode>,
        |m| m.as_str().to_string(),
    )?;
    policy.block_code = pk.pick(
        "block_code",
        "--block-code",
        args.block_code,
        &["SENTINEL_MCP_BLOCK_CODE"],
        file.block_code,
        super::DEFAULT_BLOCK_CODE,
        parse_num::<i64>,
        |c| c.to_string(),
    )?;
    let file_block_as = file
        .block_as
        .as_deref()
        .map(parse_from::<BlockAs>)
        .transpose()
        .map_err(|m| pk.file_err("block_as", m))?;
    policy.block_as = pk.pick(
        "block_as",
        "--block-as",
        args.block_as,
        &["SENTINEL_MCP_BLOCK_AS"],
        file_block_as,
        BlockAs::Error,
        parse_from::<BlockAs>,
        |b| b.as_str().to_string(),
    )?;
    policy.scan_mimes = pk.pick(
        "scan_mimes",
        "--scan-mimes",
        args.scan_mimes.as_deref().map(MimeAllowlist::parse),
        &["SENTINEL_MCP_SCAN_MIMES"],
        file.scan_mimes
            .as_ref()
            .map(|v| MimeAllowlist::from_entries(v.iter().map(String::as_str))),
        MimeAllowlist::default(),
        |s| Ok(MimeAllowlist::parse(s)),
        |m| m.to_string(),
    )?;
    policy.max_scan_bytes = pk.pick(
        "max_scan_bytes",
        "--max-scan-bytes",
        args.max_scan_bytes,
        &["SENTINEL_MCP_MAX_SCAN_BYTES"],
        file.max_scan_bytes,
        crate::extract::DEFAULT_MAX_SCAN_BYTES,
        parse_num::<usize>,
        |n| n.to_string(),
    )?;
    let show_path = |p: &Option<PathBuf>| {
        p.as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "(none)".into())
    };
    policy.audit_file = pk.pick(
        "audit_file",
        "--audit-file",
        args.audit_file.clone().map(Some),
        &["SENTINEL_MCP_AUDIT_FILE"],
        file.audit_file.clone().map(Some),
        None,
        |s| Ok(Some(PathBuf::from(s))),
        show_path,
    )?;
    policy.pin_file = pk.pick(
        "pin_file",
        "--pin-file",
        args.pin_file.clone().map(Some),
        &["SENTINEL_MCP_PIN_FILE"],
        file.pin_file.clone().map(Some),
        None,
        |s| Ok(Some(PathBuf::from(s))),
        show_path,
    )?;

    policy.tool_allow = file.tool_allow.clone();
    policy.tool_deny = file.tool_deny.clone();
    policy.detectors = detector_rules(&pk, "detectors", &file.detectors)?;
    policy.allow = allow_rules(&pk, "allow", &file.allow, None)?;
    for (name, t) in &file.tools {
        let base = format!("tools.{name}");
        let mut rule = ToolRule::default();
        for (sev, v) in [
            (Severity::Critical, &t.on_critical),
            (Severity::High, &t.on_high),
            (Severity::Medium, &t.on_medium),
            (Severity::Low, &t.on_low),
        ] {
            let key = format!("{base}.on_{}", sev.as_str().to_ascii_lowercase());
            rule.actions[sev_index(sev)] = v
                .as_deref()
                .map(parse_from::<Action>)
                .transpose()
                .map_err(|m| pk.file_err(&key, m))?;
        }
        rule.detectors = detector_rules(&pk, &format!("{base}.detectors"), &t.detectors)?;
        rule.allow = allow_rules(&pk, &format!("{base}.allow"), &t.allow, Some(name))?;
        policy.tools.insert(name.clone(), rule);
    }
    Ok(Resolved {
        policy,
        config_path: path,
        settings: pk.settings,
    })
}

/// Ids sentinel itself reports besides the scanner's registry (tool deny, unscannable).
const OWN_IDS: &[&str] = &["SEC-91", "SEC-92"];

fn known_detector(id: &str) -> bool {
    crate::detectors::lookup(id).is_some() || OWN_IDS.iter().any(|o| o.eq_ignore_ascii_case(id))
}

fn detector_rules(
    pk: &Picker<'_>,
    base: &str,
    map: &BTreeMap<String, DetectorConfig>,
) -> Result<BTreeMap<String, DetectorRule>, PolicyError> {
    let mut out = BTreeMap::new();
    for (id, d) in map {
        if !known_detector(id) {
            return Err(pk.file_err(
                &format!("{base}.{id}"),
                format!("unknown detector `{id}` (see docs/detectors.md for the ids)"),
            ));
        }
        let severity = match &d.severity {
            Some(s) => Some(Severity::parse(s).ok_or_else(|| {
                pk.file_err(
                    &format!("{base}.{id}.severity"),
                    format!("`{s}` is not a severity (expected Critical, High, Medium or Low)"),
                )
            })?),
            None => None,
        };
        out.insert(
            id.clone(),
            DetectorRule {
                enabled: d.enabled,
                severity,
            },
        );
    }
    Ok(out)
}

fn allow_rules(
    pk: &Picker<'_>,
    base: &str,
    list: &[AllowConfig],
    tool: Option<&String>,
) -> Result<Vec<AllowRule>, PolicyError> {
    list.iter()
        .enumerate()
        .map(|(i, a)| {
            let key = format!("{base}[{i}]");
            let matcher = match (&a.text, &a.regex) {
                (Some(t), None) => Matcher::Exact(t.clone()),
                (None, Some(r)) => Matcher::Regex(Regex::new(r).map_err(|e| {
                    pk.file_err(&format!("{key}.regex"), format!("invalid regex: {e}"))
                })?),
                _ => {
                    return Err(pk.file_err(
                        &key,
                        "an allow entry needs exactly one of `text` or `regex`".into(),
                    ));
                }
            };
            if let Some(d) = a.detector.as_deref().filter(|d| !known_detector(d)) {
                return Err(pk.file_err(
                    &format!("{key}.detector"),
                    format!("unknown detector `{d}` (see docs/detectors.md for the ids)"),
                ));
            }
            Ok(AllowRule {
                matcher,
                detector: a.detector.clone(),
                tool: a.tool.clone().or_else(|| tool.cloned()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    fn source_of(r: &Resolved, key: &str) -> Source {
        r.settings
            .iter()
            .find(|s| s.key == key)
            .unwrap()
            .source
            .clone()
    }

    fn write_cfg(text: &str) -> (tempfile::TempDir, PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("sentinel.toml");
        std::fs::write(&p, text).unwrap();
        (d, p)
    }

    #[test]
    fn defaults_when_nothing_set() {
        let r = resolve(&ScanPolicyArgs::default(), &env_of(&[])).unwrap();
        assert_eq!(
            r.policy.actions,
            [Action::Allow, Action::Warn, Action::Block, Action::Block]
        );
        assert_eq!(r.policy.block_code, -32001);
        assert_eq!(r.policy.max_scan_bytes, 262_144);
        assert!(r.settings.iter().all(|s| s.source == Source::Default));
        assert!(r.config_path.is_none());
    }

    #[test]
    fn precedence_flag_env_hook_file_default() {
        let (_d, p) = write_cfg("on_high = \"Allow\"\non_medium = \"Block\"\non_low = \"Warn\"\n");
        let h = Severity::High;
        let i = sev_index(h);
        let mut args = ScanPolicyArgs {
            config: Some(p.clone()),
            ..Default::default()
        };
        // file only
        let r = resolve(&args, &env_of(&[])).unwrap();
        assert_eq!(r.policy.actions[i], Action::Allow);
        assert_eq!(source_of(&r, "on_high"), Source::File(p.clone()));
        // hook env beats file
        let env = env_of(&[("SENTINEL_HOOK_ON_HIGH", "Redact")]);
        let r = resolve(&args, &env).unwrap();
        assert_eq!(r.policy.actions[i], Action::Redact);
        assert_eq!(
            source_of(&r, "on_high"),
            Source::Env("SENTINEL_HOOK_ON_HIGH".into())
        );
        // mcp env beats hook env
        let env = env_of(&[
            ("SENTINEL_HOOK_ON_HIGH", "Redact"),
            ("SENTINEL_MCP_ON_HIGH", "warn"),
        ]);
        let r = resolve(&args, &env).unwrap();
        assert_eq!(r.policy.actions[i], Action::Warn);
        // flag beats all
        args.on_high = Some(Action::Block);
        let r = resolve(&args, &env).unwrap();
        assert_eq!(r.policy.actions[i], Action::Block);
        assert_eq!(source_of(&r, "on_high"), Source::Flag("--on-high".into()));
        // untouched severities keep file values
        assert_eq!(r.policy.actions[sev_index(Severity::Low)], Action::Warn);
        assert_eq!(
            r.policy.actions[sev_index(Severity::Critical)],
            Action::Block
        );
        assert_eq!(source_of(&r, "on_critical"), Source::Default);
    }

    #[test]
    fn every_scalar_from_env() {
        let env = env_of(&[
            ("SENTINEL_MCP_MODE", "audit"),
            ("SENTINEL_MCP_BLOCK_CODE", "-32050"),
            ("SENTINEL_MCP_BLOCK_AS", "tool-error"),
            ("SENTINEL_MCP_SCAN_MIMES", "text/plain,image/svg+xml"),
            ("SENTINEL_MCP_MAX_SCAN_BYTES", "100"),
            ("SENTINEL_MCP_AUDIT_FILE", "/tmp/a.ndjson"),
            ("SENTINEL_MCP_PIN_FILE", "/tmp/p.json"),
        ]);
        let r = resolve(&ScanPolicyArgs::default(), &env).unwrap();
        assert_eq!(r.policy.mode, Mode::Audit);
        assert_eq!(r.policy.block_code, -32050);
        assert_eq!(r.policy.block_as, BlockAs::ToolError);
        assert!(r.policy.scan_mimes.allows("image/svg+xml"));
        assert!(!r.policy.scan_mimes.allows("text/html"));
        assert_eq!(r.policy.max_scan_bytes, 100);
        assert_eq!(r.policy.audit_file, Some(PathBuf::from("/tmp/a.ndjson")));
        assert_eq!(r.policy.pin_file, Some(PathBuf::from("/tmp/p.json")));
        assert!(
            r.settings
                .iter()
                .filter(|s| !s.key.starts_with("on_"))
                .all(|s| matches!(s.source, Source::Env(_)))
        );
    }

    #[test]
    fn flags_beat_env_for_scalars() {
        let env = env_of(&[
            ("SENTINEL_MCP_MAX_SCAN_BYTES", "100"),
            ("SENTINEL_MCP_MODE", "audit"),
        ]);
        let args = ScanPolicyArgs {
            max_scan_bytes: Some(5),
            mode: Some(Mode::Enforce),
            ..Default::default()
        };
        let r = resolve(&args, &env).unwrap();
        assert_eq!(r.policy.max_scan_bytes, 5);
        assert_eq!(r.policy.mode, Mode::Enforce);
    }

    #[test]
    fn bad_values_name_key_and_source() {
        let e = resolve(
            &ScanPolicyArgs::default(),
            &env_of(&[("SENTINEL_MCP_ON_HIGH", "Blok")]),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("on_high") && e.contains("SENTINEL_MCP_ON_HIGH"),
            "{e}"
        );
        let e = resolve(
            &ScanPolicyArgs::default(),
            &env_of(&[("SENTINEL_MCP_MAX_SCAN_BYTES", "lots")]),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("max_scan_bytes"), "{e}");
        for (text, key) in [
            ("on_high = \"Nope\"", "on_high"),
            ("mode = \"loud\"", "mode"),
            ("unknown_key = 1", "unknown_key"),
            (
                "[detectors.SEC-01]\nseverity = \"Huge\"",
                "detectors.SEC-01.severity",
            ),
            ("[[allow]]\nregex = \"(\"", "allow[0].regex"),
            ("[[allow]]\ntext = \"a\"\nregex = \"b\"", "allow[0]"),
            ("[tools.x]\non_low = \"x\"", "tools.x.on_low"),
            ("max_scan_bytes = \"big\"", "max_scan_bytes"),
            ("[detectors.SEC-999]\nenabled = false", "detectors.SEC-999"),
            (
                "[[allow]]\ntext = \"x\"\ndetector = \"SEC-0\"",
                "allow[0].detector",
            ),
        ] {
            let (_d, p) = write_cfg(text);
            let args = ScanPolicyArgs {
                config: Some(p),
                ..Default::default()
            };
            let e = resolve(&args, &env_of(&[])).unwrap_err().to_string();
            assert!(e.contains(key), "{text}: {e}");
        }
    }

    #[test]
    fn missing_explicit_config_is_an_error_default_is_not() {
        let args = ScanPolicyArgs {
            config: Some("/nonexistent/sentinel.toml".into()),
            ..Default::default()
        };
        assert!(matches!(
            resolve(&args, &env_of(&[])),
            Err(PolicyError::ConfigRead { .. })
        ));
        let d = tempfile::tempdir().unwrap();
        let home = d.path().to_str().unwrap().to_string();
        let r = resolve(&ScanPolicyArgs::default(), &env_of(&[("HOME", &home)])).unwrap();
        assert!(r.config_path.is_none());
        // The default location is used when it exists.
        let cfgdir = d.path().join(".config/sentinel");
        std::fs::create_dir_all(&cfgdir).unwrap();
        std::fs::write(cfgdir.join("sentinel.toml"), "mode = \"audit\"").unwrap();
        let r = resolve(&ScanPolicyArgs::default(), &env_of(&[("HOME", &home)])).unwrap();
        assert_eq!(r.policy.mode, Mode::Audit);
        // SENTINEL_MCP_CONFIG points elsewhere.
        let (_d2, p) = write_cfg("block_code = -32099");
        let env = env_of(&[
            ("HOME", &home),
            ("SENTINEL_MCP_CONFIG", p.to_str().unwrap()),
        ]);
        let r = resolve(&ScanPolicyArgs::default(), &env).unwrap();
        assert_eq!(r.policy.block_code, -32099);
        assert_eq!(r.policy.mode, Mode::Enforce);
    }

    #[test]
    fn file_tables_become_rules() {
        let (_d, p) = write_cfg(
            r#"
            tool_deny = ["exec"]
            tool_allow = ["read", "exec"]
            [detectors.SEC-24]
            enabled = false
            severity = "low"
            [tools.read]
            on_high = "Warn"
            [[tools.read.allow]]
            text = "ok"
            [[allow]]
            regex = "^AKIA.*EXAMPLE$"
            detector = "SEC-02"
            "#,
        );
        let args = ScanPolicyArgs {
            config: Some(p),
            ..Default::default()
        };
        let r = resolve(&args, &env_of(&[])).unwrap();
        let pol = &r.policy;
        assert!(pol.tool_denied("exec") && pol.tool_denied("write") && !pol.tool_denied("read"));
        assert_eq!(pol.detectors["SEC-24"].severity, Some(Severity::Low));
        assert_eq!(
            pol.tools["read"].actions[sev_index(Severity::High)],
            Some(Action::Warn)
        );
        assert_eq!(pol.tools["read"].allow[0].tool.as_deref(), Some("read"));
        assert_eq!(pol.allow.len(), 1);
    }
}
