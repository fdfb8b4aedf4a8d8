//! Where a digit-triggered rule (card numbers, SSNs, phone numbers, IBANs) can match: around
//! runs of its evidence's characters that hold enough digits.
//!
//! These rules have no literal to key a prefilter on, and a regex pass over every text with
//! digits in it costs about as much as the rest of the scan together (JSON, logs and code all
//! have digits). But their evidence is made of few characters (`[0-9 -]` for a formatted
//! card), is bounded in length, and must hold at least `min_digits` ASCII digits (the rule
//! refuses evidence with fewer). So a match can only lie where a run of those characters
//! holds `min_digits` digits within the evidence's longest length. Timestamps, version
//! numbers, ids and prices in ordinary text are short runs and open no window.
//!
//! Everything is derived from the rule's regex syntax tree at load time, so user packs get
//! the same trigger; a rule whose evidence may hold non-ASCII characters or has no length
//! bound gets none and runs over the whole text, as before.
//!
//! May not: decide a match (the regex does), or open a window that misses a possible one.

use super::rule::{ceil_boundary, floor_boundary};
use crate::normalize::stats::{HIGH, LANES, ge7, select};
use regex_syntax::hir::{Class, Hir, HirKind};
use std::ops::Range;

/// The digit trigger of one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigitTrigger {
    /// The ASCII bytes the evidence may contain, as a 128-bit set.
    class: u128,
    /// Fewest ASCII digits a finding's evidence holds.
    min_digits: usize,
    /// Shortest and longest evidence, in bytes.
    evidence_min: usize,
    evidence_max: usize,
    /// Longest whole match, in bytes: how far around a run the regex must see.
    match_max: usize,
}

impl DigitTrigger {
    /// The trigger of a rule with this regex, evidence group (0: the whole match) and digit
    /// minimum; `None` if the evidence may hold non-ASCII characters or is unbounded.
    pub fn new(pattern: &str, group: usize, min_digits: usize) -> Option<DigitTrigger> {
        let hir = regex_syntax::parse(pattern).ok()?;
        let match_max = hir.properties().maximum_len()?;
        // With alternatives, the evidence is the first group that took part, not always
        // `group`: every group counts.
        let mut groups = Vec::new();
        if group == 0 {
            groups.push(&hir);
        } else {
            captures(&hir, &mut groups);
        }
        let mut class = 0u128;
        let (mut evidence_min, mut evidence_max) = (usize::MAX, 0);
        for g in &groups {
            class |= ascii_class(g)?;
            evidence_min = evidence_min.min(g.properties().minimum_len()?);
            evidence_max = evidence_max.max(g.properties().maximum_len()?);
        }
        (class & DIGITS == DIGITS && min_digits > 0).then_some(DigitTrigger {
            class,
            min_digits,
            evidence_min,
            evidence_max,
            match_max,
        })
    }

    fn admits(&self, b: u8) -> bool {
        b < 128 && self.class >> b & 1 == 1
    }

    /// The run of evidence characters around the digit run `a..b`.
    fn run(&self, text: &[u8], a: usize, b: usize) -> Range<usize> {
        let start = text[..a]
            .iter()
            .rposition(|&c| !self.admits(c))
            .map_or(0, |i| i + 1);
        let end = text[b..]
            .iter()
            .position(|&c| !self.admits(c))
            .map_or(text.len(), |i| b + i);
        start..end
    }

    /// The fewest bytes a run must have to hold evidence.
    fn shortest(&self) -> usize {
        self.min_digits.max(self.evidence_min)
    }

    /// Whether some `evidence_max` bytes of `run` hold `min_digits` digits (and the run is long
    /// enough for evidence at all).
    fn dense(&self, run: &[u8]) -> bool {
        if run.len() < self.shortest() {
            return false;
        }
        let total = run.iter().filter(|b| b.is_ascii_digit()).count();
        if total < self.min_digits {
            return false;
        }
        if run.len() <= self.evidence_max {
            return true;
        }
        let mut count = 0;
        for (hi, &b) in run.iter().enumerate() {
            count += usize::from(b.is_ascii_digit());
            if let Some(lo) = hi.checked_sub(self.evidence_max) {
                count -= usize::from(run[lo].is_ascii_digit());
            }
            if count >= self.min_digits {
                return true;
            }
        }
        false
    }
}

/// The digits `0`–`9` as a [`DigitTrigger`] class.
const DIGITS: u128 = 0x3FF << b'0';

/// Collects the capture groups of `hir` (outermost first).
fn captures<'h>(hir: &'h Hir, out: &mut Vec<&'h Hir>) {
    match hir.kind() {
        HirKind::Capture(c) => {
            out.push(&c.sub);
            captures(&c.sub, out);
        }
        HirKind::Repetition(r) => captures(&r.sub, out),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().for_each(|h| captures(h, out)),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {}
    }
}

/// The ASCII bytes `hir` can match, or `None` if it can match any other.
fn ascii_class(hir: &Hir) -> Option<u128> {
    let range = |lo: u32, hi: u32| -> Option<u128> {
        (hi < 128).then(|| (u128::MAX >> (127 - hi)) & (u128::MAX << lo))
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(0),
        HirKind::Literal(lit) => lit
            .0
            .iter()
            .try_fold(0u128, |acc, &b| Some(acc | range(b.into(), b.into())?)),
        HirKind::Class(Class::Unicode(c)) => c.ranges().iter().try_fold(0u128, |acc, r| {
            Some(acc | range(r.start().into(), r.end().into())?)
        }),
        HirKind::Class(Class::Bytes(c)) => c.ranges().iter().try_fold(0u128, |acc, r| {
            Some(acc | range(r.start().into(), r.end().into())?)
        }),
        HirKind::Repetition(r) => ascii_class(&r.sub),
        HirKind::Capture(c) => ascii_class(&c.sub),
        HirKind::Concat(hs) | HirKind::Alternation(hs) => hs
            .iter()
            .try_fold(0u128, |acc, h| Some(acc | ascii_class(h)?)),
    }
}

/// The digit triggers of an engine, grouped for the search: each group has a coarse class (a
/// byte range, plus the space) that holds the classes of all its triggers, so one vector
/// compare per group finds where any of them can have a run long enough.
#[derive(Debug, Clone)]
pub struct DigitTriggers {
    triggers: Vec<DigitTrigger>,
    groups: Vec<Group>,
    /// See [`DigitTriggers::fewest_digits`].
    fewest_digits: usize,
}

