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
//! eight buckets (short ones apart from long ones, long ones that count only at a word start
//! apart from the rest, each grouped by their first two bytes). The filter sees a keyword as
//! the byte before it and its first eight bytes: for a keyword that counts only at a word
//! start, that byte may not be an ASCII letter, which rules out most starts inside words (the
//! text is read with a virtual space before it). Each byte pair of the text is reduced to a
//! 12-bit code (six bits per byte, ASCII case dropped); one table maps a code to a 64-bit word
//! that says, for each of the eight offsets those nine bytes span and each bucket, whether no
//! keyword of that bucket has that code at that offset. OR-ing together the words of eight consecutive pairs, each shifted by
//! its distance, leaves per start the buckets none of whose keywords was ruled out at any
//! offset. The text is taken in blocks of eight bytes: the codes of a block come from one
//! 64-bit load, and per byte there remain one table load and two shifts and ORs, with no
//! dependency between the loads and one branch per block (whether any start of the block
//! survives). On x86_64 the pair codes of 16 bytes are made with SSE2 and a block's eight
//! shifted words are OR-ed in one 128-bit register, which leaves per byte a code load, a
//! table load, a byte shift and an OR; the last 1–16 bytes take the same step from a
//! zero-padded copy (the portable loop serves other targets, and the tests).
//! On the benchmark texts one start in 10 (prose) to 20 (code) survives.
//!
//! Survivors come in no pattern a branch predictor can learn, so the search does not branch
//! on them one by one. The filter loop writes each block's word to a small array and counts
//! it only if a start survived ([`Passed`]); every 32 such blocks, their survivors are tested,
//! again without a branch on the outcome, against their first bytes: a bit per two-byte
//! start of a short keyword, and a bit per 16-bit hash of the first four bytes of a long one
//! ([`KeywordSet::may_start`]). On prose that keeps one survivor in three. Only those are
//! verified exactly: for long keywords one probe of a table keyed by the first four bytes
//! with bit 5 set (ASCII lower case in one OR), for short ones the list of short keywords
//! with that first byte. (Branching per survivor cost a mispredicted branch for most of them,
//! about a third of the time spent on prose.) Each candidate
//! keyword is first tested by its compact [`Head`] (its first eight bytes compared with one
//! XOR and a mask that ignores the case bit of letters, its length, its word start), then
//! compared in full with the word-bound checks. Building takes a fraction of a millisecond.
//!
//! May not: allocate while searching, or report a keyword that is not in the text.

#[cfg(any(test, not(target_arch = "x86_64")))]
use crate::normalize::stats::LANES;
use std::mem::MaybeUninit;
use std::ops::Range;

/// Offsets (byte pairs) of a keyword the shift-or filter checks: one byte lane each.
const SPAN: usize = 8;
/// Buckets of the filter: one bit per bucket in each byte lane.
const BUCKETS: usize = 8;
/// Buckets for keywords shorter than four bytes (the rest hold the long ones). Short keywords
/// constrain few offsets, so their buckets pass more often; apart, they do not drag the long
/// buckets down with them.
const SHORT_BUCKETS: usize = 2;
/// Buckets for long keywords that count only at a word start: the byte before them may not be
/// a letter (see [`classes`]), which rules out most starts inside words. (One bucket for the
/// ~240 of ~1,150 embedded; two were worse.)
const WS_BUCKETS: usize = 1;
/// Bit `b` set: bucket `b` holds short keywords.
const SHORT_MASK: u8 = (1 << SHORT_BUCKETS) - 1;
/// Length of the filter table: a byte-pair code is `first | second << 8` with six-bit codes,
/// so the largest is `0x3F3F`. Codes with bit 6 or 7 set never occur; their entries are never
/// read, so the table touches the cache lines of 4096 codes (32 KiB) only.
const FILTER_LEN: usize = 0x3F3F + 1;

/// Six bits of a byte for the filter: the low five bits and bit 6, so ASCII upper and lower
/// case (which differ in bit 5 only) share a code. Other bytes may collide; that only lets a
/// position through to exact verification.
#[inline(always)]
fn code(b: u8) -> usize {
    usize::from((b & 0x1f) | ((b >> 1) & 0x20))
}

/// [`code`] of each byte lane of `w` at once.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline(always)]
fn codes(w: u64) -> u64 {
    (w & (LANES * 0x1f)) | ((w >> 1) & (LANES * 0x20))
}

/// The code of the byte pair `(a, b)`: the two codes as the low and high byte of a `u16`, so
/// eight lanes of [`codes`] yield seven pair codes by shifting alone.
#[inline(always)]
fn pair_code(a: usize, b: usize) -> usize {
    a | b << 8
}

/// Blocks [`Passed`] holds before they are verified: few enough that the starts they may
/// hold fit a small array on the stack, enough that verifying them is one short loop.
const PASSED: usize = 32;
/// Flags of a start in [`KeywordSet::verify_passed`]: a short keyword may start there.
const SHORT_START: usize = 1;
/// A long keyword may start there.
const LONG_START: usize = 2;

/// Filter words of blocks with a start that passed, gathered so that the filter loop does
/// not branch on whether one did (one start in 10 to 20 does, in no learnable pattern).
/// Held by value in the search loop, so its count stays in a register. Left uninitialized
/// until written: a search of a short text (a path, a word) would otherwise spend more on
/// clearing it than on the text.
struct Passed {
    /// `(base, word)` per block; the first `n` are written.
    blocks: [MaybeUninit<(usize, u64)>; PASSED],
    n: usize,
}

impl Passed {
    fn new() -> Passed {
        Passed {
            blocks: [const { MaybeUninit::uninit() }; PASSED],
            n: 0,
        }
    }

    /// Adds the block of starts `base - 7..=base` with filter word `word`; a word that rules
    /// out every start is written but not kept. The caller keeps room (see [`Self::full`]).
    #[inline(always)]
    fn push(&mut self, base: usize, word: u64) {
        // `n < PASSED` here; the mask says so without a branch.
        self.blocks[self.n % PASSED].write((base, word));
        self.n += usize::from(word != u64::MAX);
    }

    /// Whether three more blocks (a step's two, and the one after the last step) might not
    /// fit.
    #[inline(always)]
    fn full(&self) -> bool {
        self.n + 3 > PASSED
    }

    /// The blocks gathered.
    #[inline(always)]
    fn blocks(&self) -> impl Iterator<Item = (usize, u64)> + '_ {
        // SAFETY: `push` writes the entry at `n` before it counts it, so the first `n`
        // entries are written.
        self.blocks[..self.n]
            .iter()
            .map(|b| unsafe { b.assume_init() })
    }
}

/// Room for the starts of [`Passed`] blocks that may begin a keyword, with their
/// [`SHORT_START`] and [`LONG_START`] flags in the low bits: made once per search, and
/// like [`Passed`] left uninitialized until written.
type Starts = [MaybeUninit<usize>; 8 * PASSED];

/// The four bytes of `text` from `i`, zero-padded past its end.
#[inline(always)]
fn window4(text: &[u8], i: usize) -> [u8; 4] {
    match text.get(i..i + 4).and_then(|w| w.first_chunk()) {
        Some(&w) => w,
        None => window4_at_end(text, i),
    }
}

/// [`window4`] within four bytes of the end (a few starts per text): byte by byte, which
/// for at most three bytes is cheaper than a call to `memcpy`.
#[cold]
#[inline(never)]
fn window4_at_end(text: &[u8], i: usize) -> [u8; 4] {
    std::array::from_fn(|k| text.get(i.wrapping_add(k)).copied().unwrap_or(0))
}

/// The multiplier of the prefix hash (a golden-ratio constant: odd, bits well spread).
const HASH_MUL: u32 = 0x9E37_79B1;

