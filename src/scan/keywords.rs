//! The keyword prefilter: every occurrence of every rule keyword in a view, ASCII
//! case-insensitively, overlapping ones included (what an Aho-Corasick overlapping search
//! reports; the tests check it against one).
//!
//! Why not an Aho-Corasick automaton: with ~600 keywords per origin, its NFA walks the text at
//! ~120 MB/s and its DFA takes ~10 ms to build (the engine must start in under 10 ms) and still
//! pays a table walk per byte. Benign text almost never contains a keyword, so the common case
//! to make fast is "no keyword starts here". This is a q-gram gate: per position, one bit test
//! on a hash of the next four bytes (keywords of four or more bytes) and one on the next two
//! bytes (shorter keywords). Both tables also key on whether the previous byte is a letter or
//! digit, so a keyword that only counts at a word start (`\bai`) does not even become a
//! candidate inside a word ("email"). Candidates are verified exactly: one probe of a table
//! keyed by the exact lower-cased first four bytes, then a comparison of the rest. Building it
//! takes a fraction of a millisecond.
//!
//! May not: allocate while searching, or report a keyword that is not in the text.

/// log2 of the number of bits in the four-byte gate (32 KiB: L1/L2-resident).
const GATE_BITS: u32 = 18;
/// Words of the four-byte gate.
const GATE_WORDS: usize = 1 << (GATE_BITS - 6);
/// Words of the two-byte table: one bit per byte pair and previous-byte class.
const PAIR_WORDS: usize = (1 << 17) / 64;
/// Folds ASCII upper case to lower case in every byte lane, cheaply and lossily (it also folds
/// some punctuation onto other punctuation and moves non-ASCII bytes). Used only for the gate,
/// where a collision lets one more position through to exact verification.
const FOLD4: u32 = 0x2020_2020;
/// Mixed into the gate key when the previous byte is an ASCII letter or digit.
const AFTER_WORD: u32 = 0x5bd1_e995;

/// Whether a byte continues a word, for the start-of-word bound.
const WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// How far to step from a byte to the next possible character start: the length of the
/// UTF-8 sequence a lead byte starts, 1 for anything else (ASCII, or a continuation byte when
/// a search starts inside a character).
const STEP: [u8; 256] = {
    let mut t = [1u8; 256];
    let mut b = 0xC0;
    while b < 256 {
        t[b] = if b < 0xE0 {
            2
        } else if b < 0xF0 {
            3
        } else if b < 0xF8 {
            4
        } else {
            1
        };
        b += 1;
    }
    t
};

/// Hashes a folded four-byte window into the gate (multiplicative hashing: the top bits of
/// the product depend on every input byte).
#[inline(always)]
fn gate_hash(w: u32) -> usize {
    (w.wrapping_mul(0x9E37_79B1) >> (32 - GATE_BITS)) as usize
}

#[inline(always)]
fn bit(words: &[u64], i: usize) -> bool {
    words[i >> 6] >> (i & 63) & 1 != 0
}

fn set(words: &mut [u64], i: usize) {
    words[i >> 6] |= 1 << (i & 63);
}

/// Exact ASCII lower-casing of four byte lanes (SWAR): only `A`..=`Z` change.
#[inline(always)]
fn lower4(w: u32) -> u32 {
    let low7 = w & 0x7f7f_7f7f;
    let ge_a = low7.wrapping_add(0x3f3f_3f3f); // bit 7 set where byte >= 'A'
    let gt_z = low7.wrapping_add(0x2525_2525); // bit 7 set where byte > 'Z'
    let upper = (ge_a & !gt_z) & !w & 0x8080_8080;
    w | (upper >> 2)
}

/// The gate key of the window `w` (little-endian bytes) after a byte of class `after_word`.
#[inline(always)]
fn gate_key(w: u32, after_word: bool) -> usize {
    gate_hash((w | FOLD4) ^ if after_word { AFTER_WORD } else { 0 })
}