/// Triggers whose classes share one coarse class.
#[derive(Debug, Clone)]
struct Group {
    /// The union of the members' classes.
    class: u128,
    /// The coarse class: two byte ranges (the same one twice if one is all there is), plus
    /// the space if `space`. It holds every member's class.
    ranges: [(u8, u8); 2],
    space: bool,
    /// Fewest digits any member needs.
    min_digits: usize,
    /// The shortest run any member can match in.
    shortest: usize,
    /// The longest evidence of any member: the `min_digits` digits a member needs lie within
    /// this many bytes of a run.
    span: usize,
    /// Indexes into `triggers`.
    members: Vec<usize>,
}

impl Group {
    fn of(k: usize, t: &DigitTrigger) -> Group {
        let mut g = Group {
            class: t.class,
            ranges: [(0, 0); 2],
            space: false,
            min_digits: t.min_digits,
            shortest: t.shortest(),
            span: t.evidence_max,
            members: vec![k],
        };
        g.cover();
        g
    }

    /// Adds trigger `k` to the group.
    fn join(&mut self, k: usize, t: &DigitTrigger) {
        self.class |= t.class;
        self.min_digits = self.min_digits.min(t.min_digits);
        self.shortest = self.shortest.min(t.shortest());
        self.span = self.span.max(t.evidence_max);
        self.members.push(k);
        self.cover();
    }

    /// Lowest and highest non-space byte of the class (what decides grouping).
    fn hull(&self) -> (u8, u8) {
        let bytes = self.class & !(1u128 << b' ');
        (
            bytes.trailing_zeros() as u8,
            (127 - bytes.leading_zeros()) as u8,
        )
    }

    /// Sets the coarse class to cover `self.class` (which holds the digits, so is not empty):
    /// its ranges themselves if it has at most two (digits and capitals: an IBAN), else the range
    /// from its lowest to its highest byte.
    fn cover(&mut self) {
        let bytes = self.class & !(1u128 << b' ');
        self.space = self.class >> b' ' & 1 == 1;
        let hull = self.hull();
        let mut ranges = Vec::new();
        let mut rest = bytes;
        while rest != 0 {
            let lo = rest.trailing_zeros();
            let len = (!(rest >> lo)).trailing_zeros();
            ranges.push((lo as u8, (lo + len - 1) as u8));
            rest &= u128::MAX.checked_shl(lo + len).unwrap_or(0);
        }
        self.ranges = match ranges[..] {
            [one] => [one, one],
            [a, b] => [a, b],
            _ => [hull, hull],
        };
    }

    /// The run length [`for_each_long_run`] looks for: the shortest run that can matter,
    /// within the 64 bits of a chunk's mask (a longer minimum is still a run of 64).
    fn need(&self) -> u32 {
        self.shortest.clamp(1, 64) as u32
    }

    /// Whether `b` is in the coarse class.
    fn admits(&self, b: u8) -> bool {
        self.ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&b)) || (self.space && b == b' ')
    }
}

impl DigitTriggers {
    /// Groups `triggers` (kept in order: index `k` is the `k`-th trigger). Classes of digits
    /// and punctuation go together; a class with letters (an IBAN's) spans far more bytes, and
    /// joined with the others would make every timestamp a candidate.
    pub fn new(triggers: Vec<DigitTrigger>) -> DigitTriggers {
        let mut groups: Vec<Group> = Vec::new();
        for (k, t) in triggers.iter().enumerate() {
            let g = Group::of(k, t);
            let (g_lo, g_hi) = g.hull();
            let fits = |o: &Group| {
                let (o_lo, o_hi) = o.hull();
                let (lo, hi) = (o_lo.min(g_lo), o_hi.max(g_hi));
                // Joining may widen the narrower range by a few bytes at most.
                usize::from(hi - lo) <= usize::from((o_hi - o_lo).min(g_hi - g_lo)) + 8
            };
            match groups.iter_mut().find(|o| fits(o)) {
                Some(o) => o.join(k, t),
                None => groups.push(g),
            }
        }
        let fewest_digits = groups
            .iter()
            .map(|g| g.min_digits)
            .min()
            .unwrap_or(usize::MAX);
        DigitTriggers {
            triggers,
            groups,
            fewest_digits,
        }
    }

    /// Fewest digits a text needs for any trigger to apply (`usize::MAX` without triggers).
    pub fn fewest_digits(&self) -> usize {
        self.fewest_digits
    }

    /// Calls `f(k, window)` for each trigger `k` with `wanted(k)` and each window of `text`
    /// its rule's regex must search: a run of the rule's evidence characters dense enough in
    /// digits, widened by the longest match on both sides (the regex sees the run's
    /// surroundings, and a match may start before the evidence).
    ///
    /// Benign text with digits (JSON, logs) has digit runs everywhere, but few runs of a
    /// group's coarse class as long as the group's digit minimum: those are found 64 bytes at
    /// a time from vector compares, and only they are looked at byte by byte.
    pub fn windows(
        &self,
        text: &str,
        wanted: impl Fn(usize) -> bool,
        mut f: impl FnMut(usize, Range<usize>),
    ) {
        let bytes = text.as_bytes();
        if !(0..self.triggers.len()).any(&wanted) {
            return;
        }
        // Per trigger, where its last run ended: digit runs inside it were already seen. On
        // the stack for the usual few triggers: short segments pay no allocation.
        let mut stack = [0usize; 16];
        let mut heap = Vec::new();
        let seen: &mut [usize] = match stack.get_mut(..self.triggers.len()) {
            Some(s) => s,
            None => {
                heap.resize(self.triggers.len(), 0);
                &mut heap
            }
        };
        let mut f = |k: usize, w: Range<usize>| {
            if wanted(k) {
                f(k, w)
            }
        };
        for batch in self.groups.chunks(GROUPS_PER_PASS) {
            for_each_long_run(bytes, batch, |gi, at| {
                let g = &batch[gi];
                // The candidate's true extent; skip it if it holds too few digits.
                let end = bytes[at..]
                    .iter()
                    .position(|&b| !g.admits(b))
                    .map_or(bytes.len(), |i| at + i);
                if bytes[at..end].iter().filter(|b| b.is_ascii_digit()).count() >= g.min_digits {
                    self.exact(text, at..end, &g.members, seen, &mut f);
                }
            });
        }
    }

