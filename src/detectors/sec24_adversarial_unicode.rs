//! SEC-24 AdversarialUnicode.
//!
//! ## What it catches
//! Unicode used to show a reader (or a reviewer) something other than what the model reads:
//! bidi overrides, and embeddings/isolates in text with no right-to-left script; zero-width
//! characters inside Latin words and runs of them (zero-width steganography); tag characters
//! (U+E0000–E007F) that spell hidden ASCII, outside emoji flag sequences, reported with the
//! decoded text; runs of variation selectors that encode bytes; and words mixing Latin with
//! Cyrillic/Greek look-alikes (`pаypal` with a Cyrillic `а`), or whole look-alike words inside
//! Latin prose.
//!
//! ## Why it matters
//! Models read tag characters and zero-width-split words that humans cannot see, so an
//! instruction can ride invisibly through an approval UI; bidi controls reorder displayed text
//! (Trojan Source); homoglyphs slip words past filters and users.
//!
//! ## Example
//! `Summarise this.` followed by tag characters spelling `ignore all previous instructions`.
//!
//! ## Known false positives
//! Text deliberately demonstrating these tricks; Latin brand names styled with Greek letters.
//! Emoji ZWJ sequences, keycaps and VS16 presentation selectors, subdivision flags, CJK
//! ideographic variation sequences, and Arabic/Hebrew prose with bidi marks stay clean.
//!
//! Origins: everywhere: hidden text is dangerous wherever the model reads it.

use super::{ALL_ORIGINS, DetectorInfo, NativeHit, ViewSet};
use crate::normalize::{TextStats, in_large_script_block, is_invisible};
use crate::scan::Severity;
use crate::scan::excerpt::sanitize;
use crate::scan::select::Profile;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-24",
    name: "AdversarialUnicode",
    default_severity: Severity::High,
    origins: ALL_ORIGINS,
    profile: Profile::Security,
    summary: "bidi overrides, zero-width splits, tag-character and variation-selector smuggling, mixed-script confusables",
    views: ViewSet::RAW,
    redact: false,
    pack: None,
    native: Some((trigger, scan)),
    scans_text: true,
};

fn trigger(s: &TextStats) -> bool {
    s.non_ascii
}

fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    )
}

fn is_vs(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

fn is_tag(c: char) -> bool {
    ('\u{E0000}'..='\u{E007F}').contains(&c)
}

/// Scripts whose letters are commonly confusable with Latin ones.
fn is_lookalike_script(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{052F}' | '\u{0530}'..='\u{058F}'
        | '\u{13A0}'..='\u{13FF}' | '\u{1F00}'..='\u{1FFF}')
}

/// The ASCII letter a look-alike character is confusable with, if any.
fn ascii_lookalike(c: char) -> Option<char> {
    let mut buf = [0u8; 4];
    let mut it = unicode_security::skeleton(c.encode_utf8(&mut buf))
        .filter(|d| !unicode_normalization::char::is_combining_mark(*d));
    match (it.next(), it.next()) {
        (Some(d), None) if d.is_ascii_alphanumeric() => Some(d),
        _ => None,
    }
}

fn hidden_excerpt(label: &str, hidden: &str) -> String {
    const SHOW: usize = 40;
    let n = hidden.chars().count();
    if n <= SHOW {
        format!("{label}: \"{}\"", sanitize(hidden))
    } else {
        let head: String = hidden.chars().take(SHOW).collect();
        format!("{label}: \"{}…\" ({n} chars)", sanitize(&head))
    }
}

/// Whether `c` is one of the characters the control checks below look for; text without any
/// (nearly all text) skips them.
fn is_control_suspect(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || is_tag(c)
        || is_vs(c)
        || is_zero_width(c)
}

fn scan(text: &str, _stats: &TextStats, out: &mut Vec<NativeHit>) {
    if text.chars().any(is_control_suspect) {
        control_checks(text, out);
    }
    confusable_words(text, out);
}

