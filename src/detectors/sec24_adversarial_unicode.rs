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
use crate::normalize::{
    BmpTable, CharMemo, MemoSlot, TextStats, char_at, code_point_at, is_invisible, next_non_ascii,
};
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
    let words = WordPass::run(text);
    if !words.suspects.is_empty() {
        control_checks(text, &words.suspects, out);
    }
    words.report(text, out);
}

/// Bidi controls, tag-character and variation-selector smuggling, zero-width runs, looked for
/// at `suspects` (the offsets of the characters [`is_control_suspect`] accepts, in order).
fn control_checks(text: &str, suspects: &[usize], out: &mut Vec<NativeHit>) {
    // Needed only for the rare U+202A/U+202B, so read the whole text only then.
    let mut has_rtl: Option<bool> = None;
    let mut zw_in_word = Vec::new();
    let mut isolates = Isolates::default();
    // Offset up to which runs already took the text in.
    let mut done = 0;
    for &i in suspects {
        if i < done {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let prev = text.get(..i).and_then(|t| t.chars().next_back());
        let next = i + c.len_utf8();
        done = next;
        let mut chars = text
            .get(next..)
            .unwrap_or_default()
            .char_indices()
            .map(|(j, d)| (next + j, d))
            .peekable();
        isolates.note(i, c);
        match c {
            '\u{202D}' | '\u{202E}' => out.push(NativeHit {
                rule: "bidi-override",
                severity: Severity::High,
                span: i..next,
                excerpt: format!("bidi override U+{:04X}", c as u32),
            }),
            '\u{202A}' | '\u{202B}'
                if !*has_rtl.get_or_insert_with(|| text.chars().any(is_rtl)) =>
            {
                out.push(NativeHit {
                    rule: "bidi-control-without-rtl",
                    severity: Severity::Medium,
                    span: i..next,
                    excerpt: format!("bidi control U+{:04X} in left-to-right text", c as u32),
                })
            }
            _ => {}
        }
        if is_tag(c) {
            let mut hidden = String::new();
            let run = take_run(&mut chars, (i, c), is_tag, |_, t| {
                if ('\u{E0020}'..='\u{E007E}').contains(&t) {
                    hidden.push(char::from((t as u32 - 0xE0000) as u8));
                }
            });
            // Emoji subdivision flags: U+1F3F4, a few lower-case tag letters/digits, U+E007F.
            let flag = prev == Some('\u{1F3F4}')
                && run.last == '\u{E007F}'
                && run.len <= 8
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
                    span: i..run.end,
                    excerpt: hidden_excerpt("hidden tag text", &hidden),
                });
            }
            done = run.end;
            continue;
        }
        if is_vs(c) {
            let mut bytes = Vec::new();
            let run = take_run(&mut chars, (i, c), is_vs, |_, v| {
                bytes.push(match v {
                    '\u{FE00}'..='\u{FE0F}' => (v as u32 - 0xFE00) as u8,
                    _ => (v as u32 - 0xE0100 + 16) as u8,
                })
            });
            if run.len >= 2 {
                let hidden = String::from_utf8_lossy(&bytes);
                out.push(NativeHit {
                    rule: "variation-selector-smuggling",
                    severity: Severity::High,
                    span: i..run.end,
                    excerpt: hidden_excerpt(
                        &format!("{} variation selectors in a row", run.len),
                        &hidden,
                    ),
                });
            }
            done = run.end;
            continue;
        }
        if is_zero_width(c) {
            let run = take_run(
                &mut chars,
                (i, c),
                |z| is_zero_width(z) || is_invisible(z),
                // The first is zero-width, never an isolate, and was noted above.
                |j, z| isolates.note(j, z),
            );
            let after = chars.peek().map(|&(_, a)| a);
            let in_word = prev.is_some_and(|b| b.is_ascii_alphanumeric())
                && after.is_some_and(|a| a.is_ascii_alphanumeric());
            // A BOM at the very start is an encoding artefact, not a hiding place.
            let leading_bom = i == 0 && c == '\u{FEFF}' && run.len == 1;
            if run.len >= 4 && !leading_bom {
                out.push(NativeHit {
                    rule: "zero-width-run",
                    severity: Severity::High,
                    span: i..run.end,
                    excerpt: format!("{} zero-width characters in a row", run.len),
                });
            } else if in_word {
                zw_in_word.push(i..run.end);
            }
            done = run.end;
        }
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
    if isolates.opens > isolates.closes
        && let Some(i) = isolates.first_open
    {
        out.push(NativeHit {
            rule: "bidi-isolate-unbalanced",
            severity: Severity::Medium,
            span: i..i + 3,
            excerpt: format!(
                "{} bidi isolate(s) opened, {} closed",
                isolates.opens, isolates.closes
            ),
        });
    }
}

