//! Which detectors run: a profile plus explicit enables and disables.
//!
//! Parses the `--detectors` flag and `SENTINEL_MCP_DETECTORS`: comma- or space-separated
//! tokens, each a profile name (`security`, `all`), `+SEC-xx` (enable), `-SEC-xx` (disable) or
//! a bare `SEC-xx`. A list of bare ids with no profile selects exactly those detectors.

use std::fmt;

/// A named set of detectors and rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Profile {
    /// Detectors and rules for attacks and leaks (the default).
    #[default]
    Security,
    /// Everything, including informational rules (bare e-mail addresses, plain colour codes).
    All,
}

impl Profile {
    /// The name used in flags.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Security => "security",
            Profile::All => "all",
        }
    }

    /// Parses a profile name, case-insensitively.
    pub fn parse(s: &str) -> Option<Profile> {
        match s.trim().to_ascii_lowercase().as_str() {
            "security" | "default" => Some(Profile::Security),
            "all" => Some(Profile::All),
            _ => None,
        }
    }

    /// Whether something that belongs to `member` runs under this profile.
    pub fn includes(self, member: Profile) -> bool {
        member <= self
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A detector selection: a base profile (or none) plus explicit enables and disables.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// The base profile; `None` means "only the enabled ids".
    pub profile: Option<Profile>,
    /// Ids enabled on top of the profile (upper-case, `SEC-02`).
    pub enable: Vec<String>,
    /// Ids disabled (wins over `enable`).
    pub disable: Vec<String>,
}

/// A selection string that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid detector selection token `{0}`: expected `security`, `all`, `SEC-xx`, `+SEC-xx` or `-SEC-xx`"
)]
pub struct SelectionError(pub String);

fn is_id(s: &str) -> bool {
    s.len() > 4 && s[..4].eq_ignore_ascii_case("SEC-") && s[4..].bytes().all(|b| b.is_ascii_digit())
}

impl Selection {
    /// The default profile and nothing else.
    pub fn profile(p: Profile) -> Self {
        Selection {
            profile: Some(p),
            ..Default::default()
        }
    }

    /// Parses a selection string (see the module docs). Ids are checked for shape here and
    /// for existence when the engine is built.
    pub fn parse(s: &str) -> Result<Selection, SelectionError> {
        let mut sel = Selection::default();
        let mut bare = false;
        for tok in s.split([',', ' ', '\t']).filter(|t| !t.is_empty()) {
            if let Some(p) = Profile::parse(tok) {
                sel.profile = Some(p);
            } else if let Some(id) = tok.strip_prefix('+').filter(|i| is_id(i)) {
                sel.enable.push(id.to_ascii_uppercase());
            } else if let Some(id) = tok.strip_prefix('-').filter(|i| is_id(i)) {
                sel.disable.push(id.to_ascii_uppercase());
            } else if is_id(tok) {
                bare = true;
                sel.enable.push(tok.to_ascii_uppercase());
            } else {
                return Err(SelectionError(tok.to_owned()));
            }
        }
        if sel.profile.is_none() && !bare {
            sel.profile = Some(Profile::Security);
        }
        Ok(sel)
    }

    /// Whether a detector in `member` profile with this id is selected.
    pub fn selects(&self, id: &str, member: Profile) -> bool {
        if self.disable.iter().any(|d| d == id) {
            return false;
        }
        self.enable.iter().any(|e| e == id) || self.profile.is_some_and(|p| p.includes(member))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_profiles_and_toggles() {
        let s = Selection::parse("security,+SEC-23, -sec-05").unwrap();
        assert_eq!(s.profile, Some(Profile::Security));
        assert!(s.selects("SEC-23", Profile::All));
        assert!(!s.selects("SEC-05", Profile::Security));
        let only = Selection::parse("SEC-02").unwrap();
        assert!(only.selects("SEC-02", Profile::Security));
        assert!(!only.selects("SEC-01", Profile::Security));
        assert_eq!(
            Selection::parse("-SEC-01").unwrap().profile,
            Some(Profile::Security)
        );
        assert!(Selection::parse("bogus").is_err());
    }
}
