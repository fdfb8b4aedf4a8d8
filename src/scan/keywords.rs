//! The keyword prefilter: every occurrence of every rule keyword in a view, ASCII
//! case-insensitively, overlapping ones included (what an Aho-Corasick overlapping search
//! reports, and the tests check it against one).
//!
//! Why not an Aho-Corasick automaton: with ~600 keywords per origin, its NFA walks the text at
//! ~120 MB/s and its DFA takes ~10 ms to build (the engine must start in under 10 ms) and still
//! pays a table walk per byte. Benign text almost never contains a keyword, so the common case
//! to make fast is "no keyword starts here". This is a q-gram gate: one bit test per position
//! on a hash of the next four bytes (a 128 Kbit table, L1/L2-resident) plus one on the next two
//! bytes for keywords shorter than four; only positions that pass are verified against the
//! keywords themselves. Building it takes a fraction of a millisecond.
//!
//! May not: allocate while searching, or report a keyword that is not in the text (every
//! candidate is verified byte for byte).

/// log2 of the number of bits in the four-byte gate.
const GATE_BITS: u32 = 17;
/// Words of the four-byte gate.
const GATE_WORDS: usize = 1 << (GATE_BITS - 6);
/// Words of the two-byte table (one bit per possible byte pair).
const PAIR_WORDS: usize = (1 << 16) / 64;
/// Folds ASCII upper case to lower case in every byte lane. It also folds some punctuation
/// onto other punctuation (`@` onto `` ` ``, `[` onto `{`) and moves non-ASCII bytes; that
/// only makes the gate let more positions through, never fewer, because keywords and text
/// are folded alike and every candidate is verified exactly.
const FOLD4: u32 = 0x2020_2020;

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

#[inline(always)]
fn set(words: &mut [u64], i: usize) {
    words[i >> 6] |= 1 << (i & 63);
}

fn fold4(b: [u8; 4]) -> u32 {
    u32::from_le_bytes(b) | FOLD4
}

fn fold2(b0: u8, b1: u8) -> usize {
    usize::from(u16::from_le_bytes([b0, b1]) | 0x2020)
}

/// A set of keywords compiled for searching.
#[derive(Debug, Clone)]
pub struct KeywordSet {
    /// The keywords, ASCII-lower-cased; a keyword's index is its id.
    keywords: Vec<Box<[u8]>>,
    /// Bit per hash of a folded four-byte prefix of a keyword of four or more bytes.
    gate: Box<[u64]>,
    /// Open-addressing table from a folded four-byte prefix to `(key, start, len)` in `ids`.
    table: Box<[(u32, u32, u32)]>,
    /// Ids of long keywords, grouped by their folded prefix.
    ids: Box<[u32]>,
    /// Bit per folded byte pair that starts a keyword shorter than four bytes (a one-byte
    /// keyword sets every pair it can start).
    pairs: Box<[u64]>,
    /// Short keywords by their lower-cased first byte.
    short: Box<[Box<[u32]>]>,
}