/// The pair-table index of the first two bytes of `w` after a byte of class `after_word`.
#[inline(always)]
fn pair_key(w: u32, after_word: bool) -> usize {
    (((w | FOLD4) & 0xffff) as usize) | (usize::from(after_word) << 16)
}

/// One keyword as searched: lower-cased bytes and whether it only counts at a word start.
#[derive(Debug, Clone)]
struct Keyword {
    bytes: Box<[u8]>,
    word_start: bool,
}

/// A position that passed the gate.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    at: usize,
    after_word: bool,
    long: bool,
    short: bool,
}

/// A set of keywords compiled for searching.
#[derive(Debug, Clone)]
pub struct KeywordSet {
    /// The keywords; a keyword's index is its id.
    keywords: Vec<Keyword>,
    /// Bit per gate key of a keyword of four or more bytes.
    gate: Box<[u64; GATE_WORDS]>,
    /// Open-addressing table from the exact lower-cased first four bytes to `(key, start,
    /// len)` in `ids`; `len == 0` marks an empty slot.
    table: Box<[(u32, u32, u32)]>,
    /// Ids of long keywords, grouped by their first four bytes.
    ids: Box<[u32]>,
    /// Bit per pair key that starts a keyword shorter than four bytes (a one-byte keyword sets
    /// every pair it can start).
    pairs: Box<[u64; PAIR_WORDS]>,
    /// Short keywords by their lower-cased first byte.
    short: Box<[Box<[u32]>]>,
}

impl KeywordSet {
    /// Compiles `keywords` as `(literal, counts only at a word start)` pairs; literals are
    /// non-empty, and duplicates keep their own ids.
    pub fn new<S: AsRef<str>>(keywords: &[(S, bool)]) -> KeywordSet {
        let keywords: Vec<Keyword> = keywords
            .iter()
            .map(|(k, word_start)| Keyword {
                bytes: k
                    .as_ref()
                    .as_bytes()
                    .to_ascii_lowercase()
                    .into_boxed_slice(),
                word_start: *word_start,
            })
            .collect();
        let mut gate = Box::new([0u64; GATE_WORDS]);
        let mut pairs = Box::new([0u64; PAIR_WORDS]);
        let mut short: Vec<Vec<u32>> = vec![Vec::new(); 256];
        let mut by_prefix: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
        for (id, k) in keywords.iter().enumerate() {
            let id = id as u32;
            // A word-start keyword is only a candidate after a non-word byte; others after
            // either.
            let afters: &[bool] = if k.word_start {
                &[false]
            } else {
                &[false, true]
            };
            match *k.bytes {
                [] => {}
                [a, b, c, d, ..] => {
                    let w = u32::from_le_bytes([a, b, c, d]);
                    for &after in afters {
                        set(&mut gate[..], gate_key(w, after));
                    }
                    by_prefix.entry(w).or_default().push(id);
                }
                [a, ..] => {
                    let seconds: Vec<u8> = match k.bytes.get(1) {
                        Some(&b) => vec![b],
                        None => (0..=255).collect(),
                    };
                    for &after in afters {
                        for &b in &seconds {
                            let w = u32::from_le_bytes([a, b, 0, 0]);
                            set(&mut pairs[..], pair_key(w, after));
                        }
                    }
                    short[usize::from(a)].push(id);
                }
            }
        }
        // Load factor ≤ 1/2 keeps probe sequences short.
        let cap = (by_prefix.len() * 2).max(2).next_power_of_two();
        let mut table = vec![(0u32, 0u32, 0u32); cap];
        let mut ids = Vec::new();
        for (w, list) in by_prefix {
            let mut slot = gate_hash(w) & (cap - 1);
            while table[slot].2 != 0 {
                slot = (slot + 1) & (cap - 1);
            }
            table[slot] = (w, ids.len() as u32, list.len() as u32);
            ids.extend(list);
        }
        KeywordSet {
            keywords,
            gate,
            table: table.into_boxed_slice(),
            ids: ids.into_boxed_slice(),
            pairs,
            short: short.into_iter().map(Vec::into_boxed_slice).collect(),
        }
    }