    /// The per-trigger search inside one candidate run of a group's coarse class (`seen`:
    /// where each trigger's last run ended).
    fn exact(
        &self,
        text: &str,
        region: Range<usize>,
        members: &[usize],
        seen: &mut [usize],
        f: &mut impl FnMut(usize, Range<usize>),
    ) {
        let bytes = text.as_bytes();
        let mut at = region.start;
        while let Some(a) = next_digit(&bytes[..region.end], at) {
            let b = bytes[a..region.end]
                .iter()
                .position(|c| !c.is_ascii_digit())
                .map_or(region.end, |i| a + i);
            for &k in members {
                let t = &self.triggers[k];
                if a < seen[k] {
                    continue;
                }
                let run = t.run(bytes, a, b);
                seen[k] = run.end;
                if t.dense(&bytes[run.clone()]) {
                    let start = floor_boundary(text, run.start.saturating_sub(t.match_max));
                    let end = ceil_boundary(text, run.end.saturating_add(t.match_max));
                    f(k, start..end);
                }
            }
            at = b;
        }
    }
}

/// Calls `f(group, start)` for each run of at least `need` (1 to 64) bytes of the coarse class
/// of one of `groups` (at most [`GROUPS_PER_PASS`]) that holds at least the group's
/// `min_digits` digits within some `span` consecutive bytes (anywhere in it if `span` is over
/// 64), once per run and in order per group: a member's evidence is such a stretch, and no
/// other run can hold any. Some other runs of at least `need` bytes are reported too (its
/// caller counts): a run that lies inside one 64-byte chunk is left out if it has too few
/// digits, one that crosses a chunk edge may not be.
///
/// Per chunk: one digit mask, and for each group that can have such a run there, its class
/// mask from vector compares and a few shifts to find long runs; a run reaching the chunk's
/// end is carried into the next one by its start. A group skips a chunk, class mask and
/// all, while the chunk's digits and those the chunks it skipped just before can lend to a
/// stretch crossing into it (with a `span` of at most 64, the digits in the last `span - 1`
/// bytes of the one before) are fewer than it needs: such a stretch can lie only in a later
/// chunk it looks at, and a run reaching that one from skipped chunks is found by walking
/// back. Most chunks of code and prose cost their digit mask alone.
fn for_each_long_run(bytes: &[u8], groups: &[Group], f: impl FnMut(usize, usize)) {
    let masker = Masker::new(groups);
    #[cfg(target_arch = "x86_64")]
    if let Some(m) = &masker.avx2 {
        // SAFETY: `masker.avx2` exists only if the processor has AVX2.
        return unsafe { avx2::long_runs(bytes, groups, m, f) };
    }
    long_runs_with(
        bytes,
        groups,
        |c| masker.digits(c),
        |gi, c| masker.class(gi, c),
        f,
    );
}

/// [`for_each_long_run`] with the masks of a 64-byte chunk (bit `j`: byte `j`) from
/// `digits_of` (its ASCII digits) and `class_of` (group `gi`'s coarse class). Inlined into
/// each caller, so that closures defined in a function with more target features keep them.
#[inline(always)]
fn long_runs_with(
    bytes: &[u8],
    groups: &[Group],
    digits_of: impl Fn(&[u8; 64]) -> u64,
    class_of: impl Fn(usize, &[u8; 64]) -> u64,
    f: impl FnMut(usize, usize),
) {
    // Runs of up to 16 bytes (every embedded rule's) take four shifts, not six.
    if groups.iter().all(|g| g.need() <= 16) {
        long_runs_in::<4>(bytes, groups, digits_of, class_of, f);
    } else {
        long_runs_in::<6>(bytes, groups, digits_of, class_of, f);
    }
}

/// [`long_runs_with`] for groups whose run lengths take at most `SHIFTS` shifts.
#[inline(always)]
fn long_runs_in<const SHIFTS: usize>(
    bytes: &[u8],
    groups: &[Group],
    digits_of: impl Fn(&[u8; 64]) -> u64,
    class_of: impl Fn(usize, &[u8; 64]) -> u64,
    mut f: impl FnMut(usize, usize),
) {
    let (chunks, tail) = bytes.as_chunks::<64>();
    let [mut first, mut second] = [0, 1].map(|gi| groups.get(gi).map(Lane::<SHIFTS>::new));
    let mut last = [0u8; 64];
    last[..tail.len()].copy_from_slice(tail);
    let last_live = u64::MAX.checked_shr(64 - tail.len() as u32).unwrap_or(0);
    // One loop for the whole chunks and the padded tail: its body is inlined once.
    for k in 0..chunks.len() + usize::from(!tail.is_empty()) {
        let (chunk, live) = chunks.get(k).map_or((&last, last_live), |c| (c, u64::MAX));
        let at = Chunk {
            base: 64 * k,
            live,
            digits: digits_of(chunk) & live,
        };
        if let Some(lane) = &mut first {
            lane.step(bytes, &groups[0], &at, || class_of(0, chunk), |s| f(0, s));
        }
        if let Some(lane) = &mut second {
            lane.step(bytes, &groups[1], &at, || class_of(1, chunk), |s| f(1, s));
        }
    }
    for (gi, lane) in [first, second].into_iter().enumerate() {
        if let Some(lane) = lane
            && lane.carried != NONE
            && bytes.len() - lane.carried >= lane.need as usize
        {
            f(gi, lane.carried);
        }
    }
}

/// No carried run (see [`Lane::carried`]).
const NONE: usize = usize::MAX;

/// What every group's step needs of the chunk at hand.
struct Chunk {
    /// Where it starts in the text.
    base: usize,
    /// Its bytes that are text (all but the padding of the last one).
    live: u64,
    /// Its digit mask.
    digits: u64,
}

/// One group's search in [`long_runs_in`]: its constants and what it carries from chunk to
/// chunk, in locals the compiler can keep in registers.
struct Lane<const SHIFTS: usize> {
    /// The run length sought and the digits a run needs.
    need: u32,
    min_digits: usize,
    /// The shifts of [`at_least_shifts`] for `need`.
    shifts: [u32; SHIFTS],
    /// Which digits of a skipped chunk count towards the next one, and whether those of the
    /// chunks skipped before it still do.
    lend: u64,
    keep: bool,
    /// The start of the run of class bytes that reached the previous chunk's end (`NONE`:
    /// none did, or the group skipped that chunk).
    carried: usize,
    /// Whether the group skipped the previous chunk (then a run at this chunk's start may
    /// have begun there), and the digits the chunks it skipped lend to this one.
    skipped: bool,
    lent: usize,
}