/// Bidi isolates seen so far (they are invisible, so zero-width runs take them in too).
#[derive(Default)]
struct Isolates {
    opens: usize,
    closes: usize,
    first_open: Option<usize>,
}

impl Isolates {
    fn note(&mut self, i: usize, c: char) {
        match c {
            '\u{2066}'..='\u{2068}' => {
                self.opens += 1;
                self.first_open.get_or_insert(i);
            }
            '\u{2069}' => self.closes += 1,
            _ => {}
        }
    }
}

/// A run of characters taken by [`take_run`].
struct Run {
    len: usize,
    /// Byte offset just past the run.
    end: usize,
    last: char,
}

/// Takes `first` and every following character that `keep` accepts, handing each to `each`
/// with its offset.
fn take_run(
    chars: &mut std::iter::Peekable<impl Iterator<Item = (usize, char)>>,
    first: (usize, char),
    keep: impl Fn(char) -> bool,
    mut each: impl FnMut(usize, char),
) -> Run {
    let (mut len, mut last) = (1, first);
    each(first.0, first.1);
    while let Some(next) = chars.next_if(|&(_, c)| keep(c)) {
        each(next.0, next.1);
        len += 1;
        last = next;
    }
    Run {
        len,
        end: last.0 + last.1.len_utf8(),
        last: last.1,
    }
}

/// Character class bits the word checks need.
mod class {
    /// Alphabetic (counts towards the Latin/other balance of the text).
    pub const ALPHA: u8 = 1;
    /// Part of a word: alphanumeric, invisible, or a combining mark.
    pub const WORD: u8 = 2;
    /// A look-alike-script letter with an ASCII skeleton.
    pub const LOOK: u8 = 4;
    /// Invisible (splits words without being seen; neither Latin nor foreign).
    pub const INVISIBLE: u8 = 8;
    /// One of the characters [`super::control_checks`] looks for.
    pub const SUSPECT: u8 = 16;
}

/// The class bits of `c`, from the Unicode tables.
fn class_of(c: char) -> u8 {
    let mut f = 0;
    if c.is_alphabetic() {
        f |= class::ALPHA;
    }
    if c.is_alphanumeric() || is_invisible(c) || unicode_normalization::char::is_combining_mark(c) {
        f |= class::WORD;
    }
    if is_lookalike_script(c) && ascii_lookalike(c).is_some() {
        f |= class::LOOK;
    }
    if is_invisible(c) {
        f |= class::INVISIBLE;
    }
    if is_control_suspect(c) {
        f |= class::SUSPECT;
    }
    f
}

thread_local! {
    /// Classes of the characters beyond the BMP (emoji, tag characters), kept across texts.
    /// The memo has no small table: [`CLASSES`] answers every character below U+10000.
    static CLASS_MEMO: MemoSlot<u8> = const { std::cell::Cell::new(None) };
}

/// Classes of the BMP characters met so far: most text never leaves the BMP, and the memo
/// would churn on the thousands of distinct CJK characters.
static CLASSES: BmpTable = BmpTable::new(class_of);

/// The class bits of `c`.
fn class(memo: &mut CharMemo<u8>, c: char) -> u8 {
    class_of_code_point(memo, c as u32)
}

/// The class bits of code point `cp` (one a `str` holds), from the BMP table or the memo.
#[inline]
fn class_of_code_point(memo: &mut CharMemo<u8>, cp: u32) -> u8 {
    if cp < 0x1_0000 {
        CLASSES.get(cp)
    } else {
        char::from_u32(cp).map_or(0, |c| memo.get(c))
    }
}

/// The character that ends just before byte `i` of `bytes` (the bytes of a `str`, `i` a
/// character boundary), and its length.
fn char_before(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let lead = (i.saturating_sub(4)..i)
        .rev()
        .find(|&j| bytes.get(j).is_some_and(|&b| b & 0xC0 != 0x80))?;
    char_at(bytes, lead)
}

/// Number of ASCII letters in `bytes`, counted in byte lanes the compiler vectorizes.
fn ascii_letters(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                n + u8::from((b | 0x20).wrapping_sub(b'a') < 26)
            });
            usize::from(n)
        })
        .sum()
}

