//! Rule packs: TOML files of rules, embedded ones and user ones (`--rules FILE`).
//!
//! Format:
//!
//! ```toml
//! detector = "SEC-02"            # default detector for the rules below
//!
//! [[rule]]
//! id = "github-pat"              # unique within the detector
//! severity = "Critical"
//! keywords = ["ghp_"]            # prefilter literals (case-insensitive); or min_digits = N:
//!                                # evidence must hold N ASCII digits, and the regex runs
//!                                # only around runs of the characters its evidence group
//!                                # can hold with N digits (write `[0-9]`, not `\d`, so
//!                                # the evidence is ASCII and such runs can be found)
//!                                # a leading `\\b` ("\\bai") makes a literal count only at
//!                                # a word start (not after an ASCII letter or digit), a
//!                                # trailing one ("pass\\b") only at a word end: for short
//!                                # words that hide inside common ones (email, path, passed)
//!                                # a space matches any whitespace run ("developer mode")
//! also = []                      # optional second literals: a keyword hit only wakes the
//!                                # regex if one of these occurs in the same window. For
//!                                # rules whose keywords are common words; every match of
//!                                # the regex must contain one of them, or it is lost
//! regex = '''\bghp_[A-Za-z0-9]{36}\b'''
//! group = 0                      # capture group holding the evidence (default 0)
//! entropy = 3.0                  # optional floor, bits per byte of the evidence
//! validator = "luhn"             # optional: luhn, iban, ssn, phone, email, jwt, password, …
//! allow = ["example"]            # optional: evidence containing one of these is a placeholder
//! context = ["card"]             # optional: one must occur within context_window bytes
//! views = ["raw", "decoded"]     # optional: raw, normalized, skeleton, decoded, text
//! origins = ["input"]            # optional: narrows the detector's origins
//! profile = "all"                # optional: security (default) or all
//! ```

use super::rule::Rule;
use super::select::Profile;
use super::{Origin, Severity};
use crate::detectors::{self, ViewSet};
use serde::Deserialize;
use std::path::PathBuf;

/// Marker of a word boundary at either end of a keyword (see the module docs).
pub const WORD_BOUNDARY: &str = "\\b";

/// Splits a keyword into its literal and whether it must start / end a word.
pub fn keyword_literal(k: &str) -> (&str, (bool, bool)) {
    let (k, start) = match k.strip_prefix(WORD_BOUNDARY) {
        Some(rest) => (rest, true),
        None => (k, false),
    };
    let (k, end) = match k.strip_suffix(WORD_BOUNDARY) {
        Some(rest) if !rest.is_empty() => (rest, true),
        _ => (k, false),
    };
    (k, (start, end))
}