    /// Calls `f(id, start, end)` for every occurrence of every keyword in `text` (word-start
    /// keywords only where the previous byte is not an ASCII letter or digit), in order of
    /// `start` (occurrences with the same start in no particular order).
    #[inline]
    pub fn for_each_match(&self, text: &str, mut f: impl FnMut(u32, usize, usize)) {
        // Valid UTF-8 is what lets the search step over continuation bytes.
        let text = text.as_bytes();
        let mut from = 0;
        while let Some(c) = self.next_candidate(text, from) {
            if c.short {
                self.verify_short(text, c.at, c.after_word, &mut f);
            }
            if c.long {
                let w = u32::from_le_bytes([
                    text[c.at],
                    text[c.at + 1],
                    text[c.at + 2],
                    text[c.at + 3],
                ]);
                self.verify_long(text, c.at, w, c.after_word, &mut f);
            }
            from = c.at + 1;
        }
        // The last three positions cannot start a four-byte keyword.
        for i in text.len().saturating_sub(3).max(from)..text.len() {
            let after_word = i > 0 && WORD[usize::from(text[i - 1])];
            self.verify_short(text, i, after_word, &mut f);
        }
    }

    /// The first position at or after `from` (and before the last three bytes) that passes
    /// the gate. The hot loop of the scanner: kept apart so it has the registers to itself.
    #[inline(never)]
    fn next_candidate(&self, text: &[u8], from: usize) -> Option<Candidate> {
        let end = text.len().saturating_sub(3);
        let mut after_word = from > 0 && from <= text.len() && WORD[usize::from(text[from - 1])];
        let mut i = from;
        while i < end {
            let Some(&[a, b, c, d, ..]) = text.get(i..i + 4) else {
                break;
            };
            let w = u32::from_le_bytes([a, b, c, d]);
            let long = bit(&self.gate[..], gate_key(w, after_word));
            let short = bit(&self.pairs[..], pair_key(w, after_word));
            if long | short {
                return Some(Candidate {
                    at: i,
                    after_word,
                    long,
                    short,
                });
            }
            after_word = WORD[usize::from(a)];
            // Keywords start at character boundaries: step over a character's continuation
            // bytes (two thirds of the positions in CJK text).
            i += usize::from(STEP[usize::from(a)]);
        }
        None
    }

    #[inline(never)]
    fn verify_short(
        &self,
        text: &[u8],
        i: usize,
        after_word: bool,
        f: &mut impl FnMut(u32, usize, usize),
    ) {
        let first = usize::from(text[i].to_ascii_lowercase());
        for &id in self.short[first].iter() {
            let k = &self.keywords[id as usize];
            let n = k.bytes.len();
            if !(k.word_start && after_word)
                && text.len() - i >= n
                && text[i..i + n].eq_ignore_ascii_case(&k.bytes)
            {
                f(id, i, i + n);
            }
        }
    }