/// Hashes a lower-cased four-byte prefix to a slot of a table of `1 << (32 - shift)` slots.
/// Multiplicative hashing: only the top bits of the product depend on every input byte, so
/// the slot is taken from the top. (Lower bits depend on the first bytes alone: keywords
/// sharing three bytes, `limit` and `limits`, would crowd into one probe sequence.)
#[inline(always)]
fn prefix_hash(w: u32, shift: u32) -> usize {
    (w.wrapping_mul(HASH_MUL) >> shift) as usize
}

/// A byte as the keyword tables are keyed: ASCII lower case, and every whitespace byte a
/// space (a space in a keyword's bytes stands for any whitespace; see [`eq_keyword`]).
const FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if is_space(c) {
            b' '
        } else {
            c.to_ascii_lowercase()
        };
        b += 1;
    }
    t
};

/// The key of the prefix table for four text bytes: each with bit 5 set, which makes ASCII
/// capitals lower case in one OR. It merges a few other bytes too (`@` and backquote, tab and
/// `)`); a start whose key is a keyword's but whose bytes are not only costs a comparison
/// with the keyword's [`Head`], which is exact.
#[inline(always)]
fn key4(w: [u8; 4]) -> u32 {
    u32::from_le_bytes(w) | 0x2020_2020
}

/// The [`key4`]s text starting with the (lower-cased) keyword bytes `prefix` can have: a
/// space stands for any whitespace byte, so a prefix with one has a key per whitespace byte.
fn keyword_keys(prefix: [u8; 4]) -> impl Iterator<Item = u32> {
    let spaces = prefix.iter().filter(|&&b| b == b' ').count() as u32;
    // One key per choice of whitespace byte for each space, the choices as base-6 digits.
    (0..SPACES.len().pow(spaces)).map(move |mut choice| {
        let bytes = prefix.map(|b| {
            if b != b' ' {
                return b;
            }
            let s = SPACES[choice % SPACES.len()];
            choice /= SPACES.len();
            s
        });
        key4(bytes)
    })
}

/// Whether `text` equals the lower-cased keyword bytes `k`: ASCII case-insensitively, a space
/// in `k` matching any whitespace byte (other whitespace in `k`, such as the keyword `\n`,
/// only itself). The specification of [`Keyword::eq_at`], which the search uses.
#[cfg(test)]
fn eq_keyword(text: &[u8], k: &[u8]) -> bool {
    text.len() == k.len()
        && text.iter().zip(k).all(|(&t, &k)| {
            if k == b' ' {
                is_space(t)
            } else {
                t.to_ascii_lowercase() == k
            }
        })
}

/// One keyword as searched: lower-cased bytes and whether it only counts at a word start and
/// at a word end (written `\\bai`, `pass\\b` in a pack).
///
/// A keyword with spaces is a phrase: each space stands for a run of whitespace, so
/// `do anything now` also counts in `do  anything\nnow` (regexes write `\s+` there, and
/// wrapped text and padding put any whitespace between words). The filter searches for the
/// phrase's longest word with the whitespace next to it (`bytes`); the words before and after
/// it are checked around each hit.
#[derive(Debug, Clone)]
struct Keyword {
    /// What the filter and the first comparison look for: the anchor word, with the
    /// whitespace after it (or before it, for a phrase's last word) as one space, which
    /// stands for any whitespace byte. Common short words (`you`, `end`, `put`) so become
    /// long, rarer literals.
    bytes: Box<[u8]>,
    /// Where the anchor word starts in `bytes` (1 after a leading space, else 0).
    word_at: usize,
    /// Length of the anchor word.
    word_len: usize,
    /// Words of a phrase before `bytes`, in order (an empty word: whitespace must come first).
    before: Box<[Box<[u8]>]>,
    /// Words of a phrase after `bytes`, in order (an empty word: whitespace must follow).
    after: Box<[Box<[u8]>]>,
    /// `bytes` as 8-byte chunks `(value, mask)` for [`Keyword::eq_at`]: a text chunk equals
    /// when `(chunk ^ value) & mask == 0`. The mask drops bit 5 of ASCII letters (their case),
    /// and the space and the padding past the end entirely.
    chunks: Box<[(u64, u64)]>,
    /// Where the one space of `bytes` is, if it has one (checked apart: the mask ignores it).
    space: Option<usize>,
    word_start: bool,
    word_end: bool,
}

/// Lower-cased keyword bytes as a chunk `(value, mask)` to compare eight text bytes with
/// (see [`Keyword::chunks`]), placed from byte `at` of the chunk: the mask drops bit 5 of
/// ASCII letters (their case), and a space (checked apart) and the bytes around `bytes`
/// entirely.
fn pattern(bytes: &[u8], at: usize) -> (u64, u64) {
    let (mut value, mut mask) = ([0u8; 8], [0u8; 8]);
    for (j, &b) in bytes.iter().enumerate() {
        value[at + j] = b;
        mask[at + j] = match b {
            b' ' => 0,
            b'a'..=b'z' => !0x20,
            _ => 0xFF,
        };
    }
    (u64::from_le_bytes(value), u64::from_le_bytes(mask))
}

/// The bytes [`is_space`] accepts.
const SPACES: [u8; 6] = [b' ', b'\t', b'\n', 0x0B, 0x0C, b'\r'];

/// Whitespace between the words of a phrase keyword: what the regex class `\s` matches in
/// ASCII.
const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The words of a phrase keyword: split at spaces, a run of spaces counting as one, with an
/// empty first (last) word where the literal starts (ends) with a space.
fn phrase_words(literal: &[u8]) -> Vec<&[u8]> {
    let parts: Vec<&[u8]> = literal.split(|&b| b == b' ').collect();
    let last = parts.len() - 1;
    parts
        .iter()
        .enumerate()
        .filter(|&(i, w)| !w.is_empty() || i == 0 || i == last)
        .map(|(_, w)| *w)
        .collect()
}

impl Keyword {
    /// Parses a lower-cased literal: a phrase is split at its spaces.
    fn new(literal: &[u8], word_start: bool, word_end: bool) -> Keyword {
        let words = phrase_words(literal);
        // The longest word, the first of equals, is the rarest to find in text.
        let anchor = (0..words.len())
            .rev()
            .max_by_key(|&i| words[i].len())
            .unwrap_or(0);
        let boxed = |ws: &[&[u8]]| ws.iter().map(|w| Box::from(*w)).collect();
        let word: &[u8] = words.get(anchor).copied().unwrap_or_default();
        let (bytes, word_at) = if word.is_empty() {
            (Vec::new(), 0)
        } else if anchor + 1 < words.len() {
            ([word, b" "].concat(), 0)
        } else if anchor > 0 {
            ([b" ", word].concat(), 1)
        } else {
            (word.to_vec(), 0)
        };
        let chunks = bytes.chunks(8).map(|chunk| pattern(chunk, 0)).collect();
        Keyword {
            chunks,
            space: bytes.iter().position(|&b| b == b' '),
            bytes: bytes.into_boxed_slice(),
            word_at,
            word_len: word.len(),
            before: boxed(words.get(..anchor).unwrap_or_default()),
            after: boxed(words.get(anchor + 1..).unwrap_or_default()),
            word_start,
            word_end,
        }
    }

    /// Whether the keyword counts only where no ASCII letter or digit comes just before its
    /// `bytes`: word-bounded at the start, with no phrase word before the anchor.
    fn bounded_start(&self) -> bool {
        self.word_start && self.before.is_empty()
    }

