//! The keyword prefilter: every occurrence of every rule keyword in a view, ASCII
//! case-insensitively, overlapping ones included (what an Aho-Corasick overlapping search
//! reports; the tests check it against one).
//!
//! Why not an Aho-Corasick automaton: with ~800 keywords per origin, its NFA walks the text at
//! ~120 MB/s and its DFA takes ~10 ms to build (the engine must start in under 10 ms) and still
//! pays a dependent table walk per byte. Benign text rarely has a keyword at a given position,
//! so the common case to make fast is "no keyword starts here".
//!
//! The filter is a bucketed shift-or in the manner of Hyperscan's FDR. Keywords are split into
//! eight buckets (short ones apart from long ones, long ones grouped by their first two bytes).
//! Each byte pair of the text is reduced to a 12-bit code (six bits per byte, ASCII case
//! dropped); one table maps a code to a 64-bit word that says, for each of the eight offsets a
//! keyword's first nine bytes span and each bucket, whether no keyword of that bucket has that
//! code at that offset. Shifting a running state by one byte lane per text position and OR-ing
//! in the table word leaves, eight positions later, the buckets none of whose keywords was
//! ruled out at any offset. Per byte that is one table load, a shift and an OR, with no
//! dependency between the loads; about one position in twenty survives on benign text.
//!
//! Survivors are verified exactly: one probe of a table keyed by the exact lower-cased first
//! four bytes (long keywords) or a scan of the short keywords with that first byte, then a
//! comparison of the rest and the word-bound checks. Building takes a fraction of a
//! millisecond.
//!
//! May not: allocate while searching, or report a keyword that is not in the text.

/// Offsets (byte pairs) of a keyword the shift-or filter checks: one byte lane each.
const SPAN: usize = 8;
/// Buckets of the filter: one bit per bucket in each byte lane.
const BUCKETS: usize = 8;
/// Buckets for keywords shorter than four bytes (the rest hold the long ones). Short keywords
/// constrain few offsets, so their buckets pass more often; apart, they do not drag the long
/// buckets down with them.
const SHORT_BUCKETS: usize = 2;
/// Bit `b` set: bucket `b` holds short keywords.
const SHORT_MASK: u8 = (1 << SHORT_BUCKETS) - 1;
/// Distinct byte-pair codes: six bits per byte.
const CODES: usize = 1 << 12;
/// log2 of the slots the prefix hash spreads over before masking to the table size.
const HASH_BITS: u32 = 18;

/// Six bits of a byte for the filter: the low five bits and bit 6, so ASCII upper and lower
/// case (which differ in bit 5 only) share a code. Other bytes may collide; that only lets a
/// position through to exact verification.
#[inline(always)]
fn code(b: u8) -> usize {
    usize::from((b & 0x1f) | ((b >> 1) & 0x20))
}

/// The code of the byte pair `(a, b)`.
#[inline(always)]
fn pair_code(a: usize, b: usize) -> usize {
    a << 6 | b
}

/// The multiplier of the prefix hash (a golden-ratio constant: odd, bits well spread).
const HASH_MUL: u32 = 0x9E37_79B1;