impl<const SHIFTS: usize> Lane<SHIFTS> {
    fn new(g: &Group) -> Lane<SHIFTS> {
        let need = g.need();
        let mut shifts = [0; SHIFTS];
        for (s, n) in shifts.iter_mut().zip(at_least_shifts(need)) {
            *s = n;
        }
        // A stretch of `span` bytes crossing into a chunk holds at most `span - 1` bytes of
        // the chunk before, and none of the ones before that; a longer one may hold any.
        let (lend, keep) = match g.span.checked_sub(1).filter(|&n| n < 64) {
            Some(n) => (!(u64::MAX >> n), false),
            None => (u64::MAX, true),
        };
        Lane {
            need,
            min_digits: g.min_digits,
            shifts,
            lend,
            keep,
            carried: NONE,
            skipped: false,
            lent: 0,
        }
    }

    /// Looks at chunk `at` of `bytes` for group `g` (whose class mask there is `class_of()`),
    /// calling `f(start)` for each run found.
    #[inline(always)]
    fn step(
        &mut self,
        bytes: &[u8],
        g: &Group,
        at: &Chunk,
        class_of: impl FnOnce() -> u64,
        mut f: impl FnMut(usize),
    ) {
        let count = at.digits.count_ones() as usize;
        if self.carried == NONE && self.lent + count < self.min_digits {
            let before = if self.keep { self.lent } else { 0 };
            self.lent = before + (at.digits & self.lend).count_ones() as usize;
            self.skipped = true;
            return;
        }
        self.lent = 0;
        let base = at.base;
        let class = class_of() & at.live;
        if self.skipped && class & 1 == 1 {
            // Nothing is carried past a skipped chunk: find where the run began.
            let start = bytes[..base]
                .iter()
                .rposition(|&b| !g.admits(b))
                .map_or(0, |i| i + 1);
            self.carried = if start < base { start } else { NONE };
        }
        self.skipped = false;
        // Where runs of this chunk may start: past the carried run's bytes.
        let mut from = 0;
        let start = self.carried;
        if start != NONE {
            let lead = class.trailing_ones();
            if lead == 64 {
                return;
            }
            self.carried = NONE;
            if base + lead as usize - start >= self.need as usize {
                f(start);
            }
            from = lead;
        }
        // A run inside the chunk holds at most all of its digits.
        if count >= self.min_digits {
            let mut starts = self.shifts.iter().fold(class, |s, &n| s & s >> n) & u64::MAX << from;
            while starts != 0 {
                let i = starts.trailing_zeros();
                let len = (!(class >> i)).trailing_zeros();
                if i + len == 64 {
                    // Reaches the chunk's end: carried below.
                    break;
                }
                let run = (u64::MAX >> (64 - len)) << i;
                if (at.digits & run).count_ones() as usize >= self.min_digits {
                    f(base + i as usize);
                }
                starts &= u64::MAX << (i + len);
            }
        }
        // Without a branch: whether a run reaches the chunk's end follows the text.
        self.carried = select(
            class >> 63 == 1,
            base + 64 - class.leading_ones() as usize,
            self.carried,
        );
    }
}

/// The shifts of [`crate::normalize::stats::at_least`] for `n` (1 to 64), padded with zeros (which change nothing):
/// a fixed count of shifts and ANDs, without the loop's branches.
fn at_least_shifts(n: u32) -> [u32; 6] {
    let mut shifts = [0; 6];
    let mut have = 1;
    for s in &mut shifts {
        if have >= n {
            break;
        }
        *s = (n - have).min(have);
        have += *s;
    }
    shifts
}

/// Groups one [`Masker`] tests at once: a fixed count lets the compiler keep every constant in
/// a register and unroll the tests.
const GROUPS_PER_PASS: usize = 2;

/// Computes, for a 64-byte chunk, the mask of its digits and of the coarse class of each of
/// up to [`GROUPS_PER_PASS`] groups (bit `j`: byte `j`).
struct Masker {
    #[cfg(target_arch = "x86_64")]
    sse2: sse2::Masker,
    /// The same masks with AVX2, if the processor has it.
    #[cfg(target_arch = "x86_64")]
    avx2: Option<avx2::Masker>,
    #[cfg(not(target_arch = "x86_64"))]
    groups: Vec<Group>,
}

impl Masker {
    /// A masker for `groups` (one or two; a missing second one repeats the first).
    fn new(groups: &[Group]) -> Masker {
        let class = |i: usize| {
            groups
                .get(i)
                .or(groups.first())
                .map_or(([(b'0', b'9'); 2], false), |g| (g.ranges, g.space))
        };
        let classes = [class(0), class(1)];
        Masker {
            #[cfg(target_arch = "x86_64")]
            sse2: sse2::Masker::new(classes),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: the processor has AVX2 (detected at run time).
            avx2: crate::cpu::avx2().then(|| unsafe { avx2::Masker::new(classes) }),
            #[cfg(not(target_arch = "x86_64"))]
            groups: groups.to_vec(),
        }
    }

    /// The digit mask and the class mask of each group.
    #[cfg(test)]
    fn masks(&self, chunk: &[u8; 64]) -> (u64, [u64; GROUPS_PER_PASS]) {
        #[cfg(target_arch = "x86_64")]
        if let Some(m) = &self.avx2 {
            // SAFETY: `self.avx2` exists only if the processor has AVX2.
            return unsafe { (m.digits(chunk), [0, 1].map(|gi| m.class(gi, chunk))) };
        }
        (self.digits(chunk), [0, 1].map(|gi| self.class(gi, chunk)))
    }
}

impl Masker {
    /// The digit mask.
    #[inline(always)]
    fn digits(&self, chunk: &[u8; 64]) -> u64 {
        #[cfg(target_arch = "x86_64")]
        {
            self.sse2.digits(chunk)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            mask(chunk, |b| b.is_ascii_digit())
        }
    }

    /// The class mask of group `gi` (0 for a group it was not made with).
    #[inline(always)]
    fn class(&self, gi: usize, chunk: &[u8; 64]) -> u64 {
        #[cfg(target_arch = "x86_64")]
        {
            self.sse2.class(gi, chunk)
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            self.groups
                .get(gi)
                .map_or(0, |g| mask(chunk, |b| g.admits(b)))
        }
    }
}