/// A pack that could not be loaded: names the file, the line and the rule.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// The file could not be read.
    #[error("cannot read rule pack {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML or does not have the pack shape.
    #[error("{file}:{line}: invalid rule pack: {message}")]
    Syntax {
        /// The file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A rule is wrong.
    #[error("{file}:{line}: rule `{rule}`: {message}")]
    Rule {
        /// The file.
        file: String,
        /// 1-based line of the rule's table.
        line: usize,
        /// The rule id.
        rule: String,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    detector: Option<String>,
    #[serde(default)]
    rule: Vec<toml::Spanned<RuleDef>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    detector: Option<String>,
    severity: String,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    also: Vec<String>,
    min_digits: Option<usize>,
    regex: String,
    #[serde(default)]
    group: usize,
    entropy: Option<f64>,
    validator: Option<String>,
    #[serde(default)]
    allow: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    context_window: Option<usize>,
    views: Option<Vec<String>>,
    redact: Option<bool>,
    origins: Option<Vec<String>>,
    profile: Option<String>,
}

fn line_of(src: &str, offset: usize) -> usize {
    src.as_bytes()[..offset.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Parses a pack. `compile` compiles every regex now (user packs) so a bad one is reported at
/// startup with its file and line; embedded packs compile lazily and are checked by tests.
pub fn load(file: &str, src: &str, compile: bool) -> Result<Vec<Rule>, PackError> {
    let pack: PackFile = toml::from_str(src).map_err(|e| PackError::Syntax {
        file: file.to_owned(),
        line: e.span().map_or(1, |s| line_of(src, s.start)),
        message: e.message().to_owned(),
    })?;
    let mut rules = Vec::with_capacity(pack.rule.len());
    for spanned in pack.rule {
        let line = line_of(src, spanned.span().start);
        let def = spanned.into_inner();
        let err = |message: String| PackError::Rule {
            file: file.to_owned(),
            line,
            rule: def.id.clone(),
            message,
        };
        let det_id = def
            .detector
            .as_deref()
            .or(pack.detector.as_deref())
            .ok_or_else(|| err("no `detector` for this rule or at the top of the pack".into()))?;
        let det_index = detectors::REGISTRY
            .iter()
            .position(|d| d.id.eq_ignore_ascii_case(det_id))
            .ok_or_else(|| err(format!("unknown detector `{det_id}`")))?;
        let det = &detectors::REGISTRY[det_index];
        if !det.scans_text {
            return Err(err(format!("detector {} does not scan text", det.id)));
        }
        let severity = Severity::parse(&def.severity).ok_or_else(|| {
            err(format!(
                "unknown severity `{}` (Low, Medium, High, Critical)",
                def.severity
            ))
        })?;
        if def.keywords.is_empty() && def.min_digits.is_none() {
            return Err(err(
                "needs `keywords` (prefilter literals) or `min_digits`".into()
            ));
        }
        if def
            .keywords
            .iter()
            .chain(&def.also)
            .any(|k| keyword_literal(k).0.is_empty())
        {
            return Err(err("empty keyword".into()));
        }
        if !def.also.is_empty() && def.keywords.is_empty() {
            return Err(err("`also` needs `keywords` (it narrows their hits)".into()));
        }
        let validator = match def.validator.as_deref() {
            None => None,
            Some(v) => Some(
                detectors::validator(v).ok_or_else(|| err(format!("unknown validator `{v}`")))?,
            ),
        };
        let views = match &def.views {
            None => det.views,
            Some(vs) => {
                let mut set = ViewSet(0);
                for v in vs {
                    set = set
                        | ViewSet::parse(v).ok_or_else(|| {
                            err(format!(
                                "unknown view `{v}` (raw, normalized, skeleton, decoded, text)"
                            ))
                        })?;
                }
                set
            }
        };
        let origins = match &def.origins {
            None => det.origins.to_vec(),
            Some(os) => {
                let mut out = Vec::new();
                for o in os {
                    let o = Origin::parse(o).ok_or_else(|| {
                        err(format!(
                            "unknown origin `{o}` (input, output, metadata, server_request)"
                        ))
                    })?;
                    if det.origins.contains(&o) {
                        out.push(o);
                    }
                }
                out
            }
        };
        let profile = match def.profile.as_deref() {
            None => Profile::Security,
            Some(p) => Profile::parse(p).ok_or_else(|| err(format!("unknown profile `{p}`")))?,
        };
        let mut rule = Rule::new(
            det_index,
            det.id,
            def.id.clone(),
            severity,
            def.keywords.iter().map(|k| k.to_lowercase()).collect(),
            def.min_digits,
            def.regex.clone(),
            def.group,
            def.entropy,
            validator,
            def.allow.iter().map(|a| a.to_lowercase()).collect(),
            def.context.iter().map(|c| c.to_lowercase()).collect(),
            def.context_window.unwrap_or(80),
            views,
            def.redact.unwrap_or(det.redact),
            origins,
            profile,
        );
        rule.also = def.also.iter().map(|k| k.to_lowercase()).collect();
        if compile {
            rule.compile().map_err(|e| err(format!("bad regex: {e}")))?;
        }
        rules.push(rule);
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::keywords::KeywordSet;
    use std::path::Path;

    #[test]
    fn errors_name_file_line_and_rule() {
        let src = "detector = \"SEC-02\"\n\n[[rule]]\nid = \"x\"\nseverity = \"Huge\"\nkeywords = [\"a\"]\nregex = 'a'\n";
        let e = load("my.toml", src, true).unwrap_err().to_string();
        assert!(e.starts_with("my.toml:3: rule `x`"), "{e}");
        let src = "[[rule]]\nid = \"y\"\nseverity = \"Low\"\nkeywords = [\"a\"]\nregex = '('\ndetector='SEC-01'\n";
        let e = load("p.toml", src, true).unwrap_err().to_string();
        assert!(e.contains("p.toml:1: rule `y`: bad regex"), "{e}");
        let e = load("q.toml", "[[rule]\n", true).unwrap_err().to_string();
        assert!(e.starts_with("q.toml:1: invalid rule pack"), "{e}");
    }

    /// Every text in `corpora/` (labelled cases and the shared benign corpus).
    fn corpus_texts() -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let p = entry.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|e| e == "toml") {
                    let doc: toml::Table = toml::from_str(&std::fs::read_to_string(&p).unwrap())
                        .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                    for case in doc
                        .get("case")
                        .and_then(|c| c.as_array())
                        .into_iter()
                        .flatten()
                    {
                        if let Some(t) = case.get("text").and_then(|t| t.as_str()) {
                            out.push(t.to_owned());
                        }
                    }
                } else if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora"),
            &mut out,
        );
        out
    }

    /// A rule's keywords (or `also` literals) as the prefilter searches them.
    struct Literals {
        set: KeywordSet,
        /// Whether any is non-ASCII.
        non_ascii: bool,
        empty: bool,
    }

    impl Literals {
        fn new(lits: &[String]) -> Literals {
            let bounded: Vec<_> = lits.iter().map(|k| keyword_literal(k)).collect();
            Literals {
                set: KeywordSet::new(&bounded),
                non_ascii: bounded.iter().any(|(w, _)| !w.is_ascii()),
                empty: lits.is_empty(),
            }
        }

        /// Whether one of them occurs inside `text[m]` where the prefilter would report it:
        /// in the text, or (non-ASCII ones) in its lower-cased form, as the case-folded
        /// normalized view shows it.
        fn occur_in(&self, text: &str, m: std::ops::Range<usize>) -> bool {
            let found = |hay: &str, m: std::ops::Range<usize>| {
                let mut found = false;
                self.set
                    .for_each_match(hay, |_, s, e| found |= m.start <= s && e <= m.end);
                found
            };
            found(text, m.clone())
                || (self.non_ascii && {
                    let hay = text[m].to_lowercase();
                    found(&hay, 0..hay.len())
                })
        }
    }

    /// A pack rule with its compiled regex, as the coverage checks below need it.
    struct Checked {
        pack: &'static str,
        rule: crate::scan::rule::Rule,
        re: regex::Regex,
        keywords: Literals,
        also: Literals,
    }

    /// Every pack rule whose regex runs in keyword windows (digit rules scan whole views).
    fn checked_rules() -> Vec<Checked> {
        let mut out = Vec::new();
        for d in detectors::REGISTRY {
            let Some((pack, src)) = d.pack else { continue };
            for rule in load(pack, src, false).unwrap() {
                if rule.min_digits.is_some() {
                    continue;
                }
                let re = regex::Regex::new(&rule.pattern).unwrap();
                // A rule gated by `context` only reports a match with one of its context
                // literals within `context_window` bytes; when those literals are all keywords,
                // the window around that keyword holds every match it can report (a token's
                // own characters can hold no keyword), so its keywords cover it by
                // construction.
                if !rule.context.is_empty()
                    && rule.context.iter().all(|c| rule.keywords.contains(c))
                {
                    continue;
                }
                out.push(Checked {
                    pack,
                    keywords: Literals::new(&rule.keywords),
                    also: Literals::new(&rule.also),
                    rule,
                    re,
                });
            }
        }
        out
    }

    /// The matches of `c`'s regex in `t` that no keyword (or no `also` literal) would let the
    /// prefilter reach, described; returns how many matches it checked.
    fn holes_in(c: &Checked, t: &str, holes: &mut Vec<String>) -> usize {
        let mut checked = 0;
        for m in c.re.find_iter(t) {
            for (what, lits, span) in [
                ("keywords", &c.keywords, m.range()),
                ("also", &c.also, m.range()),
            ] {
                if !lits.empty && !lits.occur_in(t, span) {
                    holes.push(format!(
                        "{} rule `{}` matched {:?}, which has none of its {what}",
                        c.pack,
                        c.rule.id,
                        m.as_str()
                    ));
                }
            }
            checked += 1;
        }
        checked
    }

    #[test]
    fn keywords_and_also_literals_occur_in_every_match_of_their_rule() {
        // The prefilter may only skip text where the regex cannot match: every match of a
        // rule's regex anywhere in the corpora must contain one of its keywords (else no
        // window would have been opened) and, if it has them, one of its `also` literals.
        let texts = corpus_texts();
        assert!(texts.len() > 1000, "corpora not found");
        let mut checked = 0;
        let mut holes = Vec::new();
        for c in checked_rules() {
            for t in &texts {
                checked += holes_in(&c, t, &mut holes);
            }
        }
        assert!(checked > 500, "only {checked} matches checked");
        assert!(holes.is_empty(), "{}", holes.join("\n"));
    }

    #[test]
    fn keywords_and_also_literals_occur_in_sampled_matches_of_every_rule() {
        // The corpora use some of each regex's alternatives; strings drawn from the regex
        // itself use all of them (every branch, optional part and letter case), so a keyword
        // list that misses a branch shows up here rather than as a silent miss in the field.
        use crate::scan::regex_sample::samples;
        use crate::test_rng::Rng;
        const PER_RULE: usize = 1000;
        let mut rng = Rng::new(0x5eed);
        let mut holes = Vec::new();
        for c in checked_rules() {
            let mut matched = 0;
            for s in samples(&c.rule.pattern, PER_RULE, &mut rng).unwrap() {
                // Spaces around, so word boundaries at the edges hold.
                matched += holes_in(&c, &format!(" {s} "), &mut holes);
            }
            assert!(
                matched > 0,
                "{} rule `{}`: none of {PER_RULE} samples matched",
                c.pack,
                c.rule.id
            );
        }
        holes.sort();
        holes.dedup();
        assert!(
            holes.is_empty(),
            "{} holes:\n{}",
            holes.len(),
            holes.join("\n")
        );
    }

    #[test]
    fn every_embedded_pack_loads_and_compiles() {
        for d in detectors::REGISTRY {
            if let Some((name, src)) = d.pack {
                let rules = load(name, src, true).unwrap_or_else(|e| panic!("{e}"));
                assert!(!rules.is_empty(), "{name}");
            }
        }
    }
}