/// Hashes a lower-cased four-byte prefix (multiplicative hashing: the top bits of the product
/// depend on every input byte).
#[inline(always)]
fn prefix_hash(w: u32) -> usize {
    (w.wrapping_mul(HASH_MUL) >> (32 - HASH_BITS)) as usize
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

/// One keyword as searched: lower-cased bytes and whether it only counts at a word start and
/// at a word end (written `\\bai`, `pass\\b` in a pack).
#[derive(Debug, Clone)]
struct Keyword {
    bytes: Box<[u8]>,
    word_start: bool,
    word_end: bool,
}

impl Keyword {
    /// Whether this keyword, already equal to the text at `i`, counts there: its word bounds
    /// hold (`after_word`: the byte before `i` is an ASCII letter or digit).
    #[inline]
    fn bounded_at(&self, text: &[u8], i: usize, after_word: bool) -> bool {
        let before_word = self.word_end
            && text
                .get(i + self.bytes.len())
                .is_some_and(u8::is_ascii_alphanumeric);
        !(self.word_start && after_word || before_word)
    }
}

/// Builds the shift-or table. Short keywords fill the first [`SHORT_BUCKETS`] buckets and long
/// ones the rest, in order of their first byte pair, so a bucket's keywords share codes at
/// their first offsets and rule out more of the rest.
fn build_filter(keywords: &[Keyword]) -> Box<[u64; CODES]> {
    let mut order: Vec<&Keyword> = keywords.iter().filter(|k| !k.bytes.is_empty()).collect();
    order.sort_by(|a, b| (a.bytes.len() >= 4, &a.bytes).cmp(&(b.bytes.len() >= 4, &b.bytes)));
    let n_short = order.iter().take_while(|k| k.bytes.len() < 4).count();
    let (short, long) = order.split_at(n_short);
    let mut filter = Box::new([u64::MAX; CODES]);
    // Bits (offset lane, bucket) that some keyword leaves unconstrained because it ends
    // before that offset: cleared in every word at once at the end.
    let mut open = 0u64;
    let groups = [
        (short, 0, SHORT_BUCKETS),
        (long, SHORT_BUCKETS, BUCKETS - SHORT_BUCKETS),
    ];
    for (list, first, count) in groups {
        for (i, k) in list.iter().enumerate() {
            let bucket = first + i * count / list.len();
            open |= allow(&mut filter, &k.bytes, bucket);
        }
    }
    filter.iter_mut().for_each(|w| *w &= !open);
    filter
}

/// Clears, for every offset of `k`, the "ruled out" bit of `bucket` at the codes `k` can have
/// there: its own byte pair, or any pair starting with its last byte. Returns the bits of
/// the offsets past its end, where any pair at all is possible.
fn allow(filter: &mut [u64; CODES], k: &[u8], bucket: usize) -> u64 {
    let mut open = 0;
    for j in 0..SPAN {
        let bit = 1u64 << (8 * (SPAN - 1 - j) + bucket);
        match (k.get(j), k.get(j + 1)) {
            (Some(&a), Some(&b)) => filter[pair_code(code(a), code(b))] &= !bit,
            (Some(&a), None) => {
                for c in 0..64 {
                    filter[pair_code(code(a), c)] &= !bit;
                }
            }
            _ => open |= bit,
        }
    }
    open
}

/// A set of keywords compiled for searching.
#[derive(Debug, Clone)]
pub struct KeywordSet {
    /// The keywords; a keyword's index is its id.
    keywords: Vec<Keyword>,
    /// The shift-or table: for a byte-pair code, bit `8 * lane + bucket` is set when no
    /// keyword of `bucket` has that code at offset `SPAN - 1 - lane`.
    filter: Box<[u64; CODES]>,
    /// Open-addressing table from the exact lower-cased first four bytes to `(key, start,
    /// len)` in `ids`; `len == 0` marks an empty slot.
    table: Box<[(u32, u32, u32)]>,
    /// Ids of long keywords, grouped by their first four bytes.
    ids: Box<[u32]>,
    /// Short keywords by their lower-cased first byte.
    short: Box<[Box<[u32]>]>,
}

impl KeywordSet {
    /// Compiles `keywords` as `(literal, (counts only at a word start, only at a word end))`
    /// pairs; literals are non-empty, and duplicates keep their own ids.
    pub fn new<S: AsRef<str>>(keywords: &[(S, (bool, bool))]) -> KeywordSet {
        let keywords: Vec<Keyword> = keywords
            .iter()
            .map(|(k, (word_start, word_end))| Keyword {
                bytes: k
                    .as_ref()
                    .as_bytes()
                    .to_ascii_lowercase()
                    .into_boxed_slice(),
                word_start: *word_start,
                word_end: *word_end,
            })
            .collect();
        let mut short: Vec<Vec<u32>> = vec![Vec::new(); 256];
        let mut by_prefix: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
        for (id, k) in keywords.iter().enumerate() {
            let id = id as u32;
            match *k.bytes {
                [] => {}
                [a, b, c, d, ..] => by_prefix
                    .entry(u32::from_le_bytes([a, b, c, d]))
                    .or_default()
                    .push(id),
                [a, ..] => short[usize::from(a)].push(id),
            }
        }
        // Load factor ≤ 1/2 keeps probe sequences short.
        let cap = (by_prefix.len() * 2).max(2).next_power_of_two();
        let mut table = vec![(0u32, 0u32, 0u32); cap];
        let mut ids = Vec::new();
        for (w, list) in by_prefix {
            let mut slot = prefix_hash(w) & (cap - 1);
            while table[slot].2 != 0 {
                slot = (slot + 1) & (cap - 1);
            }
            table[slot] = (w, ids.len() as u32, list.len() as u32);
            ids.extend(list);
        }
        KeywordSet {
            filter: build_filter(&keywords),
            keywords,
            table: table.into_boxed_slice(),
            ids: ids.into_boxed_slice(),
            short: short.into_iter().map(Vec::into_boxed_slice).collect(),
        }
    }

    /// Calls `f(id, start, end)` for every occurrence of every keyword in `text` (word-bounded
    /// keywords only where the byte before, or after, is not an ASCII letter or digit), in
    /// order of `start` (occurrences with the same start in no particular order).
    #[inline]
    pub fn for_each_match(&self, text: &str, mut f: impl FnMut(u32, usize, usize)) {
        let text = text.as_bytes();
        let mut state = u64::MAX;
        let mut from = 1;
        while let Some((start, buckets)) = self.next_candidate(text, &mut from, &mut state) {
            self.verify(text, start, buckets, &mut f);
        }
        // The last byte has no pair: offsets from there on constrain nothing, so shifting in
        // nothing completes the last `SPAN` starts (pair `len - 1 + k` completes start
        // `len - SPAN + k`).
        for k in 0..SPAN {
            state >>= 8;
            let buckets = !state as u8;
            match (text.len() + k).checked_sub(SPAN) {
                Some(start) if buckets != 0 => self.verify(text, start, buckets, &mut f),
                _ => {}
            }
        }
    }

    /// Runs the shift-or filter from byte pair `*from - 1` on and returns the next start that
    /// passes, with its buckets. `*from` and `state` carry the scan across calls.
    ///
    /// The hot loop of the scanner, kept apart so it has the registers to itself: per byte, one
    /// table load, a shift, an OR and a rarely taken branch.
    #[inline(never)]
    fn next_candidate(
        &self,
        text: &[u8],
        from: &mut usize,
        state: &mut u64,
    ) -> Option<(usize, u8)> {
        let mut s = *state;
        let mut p = *from;
        let mut prev = code(*text.get(p.wrapping_sub(1))?);
        while let Some(&b) = text.get(p) {
            let cur = code(b);
            s = s >> 8 | self.filter[pair_code(prev, cur)];
            prev = cur;
            p += 1;
            // Lane 0 now holds the start whose last offset was pair `p - 2`.
            if !s as u8 != 0 {
                *state = s;
                *from = p;
                return Some((p - 1 - SPAN, !s as u8));
            }
        }
        *state = s;
        *from = p;
        None
    }

    /// Verifies one start that passed the filter for `buckets`.
    #[inline]
    fn verify(&self, text: &[u8], at: usize, buckets: u8, f: &mut impl FnMut(u32, usize, usize)) {
        // Keywords start at character boundaries, never at a continuation byte.
        if text.get(at).is_none_or(|b| b & 0xC0 == 0x80) {
            return;
        }
        let after_word = at > 0 && text[at - 1].is_ascii_alphanumeric();
        if buckets & SHORT_MASK != 0 {
            self.verify_short(text, at, after_word, f);
        }
        if let (true, Some(&[a, b, c, d])) = (buckets & !SHORT_MASK != 0, text.get(at..at + 4)) {
            self.verify_long(text, at, u32::from_le_bytes([a, b, c, d]), after_word, f);
        }
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
            if text.len() - i >= n
                && text[i..i + n].eq_ignore_ascii_case(&k.bytes)
                && k.bounded_at(text, i, after_word)
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
        let mut slot = prefix_hash(w) & mask;
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
                    if text.len() - i >= n
                        && text[i + 4..i + n].eq_ignore_ascii_case(&k.bytes[4..])
                        && k.bounded_at(text, i, after_word)
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

    /// Keywords as `(literal, (word start, word end))`.
    type Bounded<'a> = (&'a str, (bool, bool));

    fn unbounded<'a>(ks: &[&'a str]) -> Vec<Bounded<'a>> {
        ks.iter().map(|k| (*k, (false, false))).collect()
    }

    /// Every match, sorted, as `(start, end, id)`.
    fn ours(ks: &[Bounded<'_>], text: &str) -> Vec<(usize, usize, u32)> {
        let mut v = Vec::new();
        KeywordSet::new(ks).for_each_match(text, |id, s, e| v.push((s, e, id)));
        v.sort_unstable();
        v
    }

    /// Aho-Corasick's overlapping matches, minus word-bounded keywords inside a word.
    fn reference(ks: &[Bounded<'_>], text: &str) -> Vec<(usize, usize, u32)> {
        let text = text.as_bytes();
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(ks.iter().map(|k| k.0))
            .unwrap();
        let mut v: Vec<_> = ac
            .find_overlapping_iter(text)
            .filter(|m| {
                let (start, end) = ks[m.pattern().as_usize()].1;
                let inside_before =
                    start && m.start() > 0 && text[m.start() - 1].is_ascii_alphanumeric();
                let inside_after = end && text.get(m.end()).is_some_and(u8::is_ascii_alphanumeric);
                !(inside_before || inside_after)
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
        let ks = [
            ("ai", (true, false)),
            ("pass", (true, false)),
            ("word", (false, false)),
        ];
        let text = "email ai AI-x pass bypass password_ai 9ai";
        let got = ours(&ks, text);
        assert_eq!(got, reference(&ks, text));
        let starts: Vec<usize> = got.iter().filter(|m| m.2 == 0).map(|m| m.0).collect();
        assert_eq!(starts, vec![6, 9, 35]);
    }

    #[test]
    fn word_end_keywords_only_count_at_a_word_end() {
        let ks = [("pass", (false, true)), ("qx", (true, true))];
        let text = "pass passed bypass pass_ qx qxa aqx qx";
        let got = ours(&ks, text);
        assert_eq!(got, reference(&ks, text));
        let ends: Vec<(usize, u32)> = got.iter().map(|m| (m.0, m.2)).collect();
        assert_eq!(ends, vec![(0, 0), (14, 0), (19, 0), (25, 1), (36, 1)]);
    }

    #[test]
    fn short_texts_and_tails_are_searched() {
        let ks = [
            ("a", (false, false)),
            ("bc", (true, false)),
            ("xyz", (false, true)),
            ("wxyz", (true, true)),
        ];
        for text in [
            "", "a", "bc", "xyz", "wxyz", "zzbc", "zz bc", "zzzxyz", "qqqqa", "q-wxyz",
        ] {
            assert_eq!(ours(&ks, text), reference(&ks, text), "{text}");
        }
    }

    #[test]
    fn agrees_with_aho_corasick_on_keyword_dense_random_text() {
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
        check_random_texts(&words, 0x1234_5678_9abc_def0, 300, 400);
    }

    #[test]
    fn agrees_with_aho_corasick_with_hundreds_of_keywords_of_every_length() {
        // Enough keywords to fill every bucket of the filter many times over, from one byte
        // to well past the span the filter checks, some non-ASCII; texts of every length
        // from empty up, so the completion of the last starts is exercised too.
        let syllables = [
            "ig", "no", "re", "_", "-", "@", "sk", "é", "語", "q", "ai", " ", "/",
        ];
        let mut state = 0x0dd_ba11_cafe_f00du64;
        let words: Vec<String> = (0..600)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let n = 1 + (state % 9) as usize;
                (0..n)
                    .map(|i| syllables[((state >> (6 * i)) % syllables.len() as u64) as usize])
                    .collect()
            })
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        check_random_texts(&words, 0xfeed_beef_1234_5678, 400, 120);
    }

    /// Texts built from fragments of `words` in random case, so the filter sees near-misses,
    /// overlaps and prefix collisions, not just clean hits; each compared with Aho-Corasick.
    fn check_random_texts(words: &[&str], seed: u64, rounds: usize, max_len: usize) {
        let mut state = seed;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let ks: Vec<Bounded<'_>> = words
            .iter()
            .map(|w| (*w, (next() % 3 == 0, next() % 4 == 0)))
            .collect();
        for _ in 0..rounds {
            let len = (next() as usize) % (max_len + 1);
            let mut text = String::new();
            while text.len() < len {
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
            assert_eq!(ours(&ks, &text), reference(&ks, &text), "{text:?}");
        }
    }
}