/// The mask of the bytes of `chunk` that pass `admits`.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn mask(chunk: &[u8; 64], admits: impl Fn(u8) -> bool) -> u64 {
    chunk
        .iter()
        .enumerate()
        .fold(0, |m, (j, &b)| m | u64::from(admits(b)) << j)
}

/// The masks with AVX2: compares of 32 bytes at once, and the bit instructions every AVX2
/// processor has for the run search.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::{GROUPS_PER_PASS, Group};
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_cmpeq_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256,
        _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8,
    };

    /// [`super::long_runs_with`] compiled for AVX2.
    ///
    /// # Safety
    /// The processor must have the features [`crate::cpu::avx2`] checks.
    #[target_feature(enable = "avx2,popcnt,bmi1,lzcnt")]
    pub unsafe fn long_runs(
        bytes: &[u8],
        groups: &[Group],
        m: &Masker,
        f: impl FnMut(usize, usize),
    ) {
        super::long_runs_with(bytes, groups, |c| m.digits(c), |gi, c| m.class(gi, c), f);
    }

    /// One inclusive byte range as the constants of an unsigned range test: `x - lo < width`
    /// is a signed compare once both sides have their top bit flipped, and `x - lo` with
    /// its top bit flipped is `x + (0x80 - lo)`.
    #[derive(Clone, Copy)]
    struct Range {
        shift: __m256i,
        limit: __m256i,
    }

    impl Range {
        #[target_feature(enable = "avx2")]
        fn new((lo, hi): (u8, u8)) -> Range {
            let width = (hi - lo).wrapping_add(1) ^ 0x80;
            Range {
                shift: _mm256_set1_epi8(0x80u8.wrapping_sub(lo) as i8),
                limit: _mm256_set1_epi8(width as i8),
            }
        }

        #[target_feature(enable = "avx2")]
        #[inline]
        fn test(&self, x: __m256i) -> __m256i {
            _mm256_cmpgt_epi8(self.limit, _mm256_add_epi8(x, self.shift))
        }
    }

    /// The constants of every class test, built once per search.
    pub struct Masker {
        digits: Range,
        /// Per group: its two ranges and the byte it admits besides (the space, or a byte
        /// of its first range).
        groups: [(Range, Range, __m256i); GROUPS_PER_PASS],
    }

    impl Masker {
        /// # Safety
        /// The processor must have AVX2.
        #[target_feature(enable = "avx2")]
        pub unsafe fn new(groups: [([(u8, u8); 2], bool); GROUPS_PER_PASS]) -> Masker {
            Masker {
                digits: Range::new((b'0', b'9')),
                groups: groups.map(|([a, b], space)| {
                    let blank = if space { b' ' } else { a.0 };
                    (Range::new(a), Range::new(b), _mm256_set1_epi8(blank as i8))
                }),
            }
        }

        /// The two halves of `chunk`.
        #[target_feature(enable = "avx2")]
        #[inline]
        fn halves(chunk: &[u8; 64]) -> [__m256i; 2] {
            // SAFETY: the loads read bytes `0..32` and `32..64` of the 64-byte array.
            unsafe {
                [
                    _mm256_loadu_si256(chunk.as_ptr().cast()),
                    _mm256_loadu_si256(chunk.as_ptr().add(32).cast()),
                ]
            }
        }

        /// The digit mask of `chunk`.
        #[target_feature(enable = "avx2")]
        #[inline]
        pub fn digits(&self, chunk: &[u8; 64]) -> u64 {
            let [lo, hi] = Self::halves(chunk);
            bits(self.digits.test(lo), self.digits.test(hi))
        }

        /// The class mask of group `gi` (below [`GROUPS_PER_PASS`]) in `chunk`.
        #[target_feature(enable = "avx2")]
        #[inline]
        pub fn class(&self, gi: usize, chunk: &[u8; 64]) -> u64 {
            let [lo, hi] = Self::halves(chunk);
            let (a, b, blank) = &self.groups[gi];
            let test = |x| {
                _mm256_or_si256(
                    _mm256_or_si256(a.test(x), b.test(x)),
                    _mm256_cmpeq_epi8(x, *blank),
                )
            };
            bits(test(lo), test(hi))
        }
    }

    /// The 64-bit mask of two 32-byte compare results.
    #[target_feature(enable = "avx2")]
    #[inline]
    fn bits(lo: __m256i, hi: __m256i) -> u64 {
        u64::from(_mm256_movemask_epi8(lo) as u32)
            | u64::from(_mm256_movemask_epi8(hi) as u32) << 32
    }
}

/// The masks with SSE2, which every x86_64 processor has: compares of 16 bytes at once.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8, _mm_sub_epi8, _mm_xor_si128,
    };

    /// One inclusive byte range as the constants of an unsigned range test: `x - lo < width`
    /// is a signed compare once both sides have their top bit flipped.
    #[derive(Clone, Copy)]
    struct Range {
        lo: __m128i,
        width: __m128i,
    }

    impl Range {
        fn new((lo, hi): (u8, u8)) -> Range {
            let width = (hi - lo).wrapping_add(1) ^ 0x80;
            // SAFETY: SSE2 is part of the x86_64 baseline.
            unsafe {
                Range {
                    lo: _mm_set1_epi8(lo as i8),
                    width: _mm_set1_epi8(width as i8),
                }
            }
        }

        #[inline(always)]
        fn test(&self, x: __m128i, flip: __m128i) -> __m128i {
            // SAFETY: SSE2 is part of the x86_64 baseline.
            unsafe { _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, self.lo), flip), self.width) }
        }
    }

    /// The constants of every class test, built once per search.
    pub struct Masker {
        flip: __m128i,
        digits: Range,
        /// Per group: its two ranges and the byte it admits besides (the space, or a byte
        /// of its first range).
        groups: [(Range, Range, __m128i); super::GROUPS_PER_PASS],
    }

    impl Masker {
        pub fn new(groups: [([(u8, u8); 2], bool); super::GROUPS_PER_PASS]) -> Masker {
            // SAFETY: SSE2 is part of the x86_64 baseline.
            unsafe {
                Masker {
                    flip: _mm_set1_epi8(i8::MIN),
                    digits: Range::new((b'0', b'9')),
                    groups: groups.map(|([a, b], space)| {
                        let blank = if space { b' ' } else { a.0 };
                        (Range::new(a), Range::new(b), _mm_set1_epi8(blank as i8))
                    }),
                }
            }
        }

        /// The digit mask of `chunk`.
        #[inline(always)]
        pub fn digits(&self, chunk: &[u8; 64]) -> u64 {
            let mut digits = 0u64;
            for k in 0..4 {
                // SAFETY: SSE2 is part of the x86_64 baseline; the load reads bytes
                // `16 * k..16 * k + 16` of the 64-byte array.
                unsafe {
                    let x = _mm_loadu_si128(chunk.as_ptr().add(16 * k).cast());
                    let hit = self.digits.test(x, self.flip);
                    digits |= u64::from(_mm_movemask_epi8(hit) as u16) << (16 * k);
                }
            }
            digits
        }

        /// The class mask of group `gi` (below [`super::GROUPS_PER_PASS`]) in `chunk`.
        #[inline(always)]
        pub fn class(&self, gi: usize, chunk: &[u8; 64]) -> u64 {
            let (a, b, blank) = &self.groups[gi];
            let mut class = 0u64;
            for k in 0..4 {
                // SAFETY: SSE2 is part of the x86_64 baseline; the load reads bytes
                // `16 * k..16 * k + 16` of the 64-byte array.
                unsafe {
                    let x = _mm_loadu_si128(chunk.as_ptr().add(16 * k).cast());
                    let hit = _mm_or_si128(a.test(x, self.flip), b.test(x, self.flip));
                    let hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, *blank));
                    class |= u64::from(_mm_movemask_epi8(hit) as u16) << (16 * k);
                }
            }
            class
        }
    }
}

