//! A compiled pack rule: keywords for the prefilter, a regex to confirm, checks to cut noise.

use crate::detectors::{Validator, ViewSet};
use crate::scan::digit_runs::DigitTrigger;
use crate::scan::select::Profile;
use crate::scan::{Origin, Severity};
use regex_automata::Input;
use regex_automata::meta::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// One rule of one detector, as loaded from a pack.
#[derive(Debug)]
pub struct Rule {
    /// Index of the detector in [`crate::detectors::REGISTRY`].
    pub detector: usize,
    /// Stable detector id (`SEC-02`).
    pub detector_id: &'static str,
    /// Rule id inside the detector (`github-pat`).
    pub id: String,
    /// Severity of its findings.
    pub severity: Severity,
    /// Prefilter literals (lower-case); the regex only runs if one occurs.
    pub keywords: Vec<String>,
    /// Second literals (lower-case): when not empty, a keyword hit only wakes the regex if one
    /// of these also occurs in the window around it. Each must be a substring of every
    /// match, so the filter can only skip windows where the regex could not match.
    pub also: Vec<String>,
    /// Alternative trigger: evidence must hold at least this many ASCII digits, and the
    /// regex runs only where the text can supply them (see [`Rule::digit_trigger`]).
    pub min_digits: Option<usize>,
    /// For a `min_digits` rule whose evidence is ASCII and bounded: the runs of text its
    /// regex must search. `None` for such a rule: the whole text, when it has enough digits.
    pub digit_trigger: Option<DigitTrigger>,
    /// The confirmation regex source.
    pub pattern: String,
    /// Compiled on first use (construction stays cheap); `None` if it failed to compile,
    /// which the pack tests rule out for embedded packs and `build` rules out for user packs.
    regex: OnceLock<Option<Regex>>,
    /// Capture group holding the evidence (the secret); 0 is the whole match.
    pub group: usize,
    /// Minimum Shannon entropy (bits per byte) of the evidence.
    pub entropy: Option<f64>,
    /// Validator the evidence must pass.
    pub validator: Option<Validator>,
    /// Lower-case substrings that mark the evidence as a placeholder or example.
    pub allow: Vec<String>,
    /// Lower-case words of which one must occur near the match.
    pub context: Vec<String>,
    /// Bytes either side of the match searched for context.
    pub context_window: usize,
    /// Views it reads.
    pub views: ViewSet,
    /// Whether the excerpt is redacted.
    pub redact: bool,
    /// Origins it applies to (already narrowed to its detector's).
    pub origins: Vec<Origin>,
    /// Smallest profile it runs in.
    pub profile: Profile,
}

/// A confirmed match of a rule in one view's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMatch {
    /// Span of the evidence in the view's text.
    pub span: Range<usize>,
    /// The evidence text.
    pub evidence: String,
}

/// Shannon entropy of `s` in bits per byte.
pub fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for &b in s.as_bytes() {
        counts[b as usize] += 1;
    }
    let n = s.len() as f64;
    if n == 0.0 {
        return 0.0;
    }
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

/// `i`, clamped to `s` and moved down to a character boundary.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `i`, clamped to `s` and moved up to a character boundary.
pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Rewrites `\b` as the ASCII word boundary `(?-u:\b)`.
///
/// A Unicode word boundary forces the regex crate off its lazy DFA onto a much slower engine
/// whenever the haystack has non-ASCII bytes; every boundary in the packs sits next to ASCII
/// words, where the two agree.
fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Most regex matches a rule examines per window (passing or not): bounds validator work
/// on text crafted to match a pattern everywhere.
const MAX_TRIED: usize = 64;

/// Most matches a rule reports per text; past it the segment is flagged anyway and more
/// matches would only cost time.
const MAX_MATCHES: usize = 8;