/// Length in bytes of the UTF-8 sequence that `lead` (a non-ASCII first byte) starts.
#[inline]
fn utf8_len(lead: u8) -> usize {
    if lead < 0xE0 {
        2
    } else if lead < 0xF0 {
        3
    } else {
        4
    }
}

/// Whether a character whose UTF-8 starts with `lead` can be a look-alike ([`class::LOOK`]:
/// Greek, Cyrillic, Armenian U+0370–U+058F start with 0xCD–0xD6; Cherokee and Greek Extended
/// with 0xE1) or a suspect ([`class::SUSPECT`]: U+180E with 0xE1, the U+20xx controls with
/// 0xE2, U+FE0x and U+FEFF with 0xEF, tag characters and supplementary variation selectors
/// with 0xF3). A test checks this against [`class_of`] for every character.
#[inline]
fn may_be_look_or_suspect(lead: u8) -> bool {
    matches!(lead, 0xCD..=0xD6 | 0xE1 | 0xE2 | 0xEF | 0xF3)
}

/// Number of non-ASCII letters in `text` ([`class::ALPHA`]), for the Latin/other balance.
fn other_letters(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut memo = CharMemo::take(&CLASS_MEMO, class_of, &[]);
    let mut n = 0;
    let mut i = next_non_ascii(bytes, 0);
    while let Some((cp, len)) = code_point_at(bytes, i) {
        if class_of_code_point(&mut memo, cp) & class::ALPHA != 0 {
            n += 1;
        }
        i = next_non_ascii(bytes, i + len);
    }
    memo.put_back(&CLASS_MEMO);
    n
}

/// A word that spells Latin with look-alike letters: `mixed` when it also has ASCII letters
/// (`pаypal`), otherwise a whole look-alike word, which counts only in mostly-Latin text.
struct Confusable {
    span: std::ops::Range<usize>,
    mixed: bool,
}

/// One pass over the text for the word checks: the Latin letter count, the words that mix
/// Latin with look-alikes, and whether any control check is needed at all. (The other
/// scripts' letter count is needed only for a whole look-alike word, so [`other_letters`]
/// counts it then.)
#[derive(Default)]
struct WordPass {
    latin: usize,
    /// Byte offsets of the characters the control checks look for.
    suspects: Vec<usize>,
    found: Vec<Confusable>,
}

/// Letters of a word.
#[derive(Default)]
struct Word {
    start: usize,
    ascii: u32,
    look: u32,
    foreign: u32,
}

impl Word {
    /// Counts one word character `c` of class `f`.
    #[inline]
    fn count(&mut self, c: char, f: u8) {
        if c.is_ascii() {
            // Digits are shared by every script.
            self.ascii += u32::from(c.is_ascii_alphabetic());
        } else if f & class::LOOK != 0 {
            self.look += 1;
        } else if f & class::INVISIBLE == 0 {
            self.foreign += 1;
        }
    }
}

impl WordPass {
    /// Only non-ASCII characters can be look-alikes or suspects, and only those whose first
    /// byte [`may_be_look_or_suspect`] accepts, so the pass classifies those alone (CJK,
    /// Hangul, Arabic, Hebrew and emoji cost a look at their first byte) and counts ASCII
    /// letters in one vectorized sweep. Only a word holding a look-alike can be reported, so a
    /// word is read, whole, only when the pass meets its first look-alike: text in scripts
    /// without Latin look-alikes and Latin text with a few accents is never read word by word.
    fn run(text: &str) -> WordPass {
        let bytes = text.as_bytes();
        let mut memo = CharMemo::take(&CLASS_MEMO, class_of, &[]);
        let mut pass = WordPass {
            latin: ascii_letters(bytes),
            ..WordPass::default()
        };
        // End of the last word read whole: a look-alike before it was counted with it.
        let mut read_to = 0;
        let mut i = next_non_ascii(bytes, 0);
        while let Some(&lead) = bytes.get(i) {
            if !may_be_look_or_suspect(lead) {
                i = next_non_ascii(bytes, i + utf8_len(lead));
                continue;
            }
            let Some((cp, len)) = code_point_at(bytes, i) else {
                break;
            };
            let f = class_of_code_point(&mut memo, cp);
            if f & class::SUSPECT != 0 {
                pass.suspects.push(i);
            }
            if f & class::LOOK != 0 && i >= read_to {
                read_to = pass.read_word(bytes, i, &mut memo);
            }
            i = next_non_ascii(bytes, i + len);
        }
        memo.put_back(&CLASS_MEMO);
        pass
    }