    #[inline(never)]
    fn verify_long(
        &self,
        text: &[u8],
        i: usize,
        w: u32,
        after_word: bool,
        f: &mut impl FnMut(u32, usize, usize),
    ) {
        let w = lower4(w);
        let mask = self.table.len() - 1;
        let mut slot = gate_hash(w) & mask;
        loop {
            let (key, start, len) = self.table[slot];
            if len == 0 {
                return;
            }
            if key == w {
                for &id in &self.ids[start as usize..(start + len) as usize] {
                    let k = &self.keywords[id as usize];
                    let n = k.bytes.len();
                    // The first four bytes are equal (case-folded) already.
                    if !(k.word_start && after_word)
                        && text.len() - i >= n
                        && text[i + 4..i + n].eq_ignore_ascii_case(&k.bytes[4..])
                    {
                        f(id, i, i + n);
                    }
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    fn unbounded<'a>(ks: &[&'a str]) -> Vec<(&'a str, bool)> {
        ks.iter().map(|k| (*k, false)).collect()
    }

    /// Every match, sorted, as `(start, end, id)`.
    fn ours(ks: &[(&str, bool)], text: &str) -> Vec<(usize, usize, u32)> {
        let mut v = Vec::new();
        KeywordSet::new(ks).for_each_match(text, |id, s, e| v.push((s, e, id)));
        v.sort_unstable();
        v
    }

    /// Aho-Corasick's overlapping matches, minus word-start keywords inside a word.
    fn reference(ks: &[(&str, bool)], text: &str) -> Vec<(usize, usize, u32)> {
        let text = text.as_bytes();
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(ks.iter().map(|k| k.0))
            .unwrap();
        let mut v: Vec<_> = ac
            .find_overlapping_iter(text)
            .filter(|m| {
                !(ks[m.pattern().as_usize()].1
                    && m.start() > 0
                    && text[m.start() - 1].is_ascii_alphanumeric())
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
            .collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn lower4_lowercases_exactly_the_ascii_capitals() {
        for b in 0..=255u8 {
            let w = u32::from_le_bytes([b, b'Z', b, 0xC3]);
            let want =
                u32::from_le_bytes([b.to_ascii_lowercase(), b'z', b.to_ascii_lowercase(), 0xC3]);
            assert_eq!(lower4(w), want, "byte {b:#x}");
        }
    }

    #[test]
    fn finds_overlapping_case_insensitive_matches_of_every_length() {
        let ks = unbounded(&["a", "ab", "abc", "abcd", "bcde", "Ignore", "://", "へ", "@"]);
        let text = "xABCDE ignore IGNORE://ab@へ a";
        assert_eq!(ours(&ks, text), reference(&ks, text));
        assert!(ours(&ks, text).iter().any(|m| m.2 == 5));
    }

    #[test]
    fn word_start_keywords_only_count_at_a_word_start() {
        let ks = [("ai", true), ("pass", true), ("word", false)];
        let text = "email ai AI-x pass bypass password_ai 9ai";
        let got = ours(&ks, text);
        assert_eq!(got, reference(&ks, text));
        let starts: Vec<usize> = got.iter().filter(|m| m.2 == 0).map(|m| m.0).collect();
        assert_eq!(starts, vec![6, 9, 35]);
    }

    #[test]
    fn short_texts_and_tails_are_searched() {
        let ks = [("a", false), ("bc", true), ("xyz", false), ("wxyz", true)];
        for text in [
            "", "a", "bc", "xyz", "wxyz", "zzbc", "zz bc", "zzzxyz", "qqqqa", "q-wxyz",
        ] {
            assert_eq!(ours(&ks, text), reference(&ks, text), "{text}");
        }
    }

    #[test]
    fn agrees_with_aho_corasick_on_keyword_dense_random_text() {
        // Text built from fragments of the keywords themselves, in random case, so the gate
        // sees near-misses, overlaps and prefix collisions, not just clean hits.
        let words = [
            "ignore",
            "ignor",
            "instructions",
            "pass",
            "password",
            "sk-",
            "q~",
            "@",
            "](",
            "eyj",
            "ghp_",
            "-----begin",
            "致",
            "へ",
            "ai",
            "system prompt",
            "aaaa",
            "aaab",
            "`ab",
            "@ab",
        ];
        let mut state = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let ks: Vec<(&str, bool)> = words.iter().map(|w| (*w, next() % 3 == 0)).collect();
        for _ in 0..300 {
            let mut text = String::new();
            while text.len() < 400 {
                let k: Vec<char> = words[(next() % words.len() as u64) as usize]
                    .chars()
                    .collect();
                let cut = (next() as usize) % (k.len() + 1);
                for &c in &k[..cut.max(1)] {
                    text.push(if next() % 2 == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    });
                }
                if next() % 3 == 0 {
                    text.push(
                        [' ', '-', '`', '{', '@', '\0', 'é', 'Z', '9', '語']
                            [(next() % 10) as usize],
                    );
                }
            }
            assert_eq!(ours(&ks, &text), reference(&ks, &text));
        }
    }
}
