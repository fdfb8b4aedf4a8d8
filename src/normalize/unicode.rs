//! Unicode views: invisibles removed plus NFKC, and the UTS #39 confusable skeleton.

use super::MappedText;
use std::sync::atomic::{AtomicU8, Ordering};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Whether `c` renders as nothing (or only steers rendering) and so can split a word without
/// a reader noticing: default-ignorable code points, bidi controls, tag characters, variation
/// selectors.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// What one character becomes in a view: up to [`Folded::CAP`] characters (more are not
/// memoised and are recomputed), and whether that differs from the character itself.
#[derive(Debug, Clone, Copy)]
struct Folded {
    out: [char; Folded::CAP],
    /// Number of characters in `out`, or `u8::MAX` when the result did not fit.
    len: u8,
    changed: bool,
}

/// Writes what a view makes of one character through `emit`; answers whether it also dropped
/// something that makes the result a change even when it equals the character.
type FoldFn = fn(char, &mut dyn FnMut(char)) -> bool;

impl Folded {
    const CAP: usize = 4;

    /// What `fold` makes of `c`.
    fn of(c: char, fold: FoldFn) -> Folded {
        let mut f = Folded {
            out: ['\0'; Folded::CAP],
            len: 0,
            changed: false,
        };
        let dropped = fold(c, &mut |d| match f.out.get_mut(usize::from(f.len)) {
            Some(slot) if f.len != u8::MAX => {
                *slot = d;
                f.len += 1;
            }
            _ => f.len = u8::MAX,
        });
        f.changed = dropped || !(f.len == 1 && f.out[0] == c);
        f
    }

    fn chars(&self) -> Option<&[char]> {
        self.out.get(..usize::from(self.len))
    }
}

/// NFKC of one character, and a space for every non-ASCII space: NFKC folds only some of them
/// (not U+0085, U+1680, U+2028, U+2029), and phrase keywords take only ASCII whitespace
/// between their words while the regexes' `\s` takes all of it.
fn nfkc_into(c: char, emit: &mut dyn FnMut(char)) -> bool {
    if c.is_whitespace() && !c.is_ascii() {
        emit(' ');
    } else {
        std::iter::once(c).nfkc().for_each(emit);
    }
    false
}

/// The UTS #39 prototype of one character without its combining marks; a dropped mark is a
/// change even if one character remains.
fn skeleton_into(c: char, emit: &mut dyn FnMut(char)) -> bool {
    let mut buf = [0u8; 4];
    let mut dropped = false;
    for d in unicode_security::skeleton(c.encode_utf8(&mut buf)) {
        if is_combining_mark(d) {
            dropped = true;
        } else {
            emit(d);
        }
    }
    dropped
}

/// Per-character results of `compute`, a pure function of the character: a table built once
/// per process for every one- and two-byte character (Latin, Greek, Cyrillic, Armenian,
/// Hebrew, Arabic; see [`small_table`]), and a direct-mapped memo for the rest, where text in
/// one script repeats a small alphabet. A message with a few accented letters so pays no
/// Unicode table lookups at all once the process is warm. Used by the views here and by
/// SEC-24's character classes.
///
/// Each user keeps its memo in a `thread_local!` [`MemoSlot`] ([`CharMemo::take`] and
/// [`CharMemo::put_back`]), so the memo outlives one text: a stream of short segments does not
/// allocate a memo and recompute the same punctuation and emoji for every segment.
pub(crate) struct CharMemo<T: Copy + 'static> {
    compute: fn(char) -> T,
    small: &'static [T],
    slots: Vec<Option<(char, T)>>,
}

/// Where a thread keeps one user's [`CharMemo`] between texts (`None` while it is in use).
pub(crate) type MemoSlot<T> = std::cell::Cell<Option<CharMemo<T>>>;

/// Characters below this are tabled once per process.
const SMALL: u32 = 0x800;

/// `compute` of every character below U+0800, for a `static` [`std::sync::LazyLock`] that
/// [`CharMemo::new`] then reads.
pub(crate) fn small_table<T>(compute: fn(char) -> T) -> Box<[T]> {
    (0..SMALL)
        .map(|cp| compute(char::from_u32(cp).unwrap_or('\0')))
        .collect()
}