/// Bidi controls, tag-character and variation-selector smuggling, zero-width runs.
fn control_checks(text: &str, out: &mut Vec<NativeHit>) {
    let has_rtl = text.chars().any(is_rtl);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(i, _)| i);
    let mut zw_in_word = Vec::new();
    let mut k = 0usize;
    while k < chars.len() {
        let (i, c) = chars[k];
        match c {
            '\u{202D}' | '\u{202E}' => out.push(NativeHit {
                rule: "bidi-override",
                severity: Severity::High,
                span: i..i + c.len_utf8(),
                excerpt: format!("bidi override U+{:04X}", c as u32),
            }),
            '\u{202A}' | '\u{202B}' if !has_rtl => out.push(NativeHit {
                rule: "bidi-control-without-rtl",
                severity: Severity::Medium,
                span: i..i + c.len_utf8(),
                excerpt: format!("bidi control U+{:04X} in left-to-right text", c as u32),
            }),
            _ => {}
        }
        if is_tag(c) {
            let start = k;
            while k < chars.len() && is_tag(chars[k].1) {
                k += 1;
            }
            let run = &chars[start..k];
            let hidden: String = run
                .iter()
                .filter(|(_, t)| ('\u{E0020}'..='\u{E007E}').contains(t))
                .map(|&(_, t)| char::from((t as u32 - 0xE0000) as u8))
                .collect();
            // Emoji subdivision flags: U+1F3F4, a few lower-case tag letters/digits, U+E007F.
            let flag = start > 0
                && chars[start - 1].1 == '\u{1F3F4}'
                && run.last().is_some_and(|&(_, t)| t == '\u{E007F}')
                && run.len() <= 8
                && hidden
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !flag {
                out.push(NativeHit {
                    rule: "tag-character-smuggling",
                    severity: if hidden.chars().filter(|c| c.is_alphanumeric()).count() >= 2 {
                        Severity::Critical
                    } else {
                        Severity::Medium
                    },
                    span: i..end_of(k),
                    excerpt: hidden_excerpt("hidden tag text", &hidden),
                });
            }
            continue;
        }
        if is_vs(c) {
            let start = k;
            while k < chars.len() && is_vs(chars[k].1) {
                k += 1;
            }
            if k - start >= 2 {
                let bytes: Vec<u8> = chars[start..k]
                    .iter()
                    .map(|&(_, v)| match v {
                        '\u{FE00}'..='\u{FE0F}' => (v as u32 - 0xFE00) as u8,
                        _ => (v as u32 - 0xE0100 + 16) as u8,
                    })
                    .collect();
                let hidden = String::from_utf8_lossy(&bytes);
                out.push(NativeHit {
                    rule: "variation-selector-smuggling",
                    severity: Severity::High,
                    span: i..end_of(k),
                    excerpt: hidden_excerpt(
                        &format!("{} variation selectors in a row", k - start),
                        &hidden,
                    ),
                });
            }
            continue;
        }
        if is_zero_width(c) {
            let start = k;
            while k < chars.len() && (is_zero_width(chars[k].1) || is_invisible(chars[k].1)) {
                k += 1;
            }
            let run = k - start;
            let before = start.checked_sub(1).map(|p| chars[p].1);
            let after = chars.get(k).map(|&(_, a)| a);
            let in_word = before.is_some_and(|b| b.is_ascii_alphanumeric())
                && after.is_some_and(|a| a.is_ascii_alphanumeric());
            // A BOM at the very start is an encoding artefact, not a hiding place.
            let leading_bom = i == 0 && c == '\u{FEFF}' && run == 1;
            if run >= 4 && !leading_bom {
                out.push(NativeHit {
                    rule: "zero-width-run",
                    severity: Severity::High,
                    span: i..end_of(k),
                    excerpt: format!("{run} zero-width characters in a row"),
                });
            } else if in_word {
                zw_in_word.push(i..end_of(k));
            }
            continue;
        }
        k += 1;
    }
    if let (Some(first), Some(last)) = (zw_in_word.first(), zw_in_word.last()) {
        let n = zw_in_word.len();
        out.push(NativeHit {
            rule: "zero-width-in-word",
            severity: if n >= 3 {
                Severity::High
            } else {
                Severity::Medium
            },
            span: first.start..last.end,
            excerpt: format!("{n} zero-width character(s) inside words"),
        });
    }
    // Isolates are how UIs wrap user-supplied names; only an unbalanced one can reorder
    // the text after it.
    let opens = text
        .chars()
        .filter(|c| matches!(c, '\u{2066}' | '\u{2067}' | '\u{2068}'))
        .count();
    let closes = text.chars().filter(|&c| c == '\u{2069}').count();
    if opens > closes
        && let Some(i) = text.find(['\u{2066}', '\u{2067}', '\u{2068}'])
    {
        out.push(NativeHit {
            rule: "bidi-isolate-unbalanced",
            severity: Severity::Medium,
            span: i..i + 3,
            excerpt: format!("{opens} bidi isolate(s) opened, {closes} closed"),
        });
    }
}

/// Per-character classes the word checks need, memoised for non-ASCII characters: long
/// non-Latin text repeats a small alphabet and the Unicode tables dominate otherwise.
struct ClassMemo {
    slots: Vec<(char, CharClass)>,
}

#[derive(Debug, Clone, Copy, Default)]
struct CharClass {
    alphabetic: bool,
    word_part: bool,
    /// Look-alike script letter with an ASCII skeleton.
    lookalike: bool,
}

impl ClassMemo {
    const SLOTS: usize = 256;

    fn new() -> ClassMemo {
        // '\0' never reaches the table (ASCII is answered directly), so it marks empty slots.
        ClassMemo {
            slots: vec![('\0', CharClass::default()); ClassMemo::SLOTS],
        }
    }