    /// Whether `text[i..]` starts with `bytes` (what [`eq_keyword`] decides), eight bytes per
    /// step. The caller checked that the text holds the whole keyword from `i`.
    #[inline]
    fn eq_at(&self, text: &[u8], i: usize) -> bool {
        // Near the end of the text, the bytes past it are masked off anyway.
        self.chunks
            .iter()
            .enumerate()
            .all(|(c, &(value, mask))| (chunk_at(text, i + 8 * c) ^ value) & mask == 0)
            && self.space.is_none_or(|s| is_space(text[i + s]))
    }

    /// The span of this keyword, whose `bytes` already equal the text at `i`, if it counts
    /// there: the rest of a phrase is around it and the word bounds hold (`after_word`: the
    /// byte before `i` is an ASCII letter or digit).
    #[inline]
    fn span_at(&self, text: &[u8], i: usize, after_word: bool) -> Option<(usize, usize)> {
        let mut start = i + self.word_at;
        let mut end = start + self.word_len;
        if self.before.is_empty() && self.after.is_empty() {
            // A single word (the common case): only the bounds. A leading space in `bytes`
            // already separates the word from what is before it.
            let after_word = self.word_at == 0 && after_word;
            let before_word = self.word_end && text.get(end).is_some_and(u8::is_ascii_alphanumeric);
            return (!(self.word_start && after_word || before_word)).then_some((start, end));
        }
        for w in self.before.iter().rev() {
            let word_end = end_before_gap(text, start)?;
            start = word_end.checked_sub(w.len())?;
            if !text[start..word_end].eq_ignore_ascii_case(w) {
                return None;
            }
        }
        for w in self.after.iter() {
            let gap = text[end..].iter().take_while(|&&b| is_space(b)).count();
            if gap == 0 {
                return None;
            }
            let word_start = end + gap;
            end = word_start + w.len();
            if !text.get(word_start..end)?.eq_ignore_ascii_case(w) {
                return None;
            }
        }
        let after_word = if start == i {
            after_word
        } else {
            start > 0 && text[start - 1].is_ascii_alphanumeric()
        };
        let before_word = self.word_end && text.get(end).is_some_and(u8::is_ascii_alphanumeric);
        (!(self.word_start && after_word || before_word)).then_some((start, end))
    }
}

/// The first tests of a long keyword at a start whose first four bytes are its own, made
/// without reading the [`Keyword`]: its first chunk (see [`Keyword::chunks`]), its length,
/// whether it cannot count right after a letter or digit, and the end of the phrase word
/// before its anchor. Phrases share anchors (`not follow`, `never follow`, `stop follow`),
/// and the anchors are ordinary words; the word before settles most of their hits at once.
#[derive(Debug, Clone, Copy)]
struct Head {
    value: u64,
    mask: u64,
    /// The last (up to) eight bytes of the phrase word just before the anchor, as the high
    /// bytes of a chunk, compared like [`Keyword::chunks`]; mask 0 for none (or an empty
    /// word, which only asks for whitespace, left to [`Keyword::span_at`]).
    before_value: u64,
    before_mask: u64,
    len: u32,
    id: u32,
    /// [`Keyword::word_at`]: the anchor word, whose whitespace the word before ends at.
    word_at: u8,
    /// Word-bounded at the start, and nothing of a phrase before the anchor: the byte before
    /// the start must not be an ASCII letter or digit (what [`Keyword::span_at`] requires).
    word_start: bool,
}

impl Head {
    fn of(id: u32, k: &Keyword) -> Head {
        let (value, mask) = k.chunks.first().copied().unwrap_or_default();
        let word: &[u8] = k.before.last().map_or(&[], |w| w);
        let tail = &word[word.len().saturating_sub(8)..];
        let (before_value, before_mask) = pattern(tail, 8 - tail.len());
        Head {
            value,
            mask,
            before_value,
            before_mask,
            len: k.bytes.len() as u32,
            id,
            word_at: k.word_at as u8,
            word_start: k.bounded_start(),
        }
    }

    /// Whether the text around a start rules this keyword out before [`Keyword::eq_at`] and
    /// [`Keyword::span_at`] decide.
    #[inline(always)]
    fn rules_out(&self, at: &mut Around<'_>) -> bool {
        if (at.first ^ self.value) & self.mask != 0
            || self.len as usize > at.text.len() - at.i
            || self.word_start && at.after_word
        {
            return true;
        }
        self.before_mask != 0
            && at
                .before(self.word_at)
                .is_none_or(|w| (w ^ self.before_value) & self.before_mask != 0)
    }
}

/// A start that passed the filter, as the [`Head`]s of the keywords with its first bytes test
/// it. Phrases sharing an anchor (` follow` of `not follow`, `never follow`, …) each ask for
/// the word before it; it is found once.
struct Around<'t> {
    text: &'t [u8],
    i: usize,
    /// [`chunk_at`] the start.
    first: u64,
    /// The byte before the start is an ASCII letter or digit.
    after_word: bool,
    /// [`before_gap`] at `i + word_at`, as `(word_at, result)`, once asked for.
    before: Option<(u8, Option<u64>)>,
}