impl KeywordSet {
    /// Compiles `keywords` (non-empty strings; duplicates are kept, each with its own id).
    pub fn new<S: AsRef<str>>(keywords: &[S]) -> KeywordSet {
        let keywords: Vec<Box<[u8]>> = keywords
            .iter()
            .map(|k| {
                k.as_ref()
                    .as_bytes()
                    .to_ascii_lowercase()
                    .into_boxed_slice()
            })
            .collect();
        let mut gate = vec![0u64; GATE_WORDS];
        let mut pairs = vec![0u64; PAIR_WORDS];
        let mut short: Vec<Vec<u32>> = vec![Vec::new(); 256];
        let mut by_prefix: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
        for (id, k) in keywords.iter().enumerate() {
            let id = id as u32;
            match **k {
                [] => {}
                [a, b, c, d, ..] => {
                    let w = fold4([a, b, c, d]);
                    set(&mut gate, gate_hash(w));
                    by_prefix.entry(w).or_default().push(id);
                }
                [a] => {
                    for next in 0..=255u8 {
                        set(&mut pairs, fold2(a, next));
                    }
                    short[usize::from(a)].push(id);
                }
                [a, b, ..] => {
                    set(&mut pairs, fold2(a, b));
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
            gate: gate.into_boxed_slice(),
            table: table.into_boxed_slice(),
            ids: ids.into_boxed_slice(),
            pairs: pairs.into_boxed_slice(),
            short: short.into_iter().map(Vec::into_boxed_slice).collect(),
        }
    }

    /// Number of keywords.
    pub fn len(&self) -> usize {
        self.keywords.len()
    }

    /// Whether there are no keywords.
    pub fn is_empty(&self) -> bool {
        self.keywords.is_empty()
    }

    /// Calls `f(id, start, end)` for every occurrence of every keyword in `text`, in order of
    /// `start` (occurrences with the same start in no particular order).
    #[inline]
    pub fn for_each_match(&self, text: &[u8], mut f: impl FnMut(u32, usize, usize)) {
        for (i, w) in text.windows(4).enumerate() {
            let w = fold4([w[0], w[1], w[2], w[3]]);
            let long = bit(&self.gate, gate_hash(w));
            let short = bit(&self.pairs, (w & 0xffff) as usize);
            if long | short {
                if short {
                    self.verify_short(text, i, &mut f);
                }
                if long {
                    self.verify_long(text, i, w, &mut f);
                }
            }
        }
        // The last three positions cannot start a four-byte keyword.
        for i in text.len().saturating_sub(3)..text.len() {
            self.verify_short(text, i, &mut f);
        }
    }

    #[inline(never)]
    fn verify_short(&self, text: &[u8], i: usize, f: &mut impl FnMut(u32, usize, usize)) {
        let first = usize::from(text[i].to_ascii_lowercase());
        for &id in self.short[first].iter() {
            let k = &self.keywords[id as usize];
            if text[i..].len() >= k.len() && text[i..i + k.len()].eq_ignore_ascii_case(k) {
                f(id, i, i + k.len());
            }
        }
    }

    #[inline(never)]
    fn verify_long(&self, text: &[u8], i: usize, w: u32, f: &mut impl FnMut(u32, usize, usize)) {
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
                    if text[i..].len() >= k.len() && text[i..i + k.len()].eq_ignore_ascii_case(k) {
                        f(id, i, i + k.len());
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

    /// Every match, sorted, as `(start, end, id)`.
    fn ours(ks: &[&str], text: &[u8]) -> Vec<(usize, usize, u32)> {
        let mut v = Vec::new();
        KeywordSet::new(ks).for_each_match(text, |id, s, e| v.push((s, e, id)));
        v.sort_unstable();
        v
    }

    fn reference(ks: &[&str], text: &[u8]) -> Vec<(usize, usize, u32)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(ks)
            .unwrap();
        let mut v: Vec<_> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
            .collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn finds_overlapping_case_insensitive_matches_of_every_length() {
        let ks = ["a", "ab", "abc", "abcd", "bcde", "Ignore", "://", "へ", "@"];
        let text = "xABCDE ignore IGNORE://ab@へ a".as_bytes();
        assert_eq!(ours(&ks, text), reference(&ks, text));
        assert!(ours(&ks, text).iter().any(|m| m.2 == 5));
    }

    #[test]
    fn short_texts_and_tails_are_searched() {
        let ks = ["a", "bc", "xyz", "wxyz"];
        for text in ["", "a", "bc", "xyz", "wxyz", "zzbc", "zzzxyz", "qqqqa"] {
            assert_eq!(
                ours(&ks, text.as_bytes()),
                reference(&ks, text.as_bytes()),
                "{text}"
            );
        }
    }

    #[test]
    fn agrees_with_aho_corasick_on_keyword_dense_random_text() {
        // Text built from fragments of the keywords themselves, in random case, so the gate
        // sees near-misses, overlaps and prefix collisions, not just clean hits.
        let ks = [
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
        ];
        let mut state = 0x1234_5678_9abc_def0u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..200 {
            let mut text = Vec::new();
            while text.len() < 400 {
                let k = ks[(next() % ks.len() as u64) as usize].as_bytes();
                let cut = (next() as usize) % (k.len() + 1);
                for &b in &k[..cut.max(1)] {
                    text.push(if next() % 2 == 0 {
                        b.to_ascii_uppercase()
                    } else {
                        b
                    });
                }
                if next() % 3 == 0 {
                    text.push(b" -`{@\x00\xff"[(next() % 7) as usize]);
                }
            }
            assert_eq!(ours(&ks, &text), reference(&ks, &text));
        }
    }
}