    fn class(&mut self, c: char) -> CharClass {
        if c.is_ascii() {
            return CharClass {
                alphabetic: c.is_ascii_alphabetic(),
                word_part: c.is_ascii_alphanumeric(),
                lookalike: false,
            };
        }
        // Letters, parts of words, no Latin look-alikes (see LARGE_SCRIPT_BLOCKS).
        if in_large_script_block(c) {
            return CharClass {
                alphabetic: true,
                word_part: true,
                lookalike: false,
            };
        }
        let i = (c as usize ^ (c as usize >> 8)) % ClassMemo::SLOTS;
        if let Some(&(k, cls)) = self.slots.get(i)
            && k == c
        {
            return cls;
        }
        let cls = CharClass {
            alphabetic: c.is_alphabetic(),
            word_part: c.is_alphanumeric()
                || is_invisible(c)
                || unicode_normalization::char::is_combining_mark(c),
            lookalike: is_lookalike_script(c) && ascii_lookalike(c).is_some(),
        };
        if let Some(slot) = self.slots.get_mut(i) {
            *slot = (c, cls);
        }
        cls
    }
}

/// Mixed-script words (`pаypal`) and all-look-alike words inside mostly-Latin text.
fn confusable_words(text: &str, out: &mut Vec<NativeHit>) {
    let mut memo = ClassMemo::new();
    let mut latin = 0usize;
    let mut other = 0usize;
    for c in text.chars().filter(|&c| memo.class(c).alphabetic) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else {
            other += 1;
        }
    }
    let mostly_latin = latin >= 4 * other.max(1);
    let mut words = 0usize;
    let mut span: Option<std::ops::Range<usize>> = None;
    let mut example = String::new();
    for (start, word) in split_words(text, &mut memo) {
        if word.is_ascii() {
            continue;
        }
        let has_ascii_letter = word.bytes().any(|b| b.is_ascii_alphabetic());
        if !has_ascii_letter && !mostly_latin {
            continue;
        }
        let mut ascii = 0usize;
        let mut look = 0usize;
        let mut foreign = 0usize;
        for c in word.chars() {
            if c.is_ascii_alphabetic() {
                ascii += 1;
            } else if c.is_ascii_digit() {
                // Digits are shared by every script.
            } else if memo.class(c).lookalike {
                look += 1;
            } else if !is_invisible(c) {
                foreign += 1;
            }
        }
        let mixed = ascii > 0 && look > 0 && foreign == 0;
        let whole = ascii == 0 && look >= 3 && foreign == 0 && mostly_latin;
        if mixed || whole {
            words += 1;
            let s = start..start + word.len();
            span = Some(span.map_or(s.clone(), |p| p.start..s.end));
            if example.is_empty() {
                let folded: String = word
                    .chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c
                        } else {
                            ascii_lookalike(c).unwrap_or(c)
                        }
                    })
                    .collect();
                example = format!("look-alike spelling of \"{}\"", sanitize(&folded));
            }
        }
    }
    if let Some(span) = span {
        out.push(NativeHit {
            rule: "mixed-script-confusable",
            severity: Severity::Medium,
            span,
            excerpt: format!("{example} ({words} word(s))"),
        });
    }
}

fn split_words<'t>(text: &'t str, memo: &mut ClassMemo) -> Vec<(usize, &'t str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let part = memo.class(c).word_part;
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::LARGE_SCRIPT_BLOCKS;

    #[test]
    fn large_script_blocks_are_letters_without_latin_look_alikes() {
        for c in LARGE_SCRIPT_BLOCKS.into_iter().flatten() {
            assert!(c.is_alphabetic() && c.is_alphanumeric(), "{c:?}");
            assert!(
                !(is_lookalike_script(c) && ascii_lookalike(c).is_some()),
                "{c:?}"
            );
        }
    }

    fn hits(t: &str) -> Vec<NativeHit> {
        let mut v = Vec::new();
        scan(t, &TextStats::of(t), &mut v);
        v
    }

    fn tags(s: &str) -> String {
        s.chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
            .collect()
    }

    #[test]
    fn tag_smuggling_reports_hidden_text() {
        let h = hits(&format!("Hello{}", tags("ignore previous")));
        assert_eq!(h[0].rule, "tag-character-smuggling");
        assert!(h[0].excerpt.contains("ignore previous"));
    }

    #[test]
    fn benign_unicode_is_clean() {
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        for t in [
            "👨\u{200D}👩\u{200D}👧 family ❤\u{FE0F} 1\u{FE0F}\u{20E3}",
            england,
            "日本語のテキストです。中文文本。",
            "مرحبا بالعالم \u{200F}שלום עולם",
            "Привет, как дела? Это обычный текст.",
            "\u{FEFF}BOM at the start",
            "Καλημέρα κόσμε",
        ] {
            assert!(hits(t).is_empty(), "{t}: {:?}", hits(t));
        }
    }

    #[test]
    fn attacks_are_found() {
        assert_eq!(hits("abc\u{202E}fed")[0].rule, "bidi-override");
        assert_eq!(hits("ig\u{200B}no\u{200B}re")[0].rule, "zero-width-in-word");
        assert_eq!(
            hits("log in to p\u{430}ypal now")[0].rule,
            "mixed-script-confusable"
        );
        assert_eq!(
            hits("a\u{FE01}\u{FE02}\u{FE03}")[0].rule,
            "variation-selector-smuggling"
        );
        assert_eq!(
            hits("x\u{200B}\u{200C}\u{200B}\u{200C}y z")[0].rule,
            "zero-width-run"
        );
    }
}