impl<'t> Around<'t> {
    /// The start `i` of `text`: made once a start is known to begin like some keyword (for
    /// most starts that pass the filter, none), so the bytes around it are read only then.
    #[inline(always)]
    fn new(text: &'t [u8], i: usize) -> Around<'t> {
        Around {
            text,
            i,
            first: chunk_at(text, i),
            after_word: i > 0 && text[i - 1].is_ascii_alphanumeric(),
            before: None,
        }
    }

    /// [`before_gap`] at the anchor word, which starts `word_at` bytes after the start (the
    /// same for every keyword with the start's first byte, so in practice found once).
    #[inline(always)]
    fn before(&mut self, word_at: u8) -> Option<u64> {
        match self.before {
            Some((w, found)) if w == word_at => found,
            _ => {
                let found = before_gap(self.text, self.i + usize::from(word_at));
                self.before = Some((word_at, found));
                found
            }
        }
    }
}

/// Where the whitespace that ends at `at` starts (the end of the word before it), or `None`
/// when `at` has no whitespace before it.
#[inline]
fn end_before_gap(text: &[u8], at: usize) -> Option<usize> {
    let gap = text
        .get(..at)?
        .iter()
        .rev()
        .take_while(|&&b| is_space(b))
        .count();
    (gap > 0).then_some(at - gap)
}

/// The eight bytes just before the whitespace that ends at `at` (zero-padded before the
/// start of the text), or `None` when `at` has no whitespace before it.
#[inline]
fn before_gap(text: &[u8], at: usize) -> Option<u64> {
    let end = end_before_gap(text, at)?;
    if let Some(&full) = end
        .checked_sub(8)
        .and_then(|from| text[from..end].first_chunk())
    {
        // The common case, as one load.
        return Some(u64::from_le_bytes(full));
    }
    let mut w = [0u8; 8];
    w[8 - end..].copy_from_slice(&text[..end]);
    Some(u64::from_le_bytes(w))
}

/// `N` bytes of the text as the filter reads it for the block of start `base`: from
/// `text[base - 1]`, or for `base == 0` the virtual space before the text and then the text
/// (see [`classes`]); zero-padded past the end. The SSE2 search reads its first and last
/// blocks so, the portable one every block.
#[inline]
fn virtual_window<const N: usize>(text: &[u8], base: usize) -> [u8; N] {
    let mut w = [0u8; N];
    let (skip, from) = match base.checked_sub(1) {
        Some(from) => (0, from),
        None => {
            w[0] = b' ';
            (1, 0)
        }
    };
    let src = text.get(from..).unwrap_or_default();
    let n = src.len().min(N - skip);
    w[skip..skip + n].copy_from_slice(&src[..n]);
    w
}

/// The eight bytes of `text` from `i`, zero-padded past its end: a chunk as
/// [`Keyword::eq_at`] and [`Head::rules_out`] compare it.
#[inline(always)]
fn chunk_at(text: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    match text.get(i..i + 8) {
        Some(full) => w.copy_from_slice(full),
        None => {
            let part = text.get(i..).unwrap_or_default();
            w[..part.len()].copy_from_slice(part);
        }
    }
    u64::from_le_bytes(w)
}

/// Builds the shift-or table. A keyword leaves every offset past its end unconstrained for
/// its whole bucket, and a word-start constraint only bites where every keyword of the bucket
/// asks it, so keywords alike in both share buckets:
/// - one- and two-byte keywords, one bucket, and three-byte ones, another ([`SHORT_BUCKETS`]);
/// - long keywords that count only at a word start, [`WS_BUCKETS`];
/// - the other long keywords, the rest.
///
/// Within a group, keywords go in order of length (as far as the filter sees them) and then
/// of bytes, so a bucket's keywords end near the same offset and share codes at their first
/// ones. A group without keywords gives its buckets to the other group of its kind.
fn build_filter(keywords: &[Keyword]) -> Box<[u64; FILTER_LEN]> {
    let mut order: Vec<&Keyword> = keywords.iter().filter(|k| !k.bytes.is_empty()).collect();
    order.sort_by(|a, b| {
        (a.bytes.len().min(SPAN + 1), &a.bytes).cmp(&(b.bytes.len().min(SPAN + 1), &b.bytes))
    });
    let mut groups: [(Vec<&Keyword>, usize); 4] = [
        (Vec::new(), 1),
        (Vec::new(), SHORT_BUCKETS - 1),
        (Vec::new(), WS_BUCKETS),
        (Vec::new(), BUCKETS - SHORT_BUCKETS - WS_BUCKETS),
    ];
    for k in order {
        let group = match k.bytes.len() {
            1 | 2 => 0,
            3 => 1,
            _ if k.bounded_start() => 2,
            _ => 3,
        };
        groups[group].0.push(k);
    }
    for (a, b) in [(0, 1), (2, 3)] {
        if groups[a].0.is_empty() {
            groups[b].1 += std::mem::take(&mut groups[a].1);
        } else if groups[b].0.is_empty() {
            groups[a].1 += std::mem::take(&mut groups[b].1);
        }
    }
    // Built on the heap: 126 KiB is too much for a small thread stack.
    let mut filter: Box<[u64; FILTER_LEN]> = vec![u64::MAX; FILTER_LEN]
        .into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| unreachable!("the vector has FILTER_LEN entries"));
    // Bits (offset lane, bucket) that some keyword leaves unconstrained because it ends
    // before that offset: cleared in every word at once at the end.
    let mut open = 0u64;
    let mut first = 0;
    for (list, count) in &groups {
        for (i, k) in list.iter().enumerate() {
            let bucket = first + i * count / list.len();
            open |= allow(&mut filter, &classes(k), bucket);
        }
        first += count;
    }
    filter.iter_mut().for_each(|w| *w &= !open);
    filter
}

/// Codes of ASCII letters (upper and lower case share them): the codes the byte before a
/// word-bounded keyword start may not have.
const LETTER_CODES: u64 = ((1 << 26) - 1) << 0x21;

/// What the filter asks of the bytes of `k` as it checks them: one set of allowed [`code`]s
/// per byte, after one for the byte before the keyword. That byte is constrained for keywords
/// that count only at a word start (most of those made of ordinary words): it may not be an
/// ASCII letter. Only ASCII letters have letter codes among the bytes that can end a
/// character (continuation bytes have codes below 0x20; lead bytes, which share the letter
/// codes, never come just before a character boundary), so the class is exact for letters;
/// digits share codes with other bytes and are left to the verification.
fn classes(k: &Keyword) -> Vec<u64> {
    let before = if k.bounded_start() {
        !LETTER_CODES
    } else {
        u64::MAX
    };
    std::iter::once(before)
        .chain(k.bytes.iter().map(|&b| code_class(b)))
        .collect()
}

/// The codes a text byte may have where a keyword has the (lower-cased) byte `b`, as a bit
/// set: its own, or for a space, which stands for any whitespace byte, each whitespace code.
fn code_class(b: u8) -> u64 {
    if b == b' ' {
        SPACES.iter().fold(0, |m, &s| m | 1 << code(s))
    } else {
        1 << code(b)
    }
}

/// The codes set in `class`, one step per code (the engine builds a few sets of ~1,150
/// keywords, each with a 64-code class, on start-up).
fn codes_in(mut class: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let c = class.trailing_zeros();
        class &= class.wrapping_sub(1);
        (c < 64).then_some(c as usize)
    })
}