impl<T: Copy + 'static> CharMemo<T> {
    const SLOTS: usize = 256;

    /// A memo of `compute`, with `small` its [`small_table`].
    pub(crate) fn new(compute: fn(char) -> T, small: &'static [T]) -> CharMemo<T> {
        CharMemo {
            compute,
            small,
            slots: vec![None; Self::SLOTS],
        }
    }

    /// The memo this thread keeps in `slot`, or a new one (first use on this thread, or a
    /// memo already taken and not yet put back). Entries are pure functions of the character,
    /// so a kept memo answers exactly what a new one would.
    pub(crate) fn take(
        slot: &'static std::thread::LocalKey<MemoSlot<T>>,
        compute: fn(char) -> T,
        small: &'static [T],
    ) -> CharMemo<T> {
        slot.try_with(std::cell::Cell::take)
            .ok()
            .flatten()
            .unwrap_or_else(|| CharMemo::new(compute, small))
    }

    /// Keeps this memo in `slot` for the thread's next text.
    pub(crate) fn put_back(self, slot: &'static std::thread::LocalKey<MemoSlot<T>>) {
        // Only fails while the thread is being torn down, when the memo is of no further use.
        let _ = slot.try_with(|s| s.set(Some(self)));
    }

    /// The one- and two-byte table.
    pub(crate) fn small(&self) -> &'static [T] {
        self.small
    }

    /// `compute(c)`, from the table, the memo, or computed and memoised.
    pub(crate) fn get(&mut self, c: char) -> T {
        if let Some(&f) = self.small.get(c as usize) {
            return f;
        }
        let i = (c as usize ^ (c as usize >> 8)) % Self::SLOTS;
        match self.slots.get(i).copied().flatten() {
            Some((k, f)) if k == c => f,
            _ => {
                let f = (self.compute)(c);
                if let Some(slot) = self.slots.get_mut(i) {
                    *slot = Some((c, f));
                }
                f
            }
        }
    }
}

/// One byte of facts about every character of the Basic Multilingual Plane, shared by the
/// whole process and filled in lazily, one character at a time, the first time any text holds
/// it: a pure function of the character, so a race only computes the same byte twice.
///
/// Unlike a [`CharMemo`], it never forgets: text in a script with thousands of characters
/// (CJK) costs one load per character once warm, not a recomputation per memo collision, and
/// the whole table is at most 64 KiB.
pub(crate) struct BmpTable {
    /// The facts of one character; must leave bit 7 clear.
    compute: fn(char) -> u8,
    /// Per code point, its facts with bit 7 set, or 0 while not yet computed.
    facts: [AtomicU8; 0x1_0000],
}

impl BmpTable {
    const KNOWN: u8 = 0x80;

    /// An empty table of `compute`, for a `static`.
    pub(crate) const fn new(compute: fn(char) -> u8) -> BmpTable {
        BmpTable {
            compute,
            facts: [const { AtomicU8::new(0) }; 0x1_0000],
        }
    }

    /// The facts of code point `cp` (below U+10000); a surrogate, which no `str` holds, has
    /// none.
    #[inline]
    pub(crate) fn get(&self, cp: u32) -> u8 {
        let Some(slot) = self.facts.get(cp as usize) else {
            return 0;
        };
        // Relaxed is enough: the byte is all there is to see, and both values it can have
        // (unknown, or the one answer) are handled.
        match slot.load(Ordering::Relaxed) {
            0 => self.fill(slot, cp),
            f => f & !Self::KNOWN,
        }
    }

    #[cold]
    fn fill(&self, slot: &AtomicU8, cp: u32) -> u8 {
        let f = char::from_u32(cp).map_or(0, self.compute) & !Self::KNOWN;
        slot.store(f | Self::KNOWN, Ordering::Relaxed);
        f
    }
}

/// The code point that starts at byte `i` of `bytes` (the bytes of a `str`, `i` a character
/// boundary and `bytes[i]` not ASCII), and its length in bytes.
///
/// The facts of most characters are looked up by code point alone, so this skips the
/// validity check that making a `char` costs; `None` only past the end.
#[inline]
pub(crate) fn code_point_at(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = u32::from(*bytes.get(i)?);
    let cont = |k: usize| bytes.get(i + k).map_or(0, |&b| u32::from(b & 0x3F));
    Some(if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        let cp = ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        (cp, 4)
    })
}