/// Position of the first ASCII digit in `text[from..]`, eight bytes per step.
fn next_digit(text: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = text.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        // Less '0', a digit is below 10 and was ASCII (bit 7 clear) to begin with.
        let x = u64::from_le_bytes(w) ^ (LANES * u64::from(b'0'));
        let digit = !(ge7(x, 10) | x) & HIGH;
        if digit != 0 {
            return Some(i + digit.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    text.get(i..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;

    const CARD: &str = r"(?:^|[^\w.,/-])([0-9]{13,19})(?:$|[^\w.,/-])";
    const FORMATTED: &str =
        r"(?:^|[^\w.-])([0-9]{4}(?:[ -]{1,3}[0-9]{4}){2}[ -]{1,3}[0-9]{4})(?:$|[^\w-])";

    fn all_windows(text: &str, t: &DigitTrigger) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        DigitTriggers::new(vec![t.clone()]).windows(text, |_| true, |_, w| out.push(w));
        out
    }

    #[test]
    fn derives_class_and_lengths_from_the_evidence_group() {
        let t = DigitTrigger::new(FORMATTED, 1, 16).expect("trigger");
        assert!(t.admits(b'7') && t.admits(b' ') && t.admits(b'-'));
        assert!(!t.admits(b'.') && !t.admits(b'a'));
        assert_eq!(t.evidence_max, 4 + 3 * 7);
        assert!(t.match_max >= t.evidence_max + 2);
    }

    #[test]
    fn letters_and_digit_classes_go_to_separate_groups() {
        let card = DigitTrigger::new(CARD, 1, 13).expect("card");
        let formatted = DigitTrigger::new(FORMATTED, 1, 16).expect("formatted");
        let iban =
            DigitTrigger::new(r"([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7})", 1, 4).expect("iban");
        let set = DigitTriggers::new(vec![card, iban, formatted]);
        let groups: Vec<&[usize]> = set.groups.iter().map(|g| g.members.as_slice()).collect();
        assert_eq!(groups, [&[0, 2][..], &[1][..]]);
    }

    #[test]
    fn every_embedded_digit_rule_has_a_trigger() {
        // A rule written with `\\d` or an unbounded repeat silently falls back to a regex pass
        // over every text with enough digits: keep the embedded packs off that path.
        for (name, src) in crate::detectors::REGISTRY.iter().filter_map(|d| d.pack) {
            let rules = crate::scan::pack::load(name, src, false).expect("embedded pack");
            for r in rules.iter().filter(|r| r.min_digits.is_some()) {
                assert!(
                    r.digit_trigger.is_some(),
                    "{name}: {} has no digit trigger",
                    r.id
                );
            }
        }
    }

    #[test]
    fn no_trigger_for_unicode_or_unbounded_evidence() {
        assert_eq!(DigitTrigger::new(r"(\d{13})", 1, 13), None);
        assert_eq!(DigitTrigger::new(r"([0-9]+)", 1, 13), None);
        assert_eq!(DigitTrigger::new(r"([a-z]{4})", 1, 1), None);
    }

    #[test]
    fn finds_dense_runs_only() {
        let t = DigitTrigger::new(CARD, 1, 13).expect("trigger");
        let text = "at 2024-01-15T10:23:45Z order 4539578763621486 paid, v1.2.3 id 12345";
        let w = all_windows(text, &t);
        assert_eq!(w.len(), 1);
        let card = text.find("4539").expect("card");
        assert!(w[0].start <= card && card + 16 <= w[0].end);
        assert!(all_windows("2024-01-15 10:23:45.123 GET /v1/items/42 200", &t).is_empty());
    }

    #[test]
    fn density_is_measured_within_the_longest_evidence() {
        let t = DigitTrigger::new(FORMATTED, 1, 16).expect("trigger");
        // 16 digits, but never 16 within 25 bytes.
        let sparse = "12 - 34 - 56 - 78 - 12 - 34 - 56 - 78";
        assert!(all_windows(sparse, &t).is_empty());
        assert_eq!(all_windows("1234 5678 9012 3456", &t).len(), 1);
    }

    #[test]
    fn every_match_lies_in_a_window() {
        // Random texts of digits, separators and letters: wherever the regex finds evidence
        // with enough digits, a window covers the whole match.
        let alphabet = b"0123456789012345678901234567890123456789  --..//ab,x\n";
        let mut rng = Rng::new(7);
        for (pattern, min) in [(CARD, 13), (FORMATTED, 16)] {
            let re = regex::Regex::new(pattern).expect("regex");
            let t = DigitTrigger::new(pattern, 1, min).expect("trigger");
            for _ in 0..3000 {
                let len = rng.below(80);
                let text: String = (0..len).map(|_| char::from(*rng.pick(alphabet))).collect();
                let w = all_windows(&text, &t);
                for caps in re.captures_iter(&text) {
                    let (Some(whole), Some(ev)) = (caps.get(0), caps.get(1)) else {
                        continue;
                    };
                    if ev.as_str().bytes().filter(u8::is_ascii_digit).count() < min {
                        continue;
                    }
                    assert!(
                        w.iter()
                            .any(|w| w.start <= whole.start() && whole.end() <= w.end),
                        "{text:?}: match {:?} outside windows {w:?}",
                        whole.range()
                    );
                }
            }
        }
    }

    #[test]
    fn class_masks_agree_with_a_bytewise_test() {
        let mut rng = Rng::new(11);
        let cases = [
            ([(b'(', b'9'), (b'(', b'9')], true),
            ([(b'0', b'9'), (b'A', b'Z')], true),
            ([(b'-', b'9'), (b'-', b'9')], false),
        ];
        for (ranges, space) in cases {
            let g = Group {
                class: 0,
                ranges,
                space,
                min_digits: 1,
                shortest: 1,
                span: 1,
                members: Vec::new(),
            };
            for _ in 0..500 {
                let chunk: [u8; 64] = std::array::from_fn(|_| rng.below(256) as u8);
                let (digits, [class, _]) = Masker::new(std::slice::from_ref(&g)).masks(&chunk);
                for (j, &b) in chunk.iter().enumerate() {
                    assert_eq!(class >> j & 1 == 1, g.admits(b), "{b:#x} in {ranges:?}");
                    assert_eq!(digits >> j & 1 == 1, b.is_ascii_digit(), "{b:#x}");
                }
            }
        }
    }

    #[test]
    fn long_runs_agree_with_a_bytewise_search() {
        let formatted = DigitTrigger::new(FORMATTED, 1, 16).expect("formatted");
        let set = DigitTriggers::new(vec![formatted]);
        let g = &set.groups[0];
        let alphabet = b"0123456789    ---xy\n";
        let mut rng = Rng::new(5);
        for _ in 0..3000 {
            let len = rng.below(300);
            let text: Vec<u8> = (0..len).map(|_| *rng.pick(alphabet)).collect();
            let need = 1 + rng.below(20) as u32;
            let mut got = Vec::new();
            let mut g = g.clone();
            g.shortest = need as usize;
            g.span = 1 + rng.below(80);
            for_each_long_run(&text, std::slice::from_ref(&g), |_, at| got.push(at));
            // Every maximal run: where it starts, how long, how many digits count.
            let mut runs = Vec::new();
            let mut i = 0;
            while i < text.len() {
                if !g.admits(text[i]) {
                    i += 1;
                    continue;
                }
                let end = (i..text.len())
                    .find(|&j| !g.admits(text[j]))
                    .unwrap_or(text.len());
                runs.push((i, end - i, densest(&text[i..end], g.span)));
                i = end;
            }
            for &at in &got {
                let run = runs.iter().find(|r| r.0 == at);
                assert!(
                    run.is_some_and(|r| r.1 >= need as usize),
                    "reported {at} is no long run start in {text:?} (need {need})"
                );
            }
            assert!(got.windows(2).all(|w| w[0] < w[1]), "{got:?}");
            for r in runs
                .iter()
                .filter(|r| r.1 >= need as usize && r.2 >= g.min_digits)
            {
                assert!(
                    got.contains(&r.0),
                    "missed run {r:?} in {text:?} (need {need})"
                );
            }
        }
    }

    /// Most digits in `span` consecutive bytes of `run` (in all of it if `span` is over 64):
    /// what [`for_each_long_run`] compares with `min_digits`.
    fn densest(run: &[u8], span: usize) -> usize {
        let digits: Vec<usize> = run
            .iter()
            .map(|b| usize::from(b.is_ascii_digit()))
            .collect();
        if span > 64 || span >= run.len() {
            return digits.iter().sum();
        }
        digits
            .windows(span)
            .map(|w| w.iter().sum())
            .max()
            .unwrap_or(0)
    }

    /// A group with the coarse class `ranges` (plus the space if `space`), run length `need`
    /// and `min_digits` digits within `span` bytes.
    fn group(
        ranges: [(u8, u8); 2],
        space: bool,
        min_digits: usize,
        need: usize,
        span: usize,
    ) -> Group {
        Group {
            class: 0,
            ranges,
            space,
            min_digits,
            shortest: need,
            span,
            members: Vec::new(),
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_masks_agree_with_sse2_and_a_bytewise_test() {
        if !crate::cpu::avx2() {
            return;
        }
        let mut rng = Rng::new(13);
        let groups = [
            group([(b'(', b'9'), (b'(', b'9')], true, 1, 1, 1),
            group([(b'0', b'9'), (b'A', b'Z')], false, 1, 1, 1),
        ];
        let m = Masker::new(&groups);
        let avx2 = m.avx2.as_ref().expect("avx2 masker");
        for _ in 0..2000 {
            let chunk: [u8; 64] = std::array::from_fn(|_| rng.below(256) as u8);
            let digits = mask(&chunk, |b| b.is_ascii_digit());
            let classes = [0, 1].map(|i| mask(&chunk, |b| groups[i].admits(b)));
            // SAFETY: the processor has AVX2 (checked above).
            let (d, c) = unsafe { (avx2.digits(&chunk), [0, 1].map(|gi| avx2.class(gi, &chunk))) };
            assert_eq!((d, c), (digits, classes), "{chunk:?}");
            assert_eq!(m.sse2.digits(&chunk), digits, "{chunk:?}");
            assert_eq!(
                [0, 1].map(|gi| m.sse2.class(gi, &chunk)),
                classes,
                "{chunk:?}"
            );
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_long_runs_agree_with_sse2() {
        if !crate::cpu::avx2() {
            return;
        }
        let mut rng = Rng::new(17);
        // Mostly class bytes with few digits, so that long runs cross chunk edges and
        // chunks without digits are skipped next to ones with.
        let alphabets: [&[u8]; 2] = [b"0123456789 (-).:xA\n", b"  ((--))..,,//xyzAB1"];
        let mut texts = Vec::new();
        for len in 0..200 {
            for alphabet in alphabets {
                for _ in 0..10 {
                    texts.push((0..len).map(|_| *rng.pick(alphabet)).collect::<Vec<u8>>());
                }
            }
        }
        for len in [5000, 70_000] {
            for alphabet in alphabets {
                texts.push((0..len).map(|_| *rng.pick(alphabet)).collect());
            }
        }
        for text in &texts {
            let need = 1 + rng.below(30);
            let min_digits = 1 + rng.below(16);
            let spans = [min_digits + rng.below(70), 4 + rng.below(70)];
            let groups = [
                group(
                    [(b'(', b'9'), (b'(', b'9')],
                    true,
                    min_digits,
                    need,
                    spans[0],
                ),
                group(
                    [(b'0', b'9'), (b'A', b'Z')],
                    false,
                    min_digits.min(4),
                    need.min(8),
                    spans[1],
                ),
            ];
            let m = Masker::new(&groups);
            let avx2 = m.avx2.as_ref().expect("avx2 masker");
            let (mut want, mut got) = (Vec::new(), Vec::new());
            long_runs_with(
                text,
                &groups,
                |c| m.digits(c),
                |gi, c| m.class(gi, c),
                |g, at| want.push((g, at)),
            );
            // SAFETY: the processor has AVX2 (checked above).
            unsafe { avx2::long_runs(text, &groups, avx2, |g, at| got.push((g, at))) };
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(text));
            // And both keep the contract, skipped chunks or not.
            for (gi, g) in groups.iter().enumerate() {
                let mut i = 0;
                while i < text.len() {
                    let end = (i..text.len())
                        .find(|&j| !g.admits(text[j]))
                        .unwrap_or(text.len());
                    let digits = densest(&text[i..end], g.span);
                    let reported = got.contains(&(gi, i));
                    assert!(
                        !reported || end - i >= g.need() as usize,
                        "{gi} {i} {text:?}"
                    );
                    assert!(
                        reported || end - i < g.need() as usize || digits < g.min_digits,
                        "missed {gi} {i}..{end} in {:?}",
                        String::from_utf8_lossy(text)
                    );
                    i = end + 1;
                }
            }
        }
    }

    /// The embedded packs' digit triggers.
    fn embedded_triggers() -> DigitTriggers {
        let mut triggers = Vec::new();
        for (name, src) in crate::detectors::REGISTRY.iter().filter_map(|d| d.pack) {
            let rules = crate::scan::pack::load(name, src, false).expect("embedded pack");
            triggers.extend(rules.into_iter().filter_map(|r| r.digit_trigger));
        }
        DigitTriggers::new(triggers)
    }

    /// [`DigitTriggers::windows`] without any chunk or class mask: every digit run of the
    /// text looked at by every trigger, as [`DigitTriggers::exact`] does inside a candidate.
    fn exact_windows(set: &DigitTriggers, text: &str) -> Vec<(usize, Range<usize>)> {
        let mut out = Vec::new();
        let members: Vec<usize> = (0..set.triggers.len()).collect();
        let mut seen = vec![0; members.len()];
        set.exact(text, 0..text.len(), &members, &mut seen, &mut |k, w| {
            out.push((k, w))
        });
        out.sort_by_key(|(k, w)| (*k, w.start, w.end));
        out
    }

    fn chunked_windows(set: &DigitTriggers, text: &str) -> Vec<(usize, Range<usize>)> {
        let mut out = Vec::new();
        set.windows(text, |_| true, |k, w| out.push((k, w)));
        out.sort_by_key(|(k, w)| (*k, w.start, w.end));
        out
    }

    #[test]
    fn windows_agree_with_an_exact_search() {
        // Texts where runs with the digits a trigger needs are rare and cross chunk edges,
        // next to chunks that are skipped: few digits, many separators, a card or IBAN now
        // and then.
        let set = embedded_triggers();
        let alphabets: [&[u8]; 4] = [
            b"0123456789 -.()+/xyAZ\n",
            b"  --..xyz:AB1",
            b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/",
            b"0123456789         ",
        ];
        let pieces = [
            "4539 5787 6362 1486",
            "4539578763621486",
            "GB82 WEST 1234 5698 7654 32",
            "078-05-1120",
            "+1 (415) 555-2671",
            "2026-11-05T10:33:00Z",
        ];
        let mut rng = Rng::new(23);
        let mut texts: Vec<String> = Vec::new();
        for len in 0..200 {
            for alphabet in alphabets {
                for _ in 0..4 {
                    let mut t: String = (0..len).map(|_| char::from(*rng.pick(alphabet))).collect();
                    if len > 0 && rng.below(2) == 0 {
                        let at = rng.below(len);
                        t.insert_str(at, pieces[rng.below(pieces.len())]);
                    }
                    texts.push(t);
                }
            }
        }
        for len in [5000, 70_000] {
            for alphabet in alphabets {
                let mut t: String = (0..len).map(|_| char::from(*rng.pick(alphabet))).collect();
                for _ in 0..20 {
                    let at = rng.below(len);
                    t.insert_str(at, pieces[rng.below(pieces.len())]);
                }
                texts.push(t);
            }
        }
        // Every piece across every chunk edge.
        for piece in pieces {
            for pad in 0..140 {
                texts.push(format!("{}{piece} ok", "x".repeat(pad)));
                texts.push(format!("{}{piece} ok", " ".repeat(pad)));
            }
        }
        for text in &texts {
            assert_eq!(
                chunked_windows(&set, text),
                exact_windows(&set, text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_card_across_a_chunk_edge_is_found() {
        // Fewer digits than a card needs on either side of the edge, with a chunk of few
        // digits before: both chunks used to be skipped.
        let t = DigitTrigger::new(CARD, 1, 13).expect("trigger");
        for pad in 0..140 {
            let text = format!("{}4539578763621486 ok", "x".repeat(pad));
            assert_eq!(all_windows(&text, &t).len(), 1, "{text}");
        }
    }

    #[test]
    fn at_least_shifts_find_the_same_runs() {
        let mut rng = Rng::new(19);
        for n in 1..=64 {
            let shifts = at_least_shifts(n);
            for _ in 0..200 {
                // Sparse and dense masks alike.
                let c = rng.next() | rng.next() | if rng.below(2) == 0 { rng.next() } else { 0 };
                let want = crate::normalize::stats::at_least(c, n);
                assert_eq!(shifts.iter().fold(c, |s, &k| s & s >> k), want);
            }
        }
    }

    #[test]
    fn next_digit_agrees_with_a_bytewise_search() {
        let mut rng = Rng::new(3);
        for _ in 0..2000 {
            let len = rng.below(40);
            let text: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
            let from = rng.below(len + 1);
            let want = text[from..]
                .iter()
                .position(u8::is_ascii_digit)
                .map(|p| from + p);
            assert_eq!(next_digit(&text, from), want, "{text:?} from {from}");
        }
    }
}