    /// Reads the word (a maximal run of [`class::WORD`] characters) around byte `at`, records
    /// it if it spells Latin with look-alikes, and answers where it ends.
    fn read_word(&mut self, bytes: &[u8], at: usize, memo: &mut CharMemo<u8>) -> usize {
        let mut start = at;
        while let Some((c, len)) = char_before(bytes, start) {
            if class(memo, c) & class::WORD == 0 {
                break;
            }
            start -= len;
        }
        let mut w = Word {
            start,
            ..Word::default()
        };
        let mut end = start;
        while let Some((c, len)) = char_at(bytes, end) {
            let f = class(memo, c);
            if f & class::WORD == 0 {
                break;
            }
            w.count(c, f);
            end += len;
        }
        self.end_word(w, end);
        end
    }

    fn end_word(&mut self, w: Word, end: usize) {
        if w.foreign > 0 || w.look == 0 {
            return;
        }
        if w.ascii > 0 || w.look >= 3 {
            self.found.push(Confusable {
                span: w.start..end,
                mixed: w.ascii > 0,
            });
        }
    }

    /// Mixed-script words (`pаypal`) and all-look-alike words inside mostly-Latin text.
    fn report(&self, text: &str, out: &mut Vec<NativeHit>) {
        // Only an all-look-alike word asks whether the text is mostly Latin.
        let mostly_latin =
            self.found.iter().any(|w| !w.mixed) && self.latin >= 4 * other_letters(text).max(1);
        let mut hits = self.found.iter().filter(|w| w.mixed || mostly_latin);
        let Some(first) = hits.next() else {
            return;
        };
        let (mut words, mut span) = (1usize, first.span.clone());
        for w in hits {
            words += 1;
            span.end = w.span.end;
        }
        let folded: String = text
            .get(first.span.clone())
            .unwrap_or_default()
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    c
                } else {
                    ascii_lookalike(c).unwrap_or(c)
                }
            })
            .collect();
        out.push(NativeHit {
            rule: "mixed-script-confusable",
            severity: Severity::Medium,
            span,
            excerpt: format!(
                "look-alike spelling of \"{}\" ({words} word(s))",
                sanitize(&folded)
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{LARGE_SCRIPT_BLOCKS, in_large_script_block};

    #[test]
    fn classes_of_the_bmp_match_class_of() {
        let mut memo = CharMemo::new(class_of, &[]);
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            assert_eq!(class(&mut memo, c), class_of(c), "{c:?}");
        }
    }

    #[test]
    fn only_the_lead_bytes_the_pass_reads_start_look_alikes_or_suspects() {
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10_FFFF).filter_map(char::from_u32) {
            if class_of(c) & (class::LOOK | class::SUSPECT) != 0 {
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_be_look_or_suspect(lead), "{c:?}");
            }
            assert_eq!(
                utf8_len(c.encode_utf8(&mut buf).as_bytes()[0]),
                c.len_utf8()
            );
        }
    }

    #[test]
    fn skipped_runs_do_not_hide_what_follows_them() {
        // Look-alikes, controls and tags right after (and before) runs of CJK, Hangul,
        // Arabic, Hebrew and emoji, which the pass steps over by their first byte.
        // (text before the run, text after it, the one rule that must fire)
        let cases = [
            ("", " p\u{430}ypal", "mixed-script-confusable"),
            ("p\u{430}ypal ", "", "mixed-script-confusable"),
            ("", "\u{202E}txt", "bidi-override"),
            ("", "\u{200B}\u{200B}\u{200B}\u{200B}x", "zero-width-run"),
            ("", "\u{E0069}\u{E0067}\u{E006E}", "tag-character-smuggling"),
        ];
        for run in ["日本語", "배포가", "تحديث", "הפגישה", "🎉👍", "é"] {
            for (before, after, rule) in cases {
                let text = format!("{before}{run}{after}");
                let rules: Vec<_> = hits(&text).iter().map(|h| h.rule).collect();
                assert_eq!(rules, [rule], "{text:?}");
            }
        }
        // An all-look-alike word still weighs the other scripts' letters: in mostly-Latin
        // text it is reported, among as many Hangul letters it is not.
        let word = "\u{440}\u{430}\u{443}\u{440}\u{430}\u{456}";
        assert_eq!(
            hits(&format!(
                "please log in to your account at {word} and check the invoice"
            ))
            .len(),
            1
        );
        assert!(hits(&format!("{word} 배포가끝났고모든테스트가통과했습니다")).is_empty());
    }

    #[test]
    fn large_script_blocks_are_letters_without_latin_look_alikes() {
        for c in LARGE_SCRIPT_BLOCKS.into_iter().flatten() {
            assert_eq!(class_of(c), class::ALPHA | class::WORD, "{c:?}");
            assert!(c.is_alphabetic() && c.is_alphanumeric(), "{c:?}");
            assert!(
                !(is_lookalike_script(c) && ascii_lookalike(c).is_some()),
                "{c:?}"
            );
        }
    }

    /// The word pass as it was first written: one walk over every character.
    fn reference_pass(text: &str) -> (WordPass, usize) {
        let mut pass = WordPass::default();
        let mut other = 0;
        let mut word: Option<Word> = None;
        for (i, c) in text.char_indices() {
            let f = if in_large_script_block(c) {
                class::ALPHA | class::WORD
            } else {
                class_of(c)
            };
            if f & class::ALPHA != 0 {
                if c.is_ascii() {
                    pass.latin += 1;
                } else {
                    other += 1;
                }
            }
            if f & class::SUSPECT != 0 {
                pass.suspects.push(i);
            }
            if f & class::WORD != 0 {
                let w = word.get_or_insert_with(|| Word {
                    start: i,
                    ..Word::default()
                });
                w.count(c, f);
            } else if let Some(w) = word.take() {
                pass.end_word(w, i);
            }
        }
        if let Some(w) = word.take() {
            pass.end_word(w, text.len());
        }
        (pass, other)
    }

    #[test]
    fn word_pass_agrees_with_a_walk_over_every_character() {
        let alphabet = [
            "a",
            "Z",
            "7",
            " ",
            ".",
            "-",
            "\u{430}",
            "\u{43E}",
            "\u{440}",
            "\u{3BF}",
            "\u{5E9}",
            "\u{645}",
            "\u{65E5}",
            "\u{AC00}",
            "\u{30FC}",
            "\u{E9}",
            "\u{301}",
            "\u{200B}",
            "\u{200D}",
            "\u{202E}",
            "\u{2066}",
            "\u{FE0F}",
            "\u{E0041}",
            "\u{1F389}",
            "\u{FF49}",
            "\u{13A0}",
            "\u{1F00}",
            "\u{D7}",
            "\u{FF0C}",
            "\u{3002}",
            "\u{A0}",
            "\u{85}",
        ];
        let mut rng = crate::test_rng::Rng::new(24);
        for _ in 0..20_000 {
            let t: String = (0..rng.below(40)).map(|_| *rng.pick(&alphabet)).collect();
            let (got, (want, want_other)) = (WordPass::run(&t), reference_pass(&t));
            assert_eq!(
                (got.latin, other_letters(&t), &got.suspects),
                (want.latin, want_other, &want.suspects),
                "{t:?}"
            );
            let spans = |p: &WordPass| {
                p.found
                    .iter()
                    .map(|w| (w.span.clone(), w.mixed))
                    .collect::<Vec<_>>()
            };
            assert_eq!(spans(&got), spans(&want), "{t:?}");
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
    fn runs_and_isolates_are_read_where_they_start() {
        // An isolate inside a zero-width run is still counted.
        let h = hits("name\u{200B}\u{2066}x and more text");
        assert_eq!(h.len(), 2, "{h:?}");
        assert_eq!(h[0].rule, "zero-width-in-word");
        assert_eq!(h[1].rule, "bidi-isolate-unbalanced");
        assert_eq!(h[1].span, 7..10);
        // A flag needs its black flag right before the tags, even after other suspects.
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        assert!(
            hits(&format!("a\u{200D}b {england} ok"))
                .iter()
                .all(|h| h.rule != "tag-character-smuggling")
        );
        let h = hits(&format!("x\u{FE0F}{}", tags("run")));
        assert_eq!(h[0].rule, "tag-character-smuggling");
        assert_eq!(h[0].span.start, 4);
        // Word checks see the whole text, whatever comes first.
        let h = hits("p\u{430}ypal \u{202E}x");
        assert_eq!(h[0].rule, "bidi-override");
        assert_eq!(h[1].rule, "mixed-script-confusable");
        assert_eq!(h[1].span, 0..7);
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