/// Offset of the first non-ASCII byte of `bytes` at or after `from`, or `bytes.len()`.
///
/// Tests eight bytes at a time: ASCII runs in multilingual text are whole Latin sentences as
/// often as single spaces, and the byte right at `from` is checked first for the latter.
pub(crate) fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    let Some(rest) = bytes.get(from..) else {
        return bytes.len();
    };
    if rest.first().is_some_and(|&b| b >= 0x80) {
        return from;
    }
    let mut blocks = rest.chunks_exact(8);
    let mut at = from;
    for block in &mut blocks {
        if let Ok(block) = <[u8; 8]>::try_from(block) {
            let high = u64::from_le_bytes(block) & super::stats::HIGH;
            if high != 0 {
                return at + (high.trailing_zeros() / 8) as usize;
            }
        }
        at += 8;
    }
    blocks
        .remainder()
        .iter()
        .position(|&b| b >= 0x80)
        .map_or(bytes.len(), |p| at + p)
}

/// The character that starts at byte `i` of `bytes` (the bytes of a `str`, `i` a character
/// boundary), and its length in bytes; `None` at the end.
///
/// The same decoding as `str::chars`, without re-slicing the `str` (and so re-checking the
/// boundary) for every character.
#[inline]
pub(crate) fn char_at(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = *bytes.get(i)?;
    // A missing continuation byte cannot happen in a `str`; reading it as zero keeps this
    // total without a panic path.
    let cont = |k: usize| bytes.get(i + k).map_or(0, |&b| u32::from(b & 0x3F));
    let (cp, len) = if b0 < 0x80 {
        (u32::from(b0), 1)
    } else if b0 < 0xE0 {
        ((u32::from(b0 & 0x1F) << 6) | cont(1), 2)
    } else if b0 < 0xF0 {
        ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        let cp = (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        (cp, 4)
    };
    Some((char::from_u32(cp)?, len))
}

/// What the normalized view makes of `c`: nothing for an invisible, else its NFKC.
fn normalized_folded(c: char) -> Folded {
    if is_invisible(c) {
        Folded::of(c, |_, _| false)
    } else {
        Folded::of(c, nfkc_into)
    }
}

fn skeleton_folded(c: char) -> Folded {
    Folded::of(c, skeleton_into)
}

static NORMALIZED_SMALL: std::sync::LazyLock<Box<[Folded]>> =
    std::sync::LazyLock::new(|| small_table(normalized_folded));
static SKELETON_SMALL: std::sync::LazyLock<Box<[Folded]>> =
    std::sync::LazyLock::new(|| small_table(skeleton_folded));

thread_local! {
    static NORMALIZED_MEMO: MemoSlot<Folded> = const { std::cell::Cell::new(None) };
    static SKELETON_MEMO: MemoSlot<Folded> = const { std::cell::Cell::new(None) };
}

/// Builds the per-process character tables of the views now (about a millisecond), so that
/// no scan pays for it; the engine calls this when it is built.
pub fn warm_tables() {
    std::sync::LazyLock::force(&NORMALIZED_SMALL);
    std::sync::LazyLock::force(&SKELETON_SMALL);
}

/// The big ideographic and syllabic blocks: hiragana, katakana, CJK unified ideographs,
/// Hangul syllables. Thousands of distinct characters that NFKC leaves alone and that are
/// letters with no Latin look-alike, so per-character memos (here and in SEC-24) skip them
/// instead of churning; tests check those facts over every character of the blocks.
pub const LARGE_SCRIPT_BLOCKS: [std::ops::RangeInclusive<char>; 4] = [
    '\u{3041}'..='\u{3096}',
    '\u{30A1}'..='\u{30FA}',
    '\u{4E00}'..='\u{9FFF}',
    '\u{AC00}'..='\u{D7A3}',
];

/// Whether `c` is in one of [`LARGE_SCRIPT_BLOCKS`].
pub fn in_large_script_block(c: char) -> bool {
    LARGE_SCRIPT_BLOCKS.iter().any(|b| b.contains(&c))
}

/// The normalized view: invisibles removed, then NFKC per character (full-width letters,
/// mathematical alphanumerics, ligatures and compatibility spaces fold to their plain forms).
///
/// Returns `None` when the view equals the raw text. Per-character NFKC keeps an exact byte
/// map; it differs from whole-string NFKC only in composing a base with a following combining
/// mark, which does not matter for matching words.
pub fn normalized_view(text: &str) -> Option<MappedText> {
    if text.is_ascii() {
        return None;
    }
    let mut memo = CharMemo::take(&NORMALIZED_MEMO, normalized_folded, &NORMALIZED_SMALL);
    let view = build_view(
        text,
        memo.small(),
        VIEW_NORMALIZED,
        |c| Some(memo.get(c)).filter(|f| f.changed),
        nfkc_into,
    );
    memo.put_back(&NORMALIZED_MEMO);
    view
}

/// The confusable skeleton view: every non-ASCII character replaced by its UTS #39 prototype,
/// with combining marks dropped, so `іgnоrе` (Cyrillic і, о, е) reads `ignore`.
///
/// ASCII characters are kept as they are: the standard also maps some ASCII to other ASCII
/// (`0` to `O`), which would only blur the words detectors look for. Returns `None` when no
/// character changes.
///
/// In [`LARGE_SCRIPT_BLOCKS`] only [`SKELETON_ASCII_IN_LARGE_BLOCKS`] change: the view exists
/// so that ASCII keywords see Latin spelled with look-alikes, and the other skeletons there
/// hold no ASCII (kana lose their voicing marks, ideographs map to other ideographs). Hangul
/// syllables are kept too: their skeletons are the decomposed jamo, the final ㅇ as `o`, a
/// mapping of parts that no reader sees in the syllable. So CJK and Korean text costs a
/// copy, not thousands of distinct table lookups.
pub fn skeleton_view(text: &str) -> Option<MappedText> {
    if text.is_ascii() {
        return None;
    }
    let mut memo = CharMemo::take(&SKELETON_MEMO, skeleton_folded, &SKELETON_SMALL);
    let view = build_view(
        text,
        memo.small(),
        VIEW_SKELETON,
        |c| Some(memo.get(c)).filter(|f| f.changed),
        skeleton_into,
    );
    memo.put_back(&SKELETON_MEMO);
    view
}

/// The kana and ideographs whose UTS #39 skeleton holds ASCII: ノ and 丿 (`/`), 丅 (`T`), 丫
/// (`Y`), 丶 (`\\`). A test checks the list against the skeleton of every character of the
/// kana and ideograph blocks.
const SKELETON_ASCII_IN_LARGE_BLOCKS: [char; 5] =
    ['\u{30CE}', '\u{4E05}', '\u{4E2B}', '\u{4E36}', '\u{4E3F}'];

/// [`BmpTable`] bit: the normalized view changes the character.
const VIEW_NORMALIZED: u8 = 1;
/// [`BmpTable`] bit: the skeleton view changes the character.
const VIEW_SKELETON: u8 = 2;

/// Which views change `c` ([`VIEW_NORMALIZED`], [`VIEW_SKELETON`]).
///
/// No invisible is in a large block and NFKC keeps them all (tests check), so the large-block
/// rule only shows in the skeleton: there only [`SKELETON_ASCII_IN_LARGE_BLOCKS`] change.
fn view_facts(c: char) -> u8 {
    let mut f = 0;
    if !in_large_script_block(c) && normalized_folded(c).changed {
        f |= VIEW_NORMALIZED;
    }
    let large_kept = in_large_script_block(c) && !SKELETON_ASCII_IN_LARGE_BLOCKS.contains(&c);
    if !large_kept && skeleton_folded(c).changed {
        f |= VIEW_SKELETON;
    }
    f
}

/// [`view_facts`] of every BMP character met so far.
static VIEW_FACTS: BmpTable = BmpTable::new(view_facts);

/// Builds a view of `text` in which each non-ASCII character that changes is replaced by what
/// it folded to, and everything else is kept. Whether a BMP character changes is its
/// [`VIEW_FACTS`] bit `view`; what a changing one becomes is its entry in `small` (one- and
/// two-byte characters) or what `fold` answers, and `fold` alone decides for the characters
/// beyond the BMP (`Some` for a change). `spill` refolds results too long to memoise. `None`
/// when nothing changed.
///
/// ASCII runs are skipped eight bytes at a time; a kept character costs one table load, with
/// no `char` made; kept characters are copied a run at a time (one copy and one map fill per
/// run, not a push per character), and nothing is allocated until the first change.
fn build_view(
    text: &str,
    small: &[Folded],
    view: u8,
    mut fold: impl FnMut(char) -> Option<Folded>,
    spill: FoldFn,
) -> Option<MappedText> {
    let bytes = text.as_bytes();
    let mut out: Option<MappedText> = None;
    // Start of the run of kept bytes not yet copied to `out`.
    let mut kept = 0;
    let mut i = next_non_ascii(bytes, 0);
    while let Some((cp, len)) = code_point_at(bytes, i) {
        let folded = if cp >= 0x1_0000 {
            char::from_u32(cp).and_then(&mut fold)
        } else if VIEW_FACTS.get(cp) & view == 0 {
            None
        } else if let Some(f) = small.get(cp as usize) {
            Some(*f)
        } else {
            char::from_u32(cp).and_then(&mut fold)
        };
        if let Some(f) = folded {
            let c = char::from_u32(cp).unwrap_or_default();
            let view = out.get_or_insert_with(|| MappedText::with_capacity(text.len()));
            // Changes often come back to back (a Cyrillic word in the skeleton): no empty run.
            if kept < i {
                view.push_kept(text.get(kept..i).unwrap_or_default(), kept);
            }
            match f.chars() {
                Some(cs) => cs.iter().for_each(|&d| view.push(d, i)),
                None => {
                    spill(c, &mut |d| view.push(d, i));
                }
            }
            kept = i + len;
        }
        i = next_non_ascii(bytes, i + len);
    }
    let mut view = out?;
    view.push_kept(text.get(kept..).unwrap_or_default(), kept);
    view.finish(text.len());
    Some(view)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A view built the plain way: every character folded afresh (no table, memo or run
    /// copy), a kept one copied with its own byte map.
    fn reference_view(text: &str, changes: fn(char) -> bool, fold: FoldFn) -> Option<MappedText> {
        let mut v = MappedText::with_capacity(text.len());
        let mut changed = false;
        for (i, c) in text.char_indices() {
            if changes(c) {
                changed = true;
                fold(c, &mut |d| v.push(d, i));
            } else {
                v.push_kept(&text[i..i + c.len_utf8()], i);
            }
        }
        v.finish(text.len());
        changed.then_some(v)
    }

    fn reference_normalized(text: &str) -> Option<MappedText> {
        reference_view(
            text,
            |c| !in_large_script_block(c) && Folded::of(c, normalized_into).changed,
            normalized_into,
        )
    }

    fn reference_skeleton(text: &str) -> Option<MappedText> {
        reference_view(
            text,
            |c| {
                (!in_large_script_block(c) || SKELETON_ASCII_IN_LARGE_BLOCKS.contains(&c))
                    && Folded::of(c, skeleton_into).changed
            },
            skeleton_into,
        )
    }

    /// What the normalized view writes for one character (nothing for an invisible).
    fn normalized_into(c: char, emit: &mut dyn FnMut(char)) -> bool {
        if is_invisible(c) {
            false
        } else {
            nfkc_into(c, emit)
        }
    }

    /// Random text over characters from every plane and from the scripts and tricks the
    /// views care about, with ASCII runs of any length between them.
    fn random_text(rng: &mut crate::test_rng::Rng) -> String {
        const PICKS: [&str; 24] = [
            "a",
            "Z",
            " ",
            "ignore",
            "\u{430}",
            "\u{43E}",
            "\u{451}",
            "\u{3BF}",
            "\u{5D5}",
            "\u{627}",
            "\u{E9}",
            "\u{301}",
            "\u{200B}",
            "\u{200D}",
            "\u{FE0F}",
            "\u{FF49}",
            "\u{FF0C}",
            "\u{3000}",
            "\u{2028}",
            "\u{FB01}",
            "\u{1D400}",
            "\u{E0041}",
            "\u{1F468}",
            "\u{30CE}",
        ];
        const RANGES: [(u32, u32); 6] = [
            (0x80, 0x800),
            (0x800, 0x3000),
            (0x3000, 0xA000),
            (0xA000, 0x1_0000),
            (0x1_0000, 0x2_0000),
            (0xE_0000, 0x11_0000),
        ];
        let mut t = String::new();
        for _ in 0..rng.below(48) {
            if rng.below(3) == 0 {
                let s: &&str = rng.pick(&PICKS);
                t.push_str(s);
            } else {
                let (lo, hi) = *rng.pick(&RANGES);
                let cp = lo + rng.below((hi - lo) as usize) as u32;
                t.push(char::from_u32(cp).unwrap_or('x'));
            }
        }
        t
    }

    #[test]
    fn views_agree_with_folding_every_character() {
        let mut rng = crate::test_rng::Rng::new(39);
        for _ in 0..20_000 {
            let t = random_text(&mut rng);
            assert_eq!(normalized_view(&t), reference_normalized(&t), "{t:?}");
            assert_eq!(skeleton_view(&t), reference_skeleton(&t), "{t:?}");
        }
    }

    #[test]
    fn view_facts_of_the_bmp_match_the_folds() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let norm = !in_large_script_block(c) && Folded::of(c, normalized_into).changed;
            let skel = (!in_large_script_block(c) || SKELETON_ASCII_IN_LARGE_BLOCKS.contains(&c))
                && Folded::of(c, skeleton_into).changed;
            let want = (u8::from(norm) * VIEW_NORMALIZED) | (u8::from(skel) * VIEW_SKELETON);
            assert_eq!(VIEW_FACTS.get(c as u32), want, "{c:?}");
        }
        assert_eq!(VIEW_FACTS.get(0xD800), 0);
    }

    #[test]
    fn folds_fullwidth_and_drops_zero_width() {
        let v = normalized_view("ｉｇｎｏ\u{200B}ｒｅ").unwrap();
        assert_eq!(v.text, "ignore");
    }

    #[test]
    fn nfkc_leaves_the_large_script_blocks_alone() {
        for c in LARGE_SCRIPT_BLOCKS.into_iter().flatten() {
            assert!(in_large_script_block(c));
            assert!(!Folded::of(c, nfkc_into).changed, "{c:?}");
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn skeleton_ascii_in_large_blocks_is_exact() {
        let hangul = '\u{AC00}'..='\u{D7A3}';
        for c in LARGE_SCRIPT_BLOCKS.into_iter().flatten() {
            if hangul.contains(&c) {
                continue;
            }
            let mut has_ascii = false;
            skeleton_into(c, &mut |d| has_ascii |= d.is_ascii());
            assert_eq!(
                has_ascii,
                SKELETON_ASCII_IN_LARGE_BLOCKS.contains(&c),
                "{c:?}"
            );
        }
        let v = skeleton_view("丫ou are 日本 공").unwrap();
        assert_eq!(v.text, "You are 日本 공");
    }

    #[test]
    fn every_unicode_space_reads_as_a_space() {
        let src = "developer\u{2028}mode\u{1680}on\u{85}now\u{A0}x\u{3000}y";
        assert_eq!(
            normalized_view(src).unwrap().text,
            "developer mode on now x y"
        );
    }

    #[test]
    fn kept_runs_map_spans_back_exactly() {
        let src = "日本 ｉｇｎｏｒｅ 語\u{200B}x é";
        let v = normalized_view(src).unwrap();
        assert_eq!(v.text, "日本 ignore 語x é");
        let find = |s: &str| {
            let at = v.text.find(s).unwrap();
            let span = v.source_span(at..at + s.len(), src);
            &src[span]
        };
        assert_eq!(find("日本"), "日本");
        assert_eq!(find("ignore"), "ｉｇｎｏｒｅ");
        // A dropped character belongs to the span that ends where it was.
        assert_eq!(find("語"), "語\u{200B}");
        assert_eq!(find("語x"), "語\u{200B}x");
        assert_eq!(find("x"), "x");
        assert_eq!(find("é"), "é");
        assert!(normalized_view("日本語 café").is_none());
    }

    #[test]
    fn char_at_decodes_like_chars() {
        let mut buf = [0u8; 8];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let n = c.encode_utf8(&mut buf[1..]).len();
            assert_eq!(char_at(&buf, 1), Some((c, n)), "{c:?}");
            assert_eq!(char_at(&buf[..1 + n], 1 + n), None);
        }
    }

    #[test]
    fn next_non_ascii_finds_every_high_byte() {
        let text = "plain ascii words, then é, 日本 and more plain ascii text 🎉x";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 1 {
            let want = (from..bytes.len())
                .find(|&i| bytes[i] >= 0x80)
                .unwrap_or(bytes.len());
            assert_eq!(next_non_ascii(bytes, from), want, "{from}");
        }
    }

    #[test]
    fn memos_kept_across_texts_answer_the_same() {
        let src = "ｉｇｎｏｒｅ… ﬁle ☕\u{FE0F} ①";
        let first = normalized_view(src);
        assert_eq!(normalized_view(src), first);
        assert_eq!(first.unwrap().text, "ignore... file ☕ 1");
    }

    #[test]
    fn ascii_has_no_views() {
        assert!(normalized_view("plain").is_none());
        assert!(skeleton_view("plain").is_none());
    }

    #[test]
    fn skeleton_maps_cyrillic_lookalikes() {
        let v = skeleton_view("\u{456}gn\u{43E}r\u{435}").unwrap();
        assert_eq!(v.text, "ignore");
        assert_eq!(v.source_span(0..6, "\u{456}gn\u{43E}r\u{435}"), 0..9);
    }

    #[test]
    fn cjk_prose_keeps_its_letters() {
        let v = skeleton_view("日本語のテキスト");
        assert!(v.is_none_or(|v| !v.text.is_ascii()));
    }
}
