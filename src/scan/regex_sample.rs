//! Random strings that a regex may match, drawn from its syntax tree (tests only).
//!
//! The corpora hold a few hundred attacks per rule; a rule's keywords must cover every string
//! its regex can match, including the alternatives no corpus case happens to use. Sampling
//! the regex itself reaches those: each alternative branch, each optional part, each case.
//! Look-arounds (`\b`, `^`) are not enforced while drawing, so callers keep only the samples
//! the regex really matches.

use crate::test_rng::Rng;
use regex_syntax::hir::{Class, Hir, HirKind};

/// Parses `pattern` and draws `n` strings from it.
pub fn samples(pattern: &str, n: usize, rng: &mut Rng) -> Result<Vec<String>, String> {
    let hir = regex_syntax::parse(pattern).map_err(|e| e.to_string())?;
    Ok((0..n)
        .map(|_| {
            let mut s = String::new();
            draw(&hir, rng, &mut s);
            s
        })
        .collect())
}

/// Repetitions draw at most this many copies beyond their minimum.
const EXTRA_REPEATS: u32 = 3;

fn draw(hir: &Hir, rng: &mut Rng, out: &mut String) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => out.push_str(&String::from_utf8_lossy(&lit.0)),
        HirKind::Class(Class::Unicode(cls)) => {
            // Fillers such as `[^.\n]{0,80}` sit between words the regex bounds with `\b`; a
            // space keeps those boundaries true in half the draws.
            if rng.below(2) == 0
                && cls
                    .ranges()
                    .iter()
                    .any(|r| r.start() <= ' ' && ' ' <= r.end())
            {
                out.push(' ');
                return;
            }
            // Else mostly printable ASCII where the class has some (negated classes span all
            // of Unicode; text around attacks is mostly ASCII), else any member.
            let printable: Vec<(char, char)> = cls
                .ranges()
                .iter()
                .filter_map(|r| {
                    let (lo, hi) = (r.start().max(' '), r.end().min('~'));
                    (lo <= hi).then_some((lo, hi))
                })
                .collect();
            let all: Vec<(char, char)> =
                cls.ranges().iter().map(|r| (r.start(), r.end())).collect();
            let pool = if printable.is_empty() { all } else { printable };
            if pool.is_empty() {
                return;
            }
            let (lo, hi) = pool[rng.below(pool.len())];
            let span = hi as usize - lo as usize + 1;
            let c = char::from_u32(lo as u32 + rng.below(span) as u32).unwrap_or(lo);
            out.push(common_case(c));
        }
        HirKind::Class(Class::Bytes(cls)) => {
            if let Some(r) = cls.ranges().first() {
                out.push(char::from(r.start()));
            }
        }
        HirKind::Repetition(rep) => {
            let max = rep.max.unwrap_or(u32::MAX).min(rep.min + EXTRA_REPEATS);
            let times = rep.min + rng.below((max - rep.min + 1) as usize) as u32;
            for _ in 0..times {
                draw(&rep.sub, rng, out);
            }
        }
        HirKind::Capture(cap) => draw(&cap.sub, rng, out),
        HirKind::Concat(parts) => parts.iter().for_each(|p| draw(p, rng, out)),
        HirKind::Alternation(alts) => draw(&alts[rng.below(alts.len())], rng, out),
    }
}

/// `c`, or the ordinary letter it is a rare case variant of: `(?i)` classes hold the long s
/// `ſ` beside `s`, the Kelvin sign beside `K`, Cyrillic `ᲁ` beside `д`. The normalized view
/// folds the common ones; keyword coverage is about the spellings a regex branch stands for.
fn common_case(c: char) -> char {
    let single = |s: String| {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(x), None) => Some(x),
            _ => None,
        }
    };
    let lower = |x: char| single(x.to_lowercase().collect()).unwrap_or(x);
    let upper = |x: char| single(x.to_uppercase().collect()).unwrap_or(x);
    if lower(upper(c)) != lower(c) {
        lower(upper(c))
    } else if upper(lower(c)) != upper(c) {
        upper(lower(c))
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_reach_every_alternative_and_match() {
        let re = regex::Regex::new(r"(?i)\b(?:must|should)\s+(?:rank|prefer)\s+\w{2,4}\b").unwrap();
        let got = samples(re.as_str(), 400, &mut Rng::new(9)).unwrap();
        for word in ["must", "should", "rank", "prefer"] {
            assert!(
                got.iter().any(|s| s.to_ascii_lowercase().contains(word)),
                "{word}"
            );
        }
        let matching = got
            .iter()
            .filter(|s| re.is_match(&format!(" {s} ")))
            .count();
        assert!(matching > 300, "{matching}");
    }
}