/// Clears, for every offset of a keyword whose bytes (the one before it first) have the
/// code sets `classes`, the "ruled out" bit of `bucket` at the codes it can have there: a
/// pair of its own, or any pair starting with its last byte. Returns the bits of the offsets
/// past its end, where any pair at all is possible.
fn allow(filter: &mut [u64; FILTER_LEN], classes: &[u64], bucket: usize) -> u64 {
    let mut open = 0;
    for j in 0..SPAN {
        let bit = 1u64 << (8 * (SPAN - 1 - j) + bucket);
        match (classes.get(j), classes.get(j + 1)) {
            (Some(&x), Some(&y)) => {
                for a in codes_in(x) {
                    for b in codes_in(y) {
                        filter[pair_code(a, b)] &= !bit;
                    }
                }
            }
            (Some(&x), None) => {
                for a in codes_in(x) {
                    for b in 0..64 {
                        filter[pair_code(a, b)] &= !bit;
                    }
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
    filter: Box<[u64; FILTER_LEN]>,
    /// Open-addressing table from the [`key4`] of the first four bytes to `(key, start,
    /// len)` in `heads`; `len == 0` marks an empty slot.
    table: Box<[(u32, u32, u32)]>,
    /// The [`prefix_hash`] shift for `table`: 32 minus log2 of its length.
    shift: u32,
    /// A bit per 16-bit [`prefix_hash`] of the keys in `table`: a start whose key's bit is
    /// clear begins no long keyword (a set bit may be another key's).
    prefixes: Box<[u64; 1024]>,
    /// Long keywords, grouped by the [`keyword_keys`] of their first four bytes (a keyword
    /// with a space there is in one group per whitespace byte).
    heads: Box<[Head]>,
    /// Heads of the short keywords by their lower-cased first byte: a list each.
    short: Box<[Box<[Head]>]>,
    /// A bit per first two bytes (`first << 8 | second`, so a first byte's bits are four
    /// consecutive words; a zero second byte for a start at the last byte): set when some
    /// short keyword may start with them (any second byte for a one-byte keyword). Most
    /// starts that pass the filter for the short buckets fail this one test.
    short_starts: Box<[u64; 1024]>,
}

impl KeywordSet {
    /// Compiles `keywords` as `(literal, (counts only at a word start, only at a word end))`
    /// pairs; literals are non-empty, and duplicates keep their own ids.
    pub fn new<S: AsRef<str>>(keywords: &[(S, (bool, bool))]) -> KeywordSet {
        let keywords: Vec<Keyword> = keywords
            .iter()
            .map(|(k, (word_start, word_end))| {
                Keyword::new(
                    &k.as_ref().as_bytes().to_ascii_lowercase(),
                    *word_start,
                    *word_end,
                )
            })
            .collect();
        let mut short: Vec<Vec<Head>> = vec![Vec::new(); 256];
        let mut by_prefix: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
        for (id, k) in keywords.iter().enumerate() {
            let id = id as u32;
            match *k.bytes {
                [] => {}
                [a, b, c, d, ..] => {
                    for key in keyword_keys([a, b, c, d]) {
                        by_prefix.entry(key).or_default().push(id);
                    }
                }
                [a, ..] => short[usize::from(FOLD[usize::from(a)])].push(Head::of(id, k)),
            }
        }
        // For the code of a first byte, the codes a second byte may have.
        let mut short_pairs = [0u64; 64];
        for k in &keywords {
            match *k.bytes {
                [a] => codes_in(code_class(a)).for_each(|x| short_pairs[x] = u64::MAX),
                [a, b] | [a, b, _] => {
                    codes_in(code_class(a)).for_each(|x| short_pairs[x] |= code_class(b));
                }
                _ => {}
            }
        }
        // The bytes with each code, as 256-bit sets; a first byte's row of `short_starts` is
        // the union of those of the second-byte codes its code allows.
        let mut with_code = [[0u64; 4]; 64];
        for b in 0..=255u8 {
            with_code[code(b)][usize::from(b) / 64] |= 1 << (b % 64);
        }
        let mut short_starts = Box::new([0u64; 1024]);
        for (a, row) in short_starts.chunks_exact_mut(4).enumerate() {
            for c in codes_in(short_pairs[code(a as u8)]) {
                row.iter_mut().zip(&with_code[c]).for_each(|(r, w)| *r |= w);
            }
        }
        // Load factor ≤ 1/2 keeps probe sequences short.
        let cap = (by_prefix.len() * 2).max(2).next_power_of_two();
        let shift = 32 - cap.trailing_zeros();
        let mut table = vec![(0u32, 0u32, 0u32); cap];
        let mut heads = Vec::new();
        let mut prefixes = Box::new([0u64; 1024]);
        for (w, list) in by_prefix {
            let bit = prefix_hash(w, 16);
            prefixes[bit / 64] |= 1 << (bit % 64);
            let mut slot = prefix_hash(w, shift);
            while table[slot].2 != 0 {
                slot = (slot + 1) & (cap - 1);
            }
            table[slot] = (w, heads.len() as u32, list.len() as u32);
            heads.extend(
                list.into_iter()
                    .map(|id| Head::of(id, &keywords[id as usize])),
            );
        }
        KeywordSet {
            filter: build_filter(&keywords),
            keywords,
            table: table.into_boxed_slice(),
            shift,
            prefixes,
            heads: heads.into_boxed_slice(),
            short: short.into_iter().map(Vec::into_boxed_slice).collect(),
            short_starts,
        }
    }

    /// Calls `f(id, start, end)` for every occurrence of every keyword in `text` (word-bounded
    /// keywords only where the byte before, or after, is not an ASCII letter or digit), in
    /// order of the start of the keyword's longest word (for single words, of `start`;
    /// occurrences with the same order in no particular order).
    #[inline]
    pub fn for_each_match(&self, text: &str, f: impl FnMut(u32, usize, usize)) {
        let text = text.as_bytes();
        if text.is_empty() {
            return;
        }
        #[cfg(target_arch = "x86_64")]
        self.search_sse2(text, f);
        #[cfg(not(target_arch = "x86_64"))]
        self.search_portable(text, f);
    }

    /// [`Self::for_each_match`] sixteen starts per step (see [`sse2`]); `text` is not empty.
    #[cfg(target_arch = "x86_64")]
    #[inline(never)]
    fn search_sse2(&self, text: &[u8], mut f: impl FnMut(u32, usize, usize)) {
        // The filter reads the text with the virtual space before it (see [`classes`]):
        // the block of start `base` begins at `text[base - 1]`. Starts before the text are
        // ruled out; start 0 (lane 7) depends on block 0 alone.
        let mut carry = u64::MAX >> 8;
        let mut base = 0;
        let mut passed = Passed::new();
        let mut starts: Starts = [const { MaybeUninit::uninit() }; 8 * PASSED];
        if text.len() >= 16 {
            let head: [u8; 17] = virtual_window(text, 0);
            carry = self.step_sse2(0, &sse2::PairCodes::at(&head, 0), carry, &mut passed);
            base = 16;
            while base + 16 <= text.len() {
                self.make_room(text, &mut passed, &mut starts, &mut f);
                let pairs = sse2::PairCodes::at(text, base - 1);
                carry = self.step_sse2(base, &pairs, carry, &mut passed);
                base += 16;
            }
        }
        // The last 1 to 16 bytes (with the virtual space, for a short text) from a
        // zero-padded copy, so short texts take the same path as long ones. Padding never
        // rules out a keyword that fits in the text: after a keyword's last byte the table
        // allows any byte, and past it no offset is constrained. Starts past the end are
        // never verified.
        self.make_room(text, &mut passed, &mut starts, &mut f);
        let padded: [u8; 17] = virtual_window(text, base);
        let pairs = sse2::PairCodes::at(&padded, 0);
        carry = self.step_sse2(base, &pairs, carry, &mut passed);
        // What the last block says of the starts after it, with nothing after it to complete.
        passed.push(base + 16, carry);
        self.verify_passed(text, &passed, &mut starts, &mut f);
    }

    /// Filters the two blocks at `base` from their pair codes into `passed`; `carry` is what
    /// the block before said of the first block's starts. Returns what the second block says
    /// of the starts after it.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn step_sse2(
        &self,
        base: usize,
        pairs: &sse2::PairCodes,
        carry: u64,
        passed: &mut Passed,
    ) -> u64 {
        let (lo, hi) = sse2::shift_or(&self.filter, |k| pairs.get(k));
        passed.push(base, lo | carry);
        let (lo2, hi2) = sse2::shift_or(&self.filter, |k| pairs.get(8 + k));
        passed.push(base + 8, lo2 | hi);
        hi2
    }

    /// [`Self::for_each_match`] eight starts per step, without vector instructions; `text` is
    /// not empty.
    #[cfg(any(test, not(target_arch = "x86_64")))]
    fn search_portable(&self, text: &[u8], mut f: impl FnMut(u32, usize, usize)) {
        // The filter reads the text with the virtual space before it, as in
        // `search_sse2`. Starts before the text are ruled out; start 0 (lane 7) depends on
        // block 0 alone.
        let mut carry = u64::MAX >> 8;
        let mut base = 0;
        let mut passed = Passed::new();
        let mut starts: Starts = [const { MaybeUninit::uninit() }; 8 * PASSED];
        while base + 9 <= text.len() + 1 {
            self.make_room(text, &mut passed, &mut starts, &mut f);
            let block: [u8; 9] = virtual_window(text, base);
            let (lo, hi) = self.block(&block);
            passed.push(base, lo | carry);
            carry = hi;
            base += 8;
        }
        // The last, partial block: the pairs that exist, and nothing (no constraint) for
        // offsets past the last byte, which has no pair.
        let rest = text.len() + 1 - base;
        let block: [u8; 9] = virtual_window(text, base);
        let (lo, hi) = self.partial_block(&block[..rest]);
        self.make_room(text, &mut passed, &mut starts, &mut f);
        passed.push(base, lo | carry);
        passed.push(base + 8, hi);
        self.verify_passed(text, &passed, &mut starts, &mut f);
    }

    /// The shift-or filter over the eight byte pairs starting in `block[..8]` (`block[8]`
    /// completes the last pair). Returns the table words OR-ed together, the word of the pair
    /// at `k` shifted up by `k` lanes, as two halves: byte lane `m` of the 128-bit result
    /// belongs to the start `m - 7` relative to the block (the lane of offset `j` in the word
    /// of the pair at `k` is `7 - j`, and that pair is offset `j` of start `k - j`). The low
    /// half completes starts -7..=0; the high half holds what this block says of starts
    /// 1..=8, which the next block completes.
    ///
    /// The hot loop of the scanner: per byte a shift for the pair code, one table load and
    /// two shifts and ORs, with no dependency between the loads and one branch per block.
    #[cfg(any(test, not(target_arch = "x86_64")))]
    #[inline(always)]
    fn block(&self, block: &[u8]) -> (u64, u64) {
        let mut w = [0u8; 8];
        w.copy_from_slice(&block[..8]);
        let c = codes(u64::from_le_bytes(w));
        let last = code(block[8]) as u64;
        let word = |k: u32| -> u64 {
            let pair = if k < 7 {
                (c >> (8 * k)) & 0x3F3F
            } else {
                c >> 56 | last << 8
            };
            self.filter[pair as usize]
        };
        let (mut lo, mut hi) = (word(0), 0u64);
        for k in 1..8 {
            let x = word(k);
            lo |= x << (8 * k);
            hi |= x >> (64 - 8 * k);
        }
        (lo, hi)
    }

    /// [`Self::block`] for the last bytes of a text (fewer than nine): pairs past the end
    /// constrain nothing.
    #[cfg(any(test, not(target_arch = "x86_64")))]
    #[cold]
    fn partial_block(&self, rest: &[u8]) -> (u64, u64) {
        let (mut lo, mut hi) = (0u64, 0u64);
        for (k, pair) in rest.windows(2).enumerate() {
            let x = self.filter[pair_code(code(pair[0]), code(pair[1]))];
            lo |= x << (8 * k);
            hi |= x.checked_shr(64 - 8 * k as u32).unwrap_or(0);
        }
        (lo, hi)
    }

    /// Verifies the gathered blocks and empties `passed` if it is [`Passed::full`]. Inlined,
    /// so `passed` stays in the search loop's registers.
    #[inline(always)]
    fn make_room(
        &self,
        text: &[u8],
        passed: &mut Passed,
        starts: &mut Starts,
        f: &mut impl FnMut(u32, usize, usize),
    ) {
        if passed.full() {
            self.verify_passed(text, passed, starts, f);
            passed.n = 0;
        }
    }

    /// Verifies the starts of gathered [`Passed`] blocks (`starts` is room). First every start that
    /// passed is tested, without a branch on the outcome, against what its first bytes must
    /// be for some keyword of the buckets it passed for to start there (the short keywords'
    /// first two codes, the long ones' [`key4`] in [`Self::prefixes`]); the few that pass
    /// are gathered again, and only those are verified keyword by keyword. Most starts fail
    /// the test, in no pattern a branch predictor could learn: a branch per start would
    /// mispredict about as often as it is taken.
    #[inline(never)]
    fn verify_passed(
        &self,
        text: &[u8],
        passed: &Passed,
        starts: &mut Starts,
        f: &mut impl FnMut(u32, usize, usize),
    ) {
        let mut n = 0;
        for (base, word) in passed.blocks() {
            // Byte lane `m` of `word` belongs to start `base - 7 + m`; a zero bit in it is a
            // bucket none of whose keywords was ruled out there.
            let mut pass = !word;
            while pass != 0 {
                let lane = pass.trailing_zeros() / 8;
                let buckets = (pass >> (8 * lane)) as u8;
                pass &= !(0xFF << (8 * lane));
                // Lanes before the text were ruled out by the first carry.
                let at = (base + lane as usize).wrapping_sub(SPAN - 1);
                let kinds = self.may_start(text, at, buckets);
                // At most eight starts per block: `n < 8 * PASSED`.
                starts[n % (8 * PASSED)].write(at << 2 | kinds);
                n += usize::from(kinds != 0);
            }
        }
        for start in &starts[..n] {
            // SAFETY: the loop above writes the entry at `n` before it counts it, so the
            // first `n` entries are written.
            let start = unsafe { start.assume_init() };
            let at = start >> 2;
            // Keywords start at character boundaries, never at a continuation byte (nor past
            // the end, where a start reads as zeros).
            if text.get(at).is_none_or(|b| b & 0xC0 == 0x80) {
                continue;
            }
            if start & SHORT_START != 0 {
                self.verify_short(text, at, f);
            }
            // A long start has its four bytes in the text (`may_start` asks it).
            if start & LONG_START != 0 {
                self.verify_long(text, at, key4(window4(text, at)), f);
            }
        }
    }

    /// Whether a short keyword ([`SHORT_START`]) or a long one ([`LONG_START`]) may start at
    /// `at`, which passed the filter for `buckets`: computed without branches on the text.
    #[inline(always)]
    fn may_start(&self, text: &[u8], at: usize, buckets: u8) -> usize {
        let w = window4(text, at);
        // `&`, not `&&`: each operand is cheap, and a branch on it would mispredict.
        let pair = usize::from(u16::from_be_bytes([w[0], w[1]]));
        let short =
            (buckets & SHORT_MASK != 0) & (self.short_starts[pair / 64] >> (pair % 64) & 1 == 1);
        let bit = prefix_hash(key4(w), 16);
        let long = (buckets & !SHORT_MASK != 0)
            & (at + 4 <= text.len())
            & (self.prefixes[bit / 64] >> (bit % 64) & 1 == 1);
        (usize::from(short) * SHORT_START) | (usize::from(long) * LONG_START)
    }

    #[inline(never)]
    fn verify_short(&self, text: &[u8], i: usize, f: &mut impl FnMut(u32, usize, usize)) {
        self.check_heads(
            &self.short[usize::from(FOLD[usize::from(text[i])])],
            text,
            i,
            f,
        );
    }

    /// Verifies a start against the long keywords whose first four bytes have the key `w`.
    /// [`Self::may_start`] passed it, so the key is nearly always in the table.
    #[inline(always)]
    fn verify_long(&self, text: &[u8], i: usize, w: u32, f: &mut impl FnMut(u32, usize, usize)) {
        let mask = self.table.len() - 1;
        let mut slot = prefix_hash(w, self.shift);
        loop {
            let (key, start, len) = self.table[slot];
            if len == 0 {
                return;
            }
            if key == w {
                return self.verify_heads(text, i, start as usize..(start + len) as usize, f);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Verifies a start against the long keywords of `heads` (those with its first four
    /// bytes' key).
    #[inline(never)]
    fn verify_heads(
        &self,
        text: &[u8],
        i: usize,
        heads: Range<usize>,
        f: &mut impl FnMut(u32, usize, usize),
    ) {
        self.check_heads(&self.heads[heads], text, i, f);
    }

    /// Reports the keywords of `heads` (those with the first bytes of the start `i`) that
    /// occur at `i`.
    #[inline(always)]
    fn check_heads(
        &self,
        heads: &[Head],
        text: &[u8],
        i: usize,
        f: &mut impl FnMut(u32, usize, usize),
    ) {
        let mut around = Around::new(text, i);
        for h in heads {
            // The first chunk, the word start and the word before settle nearly every start
            // without reading the keyword itself.
            if h.rules_out(&mut around) {
                continue;
            }
            let k = &self.keywords[h.id as usize];
            if k.eq_at(text, i)
                && let Some((start, end)) = k.span_at(text, i, around.after_word)
            {
                f(h.id, start, end);
            }
        }
    }
}

/// The filter's hot loop with SSE2 (part of the x86_64 baseline, so no runtime check): the
/// codes of 16 bytes in a few vector operations, and the OR of the eight shifted table words
/// of a block in one 128-bit register, whose byte shifts span both halves at once. Per byte
/// that leaves a code load, a table load, a shift and an OR.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use super::FILTER_LEN;
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cvtsi128_si64, _mm_loadl_epi64, _mm_loadu_si128, _mm_or_si128,
        _mm_set1_epi8, _mm_slli_si128, _mm_srli_epi16, _mm_storeu_si128, _mm_unpackhi_epi64,
    };

    /// The pair codes of the 16 byte pairs starting at some `base`: even offsets in `even`,
    /// odd ones in `odd`. Kept apart so that each is one 16-byte store whose `u16` lanes are
    /// the pair codes, read back without a load that spans two stores.
    pub(super) struct PairCodes {
        even: [u16; 8],
        odd: [u16; 8],
    }

    impl PairCodes {
        /// The pair codes at `text[base..base + 17]`.
        #[inline(always)]
        pub(super) fn at(text: &[u8], base: usize) -> PairCodes {
            let bytes = &text[base..base + 17];
            let (mut even, mut odd) = ([0u16; 8], [0u16; 8]);
            // SAFETY: SSE2 is part of the x86_64 baseline; `bytes` holds 17 bytes, so both
            // 16-byte loads (from 0 and 1) are in bounds; the stores write 16 bytes into
            // 16-byte arrays.
            unsafe {
                let a = _mm_loadu_si128(bytes.as_ptr().cast());
                let b = _mm_loadu_si128(bytes.as_ptr().add(1).cast());
                // Byte `j` of `codes(a)` is the code of byte `j`; `u16` lane `i` of it is
                // therefore the code of the pair at `2i`, and of `codes(b)` the pair at `2i + 1`.
                _mm_storeu_si128(even.as_mut_ptr().cast(), codes(a));
                _mm_storeu_si128(odd.as_mut_ptr().cast(), codes(b));
            }
            PairCodes { even, odd }
        }

        /// The code of the pair at offset `k` (`< 16`), as a filter index.
        #[inline(always)]
        pub(super) fn get(&self, k: usize) -> usize {
            let c = if k.is_multiple_of(2) {
                self.even[k / 2]
            } else {
                self.odd[k / 2]
            };
            // Codes are at most 0x3F3F; the mask says so to the bounds check.
            usize::from(c) & 0x3F3F
        }
    }

    /// [`super::code`] of 16 bytes: the low five bits, and bit 6 moved to bit 5 (the 16-bit
    /// shift carries a bit of the next byte into bit 7, which the mask drops).
    #[inline(always)]
    fn codes(v: __m128i) -> __m128i {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe {
            _mm_or_si128(
                _mm_and_si128(v, _mm_set1_epi8(0x1f)),
                _mm_and_si128(_mm_srli_epi16::<1>(v), _mm_set1_epi8(0x20)),
            )
        }
    }

    /// [`super::KeywordSet::block`] from the block's pair codes: `pair(k)` is the filter index
    /// of the pair at offset `k` (`< 8`).
    #[inline(always)]
    pub(super) fn shift_or(
        filter: &[u64; FILTER_LEN],
        pair: impl Fn(usize) -> usize,
    ) -> (u64, u64) {
        // SAFETY: SSE2 is part of the x86_64 baseline; each 8-byte load reads one `u64` of
        // the table (the index is bounds-checked by the slice access).
        unsafe {
            let word = |k: usize| _mm_loadl_epi64((&filter[pair(k)] as *const u64).cast());
            let mut acc = word(0);
            acc = _mm_or_si128(acc, _mm_slli_si128::<1>(word(1)));
            acc = _mm_or_si128(acc, _mm_slli_si128::<2>(word(2)));
            acc = _mm_or_si128(acc, _mm_slli_si128::<3>(word(3)));
            acc = _mm_or_si128(acc, _mm_slli_si128::<4>(word(4)));
            acc = _mm_or_si128(acc, _mm_slli_si128::<5>(word(5)));
            acc = _mm_or_si128(acc, _mm_slli_si128::<6>(word(6)));
            acc = _mm_or_si128(acc, _mm_slli_si128::<7>(word(7)));
            (
                _mm_cvtsi128_si64(acc) as u64,
                _mm_cvtsi128_si64(_mm_unpackhi_epi64(acc, acc)) as u64,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Keywords as `(literal, (word start, word end))`.
    type Bounded<'a> = (&'a str, (bool, bool));

    fn unbounded<'a>(ks: &[&'a str]) -> Vec<Bounded<'a>> {
        ks.iter().map(|k| (*k, (false, false))).collect()
    }

    /// Every match, sorted, as `(start, end, id)`.
    fn ours(ks: &[Bounded<'_>], text: &str) -> Vec<(usize, usize, u32)> {
        all_matches(&KeywordSet::new(ks), text)
    }

    /// What `for_each_match` reports, sorted; checked to be what the portable search reports
    /// too, so every test of the search covers both.
    fn all_matches(set: &KeywordSet, text: &str) -> Vec<(usize, usize, u32)> {
        let mut v = Vec::new();
        set.for_each_match(text, |id, s, e| v.push((s, e, id)));
        let mut portable = Vec::new();
        if !text.is_empty() {
            set.search_portable(text.as_bytes(), |id, s, e| portable.push((s, e, id)));
        }
        assert_eq!(v, portable, "the two searches differ on {text:?}");
        v.sort_unstable();
        v
    }

    /// The reference searcher: Aho-Corasick's overlapping matches, minus word-bounded keywords
    /// inside a word; phrase keywords (with spaces) by an anchored regex at every start, with
    /// whitespace runs for spaces.
    struct Reference<'a> {
        ks: &'a [Bounded<'a>],
        words: Vec<&'a str>,
        ac: AhoCorasick,
        /// Per phrase keyword: its id, its regex, whether it starts with a space.
        phrases: Vec<(usize, regex::bytes::Regex, bool)>,
    }

    impl<'a> Reference<'a> {
        fn new(ks: &'a [Bounded<'a>]) -> Reference<'a> {
            let words: Vec<&str> = ks
                .iter()
                .map(|k| if k.0.contains(' ') { "" } else { k.0 })
                .collect();
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&words)
                .unwrap();
            let phrases = ks
                .iter()
                .enumerate()
                .filter(|(_, k)| k.0.contains(' ') && !k.0.bytes().all(|b| b == b' '))
                .map(|(id, k)| {
                    let parts: Vec<String> = phrase_words(k.0.as_bytes())
                        .into_iter()
                        .map(|w| regex::escape(std::str::from_utf8(w).unwrap()))
                        .collect();
                    let re = regex::bytes::Regex::new(&format!(
                        r"\A(?i-u:{})",
                        parts.join(r"[\t\n\x0B\x0C\r ]+")
                    ))
                    .unwrap();
                    (id, re, k.0.starts_with(' '))
                })
                .collect();
            Reference {
                ks,
                words,
                ac,
                phrases,
            }
        }

        fn matches(&self, text: &str) -> Vec<(usize, usize, u32)> {
            let bytes = text.as_bytes();
            let bounded = |id: usize, s: usize, e: usize| {
                let (start, end) = self.ks[id].1;
                let inside_before = start && s > 0 && bytes[s - 1].is_ascii_alphanumeric();
                let inside_after = end && bytes.get(e).is_some_and(u8::is_ascii_alphanumeric);
                !(inside_before || inside_after)
            };
            let mut v: Vec<_> = self
                .ac
                .find_overlapping_iter(bytes)
                .filter(|m| !self.words[m.pattern().as_usize()].is_empty())
                .filter(|m| bounded(m.pattern().as_usize(), m.start(), m.end()))
                .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
                .collect();
            for (id, re, leading) in &self.phrases {
                for s in (0..bytes.len()).filter(|&s| text.is_char_boundary(s)) {
                    // A leading space stands for the whole whitespace run before the phrase.
                    if let Some(m) = re.find(&bytes[s..])
                        && bounded(*id, s, s + m.end())
                        && !(*leading && s > 0 && is_space(bytes[s - 1]))
                    {
                        v.push((s, s + m.end(), *id as u32));
                    }
                }
            }
            v.sort_unstable();
            v
        }
    }

    fn reference(ks: &[Bounded<'_>], text: &str) -> Vec<(usize, usize, u32)> {
        Reference::new(ks).matches(text)
    }

    #[test]
    fn chunked_comparison_agrees_with_the_bytewise_one() {
        let mut rng = Rng::new(0x5eed_c0de_0000_0042);
        let alphabet = [
            b'a', b'Z', b'z', b' ', b'\t', b'\n', b'\r', b'@', b'`', b'[', b'{', b'_', b'-', 0xC3,
            0xE3, b'0', b'A',
        ];
        for _ in 0..20_000 {
            let n = 1 + rng.below(20);
            let mut literal: Vec<u8> = (0..n).map(|_| *rng.pick(&alphabet)).collect();
            literal.retain(|&b| b != b' ' || rng.below(2) == 0);
            let literal: Vec<u8> = String::from_utf8_lossy(&literal).to_lowercase().into();
            let k = Keyword::new(&literal, false, false);
            if k.bytes.is_empty() {
                continue;
            }
            let len = k.bytes.len() + rng.below(12);
            let text: Vec<u8> = (0..len)
                .map(|j| match k.bytes.get(j) {
                    Some(&b) if rng.below(4) != 0 => {
                        if rng.below(2) == 0 {
                            b.to_ascii_uppercase()
                        } else {
                            b
                        }
                    }
                    _ => *rng.pick(&alphabet),
                })
                .collect();
            for i in 0..=len - k.bytes.len() {
                assert_eq!(
                    k.eq_at(&text, i),
                    eq_keyword(&text[i..i + k.bytes.len()], &k.bytes),
                    "{:?} at {i} of {:?}",
                    k.bytes,
                    text
                );
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_sse2_blocks_agree_with_the_scalar_one() {
        let set = KeywordSet::new(&unbounded(&[
            "ignore", "previous", "ai", "\x1b[", "gpt", "sk-",
        ]));
        let mut rng = Rng::new(0x5e2e);
        for round in 0..2000 {
            let text: Vec<u8> = (0..17)
                .map(|_| {
                    if round % 2 == 0 {
                        rng.below(256) as u8
                    } else {
                        let pool = b"iGnOrE pAi\x1b[GPT sk-\t\n";
                        pool[rng.below(pool.len())]
                    }
                })
                .collect();
            let pairs = sse2::PairCodes::at(&text, 0);
            for half in 0..2 {
                let got = sse2::shift_or(&set.filter, |k| pairs.get(8 * half + k));
                assert_eq!(
                    got,
                    set.block(&text[8 * half..8 * half + 9]),
                    "{text:?} {half}"
                );
            }
        }
    }

    #[test]
    fn text_bytes_have_a_key_of_the_keyword_they_match() {
        // Every byte a keyword byte matches (its capital, any whitespace for a space) gives
        // the text one of the keyword's keys.
        for k in 0..=255u8 {
            let k = k.to_ascii_lowercase();
            let keys: Vec<u32> = keyword_keys([b'a', k, b'z', 0xC3]).collect();
            for t in 0..=255u8 {
                let matches = if k == b' ' {
                    is_space(t)
                } else {
                    t.to_ascii_lowercase() == k
                };
                if matches {
                    assert!(keys.contains(&key4([b'A', t, b'Z', 0xC3])), "{k:#x} {t:#x}");
                }
            }
        }
        assert_eq!(keyword_keys(*b" fol").count(), SPACES.len());
        assert_eq!(keyword_keys(*b"a  b").count(), SPACES.len() * SPACES.len());
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
    fn phrase_keywords_take_any_whitespace_between_their_words() {
        let ks = [
            ("do anything now", (true, true)),
            ("bearer ", (false, false)),
            ("system prompt", (false, false)),
        ];
        let text = "DO  anything\n\tnow; undo anything now; bearer\t\tx; Bearer; system prompts";
        let got: Vec<(&str, u32)> = ours(&ks, text)
            .into_iter()
            .map(|(s, e, id)| (&text[s..e], id))
            .collect();
        assert_eq!(
            got,
            [
                ("DO  anything\n\tnow", 0),
                ("bearer\t\t", 1),
                ("system prompt", 2)
            ]
        );
        assert_eq!(ours(&ks, text), reference(&ks, text));
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
            "do anything now",
            "new  rules",
            "rm ",
            " q",
            "aaaa",
            "aaab",
            "`ab",
            "@ab",
        ];
        check_random_texts(&words, 0x1234_5678_9abc_def0, 300, 400);
        // Texts long enough that the blocks whose starts passed are verified in many
        // batches, with nearly every block in a batch.
        check_random_texts(&words, 0x1234_5678_9abc_def1, 20, 6000);
    }

    #[test]
    fn phrases_sharing_an_anchor_agree_with_aho_corasick() {
        // The verification tests the word before a phrase's anchor from the last eight bytes
        // before the whitespace: words of one to over eight bytes, anchors first, in the
        // middle and last, a leading space, and anchors other phrases share.
        let words = [
            "not follow",
            "never follow",
            "n't follow",
            "dont  follow",
            "a follow",
            "extraordinarily follow",
            "unbelievably	follow",
            "follow the rules",
            "please follow these",
            " follow",
            "follow",
            "end of the user",
            "say to the user",
            "ask the user",
            "user",
            "Z9 follow",
        ];
        check_random_texts(&words, 0x5eed_f011_0a11_0001, 600, 200);
    }

    #[test]
    fn agrees_with_aho_corasick_with_hundreds_of_keywords_of_every_length() {
        // Enough keywords to fill every bucket of the filter many times over, from one byte
        // to well past the span the filter checks, some non-ASCII; texts of every length
        // from empty up, so the completion of the last starts is exercised too.
        let syllables = [
            "ig", "no", "re", "_", "-", "@", "sk", "é", "語", "q", "ai", " ", "/",
        ];
        let mut rng = Rng::new(0x0dd_ba11_cafe_f00d);
        let words: Vec<String> = (0..600)
            .map(|_| {
                let n = 1 + rng.below(9);
                (0..n).map(|_| *rng.pick(&syllables)).collect()
            })
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        check_random_texts(&words, 0xfeed_beef_1234_5678, 400, 120);
    }

    /// Texts built from fragments of `words` in random case, so the filter sees near-misses,
    /// overlaps and prefix collisions, not just clean hits; each compared with Aho-Corasick.
    fn check_random_texts(words: &[&str], seed: u64, rounds: usize, max_len: usize) {
        let mut rng = Rng::new(seed);
        let ks: Vec<Bounded<'_>> = words
            .iter()
            .map(|w| (*w, (rng.below(3) == 0, rng.below(4) == 0)))
            .collect();
        let set = KeywordSet::new(&ks);
        let reference = Reference::new(&ks);
        for _ in 0..rounds {
            let len = rng.below(max_len + 1);
            let mut text = String::new();
            while text.len() < len {
                let k: Vec<char> = rng.pick(words).chars().collect();
                let cut = rng.below(k.len() + 1);
                for &c in &k[..cut.max(1)] {
                    text.push(if rng.below(2) == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    });
                }
                if rng.below(3) == 0 {
                    text.push(*rng.pick(&[
                        ' ', '-', '`', '{', '@', '\0', 'é', 'Z', '9', '語', '\n', '\t',
                    ]));
                }
            }
            assert_eq!(
                all_matches(&set, &text),
                reference.matches(&text),
                "{text:?}"
            );
        }
    }
}