impl Rule {
    /// Creates a rule; the regex compiles on first use.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        detector: usize,
        detector_id: &'static str,
        id: String,
        severity: Severity,
        keywords: Vec<String>,
        min_digits: Option<usize>,
        pattern: String,
        group: usize,
        entropy: Option<f64>,
        validator: Option<Validator>,
        allow: Vec<String>,
        context: Vec<String>,
        context_window: usize,
        views: ViewSet,
        redact: bool,
        origins: Vec<Origin>,
        profile: Profile,
    ) -> Self {
        Rule {
            detector,
            detector_id,
            id,
            severity,
            keywords,
            also: Vec::new(),
            min_digits,
            digit_trigger: min_digits.and_then(|n| DigitTrigger::new(&pattern, group, n)),
            pattern: ascii_word_boundaries(&pattern),
            regex: OnceLock::new(),
            group,
            entropy,
            validator,
            allow,
            context,
            context_window,
            views,
            redact,
            origins,
            profile,
        }
    }

    /// Compiles the regex now; returns the compile error if any.
    pub fn compile(&self) -> Result<(), String> {
        match Regex::new(&self.pattern) {
            Ok(r) => {
                let groups = r.captures_len();
                if self.group >= groups {
                    return Err(format!(
                        "group = {} but the regex has only {} capture group(s)",
                        self.group,
                        groups - 1
                    ));
                }
                let _ = self.regex.set(Some(r));
                Ok(())
            }
            Err(e) => Err(e.to_string()),
        }
    }

    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| Regex::new(&self.pattern).ok())
            .as_ref()
    }

    /// Runs the confirmation regex and the checks over `text[window]`, appending matches with
    /// spans in `text`. The regex sees the text around the window as context (`^`, `$` and
    /// `\b` hold at the window's edges only where they hold in the text), and context checks
    /// see the whole text. Returns how many matches were tried, so callers can bound the
    /// work.
    pub fn confirm(&self, text: &str, window: Range<usize>, out: &mut Vec<RuleMatch>) -> usize {
        let Some(re) = self.regex() else { return 0 };
        if text.get(window.clone()).is_none() {
            return 0;
        }
        let mut found = 0usize;
        let mut tried = 0usize;
        for caps in re.captures_iter(Input::new(text).range(window)) {
            tried += 1;
            if tried > MAX_TRIED {
                break;
            }
            // With alternatives, the evidence group is the first one that took part.
            let Some(m) = caps
                .get_group(self.group)
                .or_else(|| (1..caps.group_len()).find_map(|i| caps.get_group(i)))
                .or_else(|| caps.get_group(0))
            else {
                continue;
            };
            let whole = caps.get_group(0).unwrap_or(m).range();
            let Some(ev) = text.get(m.range()) else {
                continue;
            };
            if ev.is_empty() || !self.passes(ev, text, whole) {
                continue;
            }
            out.push(RuleMatch {
                span: m.range(),
                evidence: ev.to_owned(),
            });
            found += 1;
            if found >= MAX_MATCHES {
                break;
            }
        }
        tried
    }

    fn passes(&self, ev: &str, text: &str, whole: Range<usize>) -> bool {
        // The promise the digit trigger rests on: evidence with fewer digits never counts.
        if let Some(min) = self.min_digits
            && ev.bytes().filter(u8::is_ascii_digit).count() < min
        {
            return false;
        }
        if let Some(min) = self.entropy
            && entropy(ev) < min
        {
            return false;
        }
        if !self.allow.is_empty() {
            let lower = ev.to_lowercase();
            if self.allow.iter().any(|a| lower.contains(a.as_str())) {
                return false;
            }
        }
        if let Some(v) = self.validator
            && !v(ev)
        {
            return false;
        }
        if !self.context.is_empty() {
            let lo = floor_boundary(text, whole.start.saturating_sub(self.context_window));
            let hi = ceil_boundary(text, whole.end.saturating_add(self.context_window));
            let window = text[lo..hi].to_lowercase();
            if !self.context.iter().any(|c| window.contains(c.as_str())) {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(ascii_word_boundaries(r"\bfoo\\b\d"), r"(?-u:\b)foo\\b\d");
    }

    #[test]
    fn entropy_of_uniform_and_repeated() {
        assert!(entropy("aaaa") < 0.01);
        assert!((entropy("abcd") - 2.0).abs() < 1e-9);
    }
}
