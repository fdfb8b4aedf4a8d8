//! One pass over the raw bytes that decides which views a segment needs.

/// Minimum length of a run of base64 alphabet characters worth trying to decode.
pub const MIN_B64_RUN: usize = 16;
/// Minimum length of a run of hex digits worth trying to decode.
pub const MIN_HEX_RUN: usize = 16;

/// What one pass over a text found out about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextStats {
    /// Any byte ≥ 0x80 (so Unicode views may differ from the raw text).
    pub non_ascii: bool,
    /// Any `%`, `&` or `\` (so the unescape layer may differ).
    pub escapes: bool,
    /// A base64 or hex run long enough to decode.
    pub encoded_run: bool,
    /// Any C0 control byte other than tab, newline and carriage return, or DEL.
    pub controls: bool,
    /// Number of ASCII digits.
    pub digits: usize,
}

impl TextStats {
    /// Computes the statistics of `text`.
    ///
    /// With AVX2, one pass classifies each byte by two nibble-table lookups (see
    /// [`avx2::of`]); elsewhere, [`TextStats::portable`] gives the same figures.
    pub fn of(text: &str) -> Self {
        #[cfg(target_arch = "x86_64")]
        if crate::cpu::avx2() {
            // SAFETY: the processor has AVX2 (detected at run time).
            return unsafe { avx2::of(text.as_bytes()) };
        }
        Self::portable(text)
    }

    /// [`TextStats::of`] without AVX2, in two passes, both cheap: the byte flags and the digit
    /// count are kept per byte lane of [`LANES_W`]-byte blocks, which the compiler turns into a
    /// few vector operations per block; encoded runs are found by testing 8-byte blocks at
    /// once (see [`has_encoded_run`]).
    fn portable(text: &str) -> Self {
        let bytes = text.as_bytes();
        let (blocks, tail) = bytes.as_chunks::<LANES_W>();
        let mut acc = Lanes::default();
        let mut digits = 0usize;
        // At most 255 blocks between flushes, so a lane's digit count fits in a u8.
        for group in blocks.chunks(255) {
            let mut lanes = Lanes::default();
            for block in group {
                lanes.add(block);
            }
            digits += lanes.flush_digits();
            acc.merge_flags(&lanes);
        }
        let mut t = Lanes::default();
        for &b in tail {
            t.add_byte(0, b);
        }
        digits += t.flush_digits();
        acc.merge_flags(&t);
        TextStats {
            non_ascii: fold_or(&acc.high) & 0x80 != 0,
            escapes: fold_or(&acc.esc) != 0,
            encoded_run: has_encoded_run(bytes),
            controls: fold_or(&acc.ctl) != 0,
            digits,
        }
    }

    /// Whether the raw text is the only view that can matter.
    pub fn plain(&self) -> bool {
        !(self.non_ascii || self.escapes || self.encoded_run)
    }
}

/// [`TextStats::of`] with AVX2: 64 bytes per step, every figure from one load.
#[cfg(target_arch = "x86_64")]
mod avx2 {
    use super::{MIN_RUN, TextStats, looks_encoded};
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_add_epi64, _mm256_and_si256, _mm256_cmpgt_epi8,
        _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256, _mm256_sad_epu8,
        _mm256_set1_epi8, _mm256_setzero_si256, _mm256_shuffle_epi8, _mm256_srli_epi16,
        _mm256_storeu_si256,
    };

    /// A byte set as a union of rectangles "high nibble in `hi` and low nibble in `lo`" (bit
    /// `n` of a set: nibble `n`), one flag bit per rectangle: a byte's flags are
    /// `LO[b & 15] & HI[b >> 4]`, two table lookups (`pshufb`) for up to eight rectangles.
    /// A byte from 0x80 up has no flag (`pshufb` gives 0 for it, and `HI` is 0 there).
    const fn tables(rects: &[(u16, u16)]) -> ([u8; 32], [u8; 32]) {
        let (mut lo, mut hi) = ([0u8; 32], [0u8; 32]);
        let mut r = 0;
        while r < rects.len() {
            let mut n = 0;
            while n < 16 {
                // Both 128-bit lanes: `pshufb` looks up within a lane.
                if rects[r].0 >> n & 1 == 1 {
                    hi[n] |= 1 << r;
                    hi[n + 16] |= 1 << r;
                }
                if rects[r].1 >> n & 1 == 1 {
                    lo[n] |= 1 << r;
                    lo[n + 16] |= 1 << r;
                }
                n += 1;
            }
            r += 1;
        }
        (lo, hi)
    }

    const ALL: u16 = 0xffff;
    /// Escape and control bytes: `%&` and `\`; C0 controls but tab, newline and carriage
    /// return; DEL.
    const FLAGS: ([u8; 32], [u8; 32]) = tables(&[
        (1 << 2, 1 << 5 | 1 << 6),
        (1 << 5, 1 << 0xc),
        (1 << 0, ALL & !(1 << 9 | 1 << 0xa | 1 << 0xd)),
        (1 << 1, ALL),
        (1 << 7, 1 << 0xf),
    ]);
    const ESCAPE: u8 = 0b11;
    const CONTROL: u8 = 0b11100;
    /// [`super::in_run`] bytes; the first rectangle is the digits, so bit 0 counts them.
    const RUN: ([u8; 32], [u8; 32]) = tables(&[
        (1 << 3, 0x3ff),
        (1 << 2, 1 << 0xb | 1 << 0xd | 1 << 0xf),
        (1 << 3, 1 << 0xd),
        (1 << 4 | 1 << 6, ALL & !1),
        (1 << 5 | 1 << 7, 0x7ff),
        (1 << 5, 1 << 0xf),
    ]);

    /// The statistics of `bytes` (see [`TextStats::of`]).
    ///
    /// # Safety
    /// The processor must have the features [`crate::cpu::avx2`] checks.
    #[target_feature(enable = "avx2,popcnt,bmi1,lzcnt")]
    pub unsafe fn of(bytes: &[u8]) -> TextStats {
        let (chunks, tail) = bytes.as_chunks::<64>();
        // The tail padded with spaces, which have no flag and end a run.
        let mut last = [b' '; 64];
        last[..tail.len()].copy_from_slice(tail);
        let load = |t: &[u8; 32]| {
            // SAFETY: AVX2 is enabled; the load reads the 32-byte array.
            unsafe { _mm256_loadu_si256(t.as_ptr().cast()) }
        };
        let (flag_lo, flag_hi, run_lo, run_hi) =
            (load(&FLAGS.0), load(&FLAGS.1), load(&RUN.0), load(&RUN.1));
        let nibble = _mm256_set1_epi8(0x0f);
        let one = _mm256_set1_epi8(1);
        let zero = _mm256_setzero_si256();
        let (mut high, mut flags, mut digits) = (zero, zero, zero);
        // Per byte lane, digits since the last flush: at most 2 per step, so flush within
        // 127 steps.
        let mut lanes = zero;
        let mut until_flush = 127;
        let mut runs = Runs {
            carried: Runs::NONE,
            found: false,
        };
        // One loop for the whole chunks and the padded tail: its body is inlined once.
        for k in 0..chunks.len() + usize::from(!tail.is_empty()) {
            let chunk = chunks.get(k).unwrap_or(&last);
            let mut run_bits = 0u64;
            for half in 0..2 {
                // SAFETY: the load reads bytes `32 * half..32 * half + 32` of the chunk.
                let x = unsafe { _mm256_loadu_si256(chunk.as_ptr().add(32 * half).cast()) };
                high = _mm256_or_si256(high, x);
                let hi = _mm256_and_si256(_mm256_srli_epi16::<4>(x), nibble);
                let f = _mm256_and_si256(
                    _mm256_shuffle_epi8(flag_lo, x),
                    _mm256_shuffle_epi8(flag_hi, hi),
                );
                flags = _mm256_or_si256(flags, f);
                let r = _mm256_and_si256(
                    _mm256_shuffle_epi8(run_lo, x),
                    _mm256_shuffle_epi8(run_hi, hi),
                );
                lanes = _mm256_add_epi8(lanes, _mm256_and_si256(r, one));
                // Flags are below 0x80, so "any flag" is a signed compare with zero.
                let m = _mm256_movemask_epi8(_mm256_cmpgt_epi8(r, zero)) as u32;
                run_bits |= u64::from(m) << (32 * half);
            }
            until_flush -= 1;
            if until_flush == 0 {
                digits = _mm256_add_epi64(digits, _mm256_sad_epu8(lanes, zero));
                lanes = zero;
                until_flush = 127;
            }
            if !runs.found {
                runs.chunk(bytes, 64 * k, run_bits);
            }
        }
        digits = _mm256_add_epi64(digits, _mm256_sad_epu8(lanes, zero));
        runs.finish(bytes);
        let store = |v: __m256i| {
            let mut a = [0u8; 32];
            // SAFETY: AVX2 is enabled; the store writes the 32-byte array.
            unsafe { _mm256_storeu_si256(a.as_mut_ptr().cast(), v) };
            a
        };
        let or = |v: __m256i| store(v).iter().fold(0, |a, &x| a | x);
        let sums = store(digits);
        let digits = sums
            .as_chunks::<8>()
            .0
            .iter()
            .map(|s| u64::from_le_bytes(*s) as usize)
            .sum();
        let flags = or(flags);
        TextStats {
            non_ascii: _mm256_movemask_epi8(high) != 0,
            escapes: flags & ESCAPE != 0,
            encoded_run: runs.found,
            controls: flags & CONTROL != 0,
            digits,
        }
    }

    /// The search for an encoded run (see [`super::has_encoded_run`]) over 64-byte masks of
    /// run bytes: only runs of at least [`MIN_RUN`] bytes are looked at byte by byte.
    struct Runs {
        /// Start of the run that reached the end of the last chunk (`NONE`: none did).
        carried: usize,
        found: bool,
    }

    impl Runs {
        const NONE: usize = usize::MAX;

        /// Takes the chunk at `base` whose run bytes are `bits`.
        #[inline(always)]
        fn chunk(&mut self, bytes: &[u8], base: usize, bits: u64) {
            let mut long = super::at_least(bits, MIN_RUN as u32);
            let start = self.carried;
            if start != Self::NONE {
                let lead = bits.trailing_ones();
                if lead == 64 {
                    return;
                }
                self.carried = Self::NONE;
                self.test(bytes, start..base + lead as usize);
                // Those bytes were the carried run's.
                long &= u64::MAX << lead;
            }
            while long != 0 {
                let i = long.trailing_zeros();
                let len = (!(bits >> i)).trailing_zeros();
                if i + len == 64 {
                    // Reaches the chunk's end: carried below.
                    break;
                }
                let at = base + i as usize;
                self.test(bytes, at..at + len as usize);
                long &= u64::MAX << (i + len);
            }
            // Without a branch: whether a run reaches the chunk's end follows the text.
            self.carried = super::select(
                bits >> 63 == 1,
                base + 64 - bits.leading_ones() as usize,
                self.carried,
            );
        }

        /// Takes the run `run` (maximal).
        #[inline(always)]
        fn test(&mut self, bytes: &[u8], run: std::ops::Range<usize>) {
            self.found |= run.len() >= MIN_RUN && bytes.get(run).is_some_and(looks_encoded);
        }

        /// Takes the end of the text.
        fn finish(&mut self, bytes: &[u8]) {
            if self.carried != Self::NONE {
                self.test(bytes, self.carried..bytes.len());
            }
        }
    }
}

/// `yes` if `cond`, else `no`, computed without a branch: a mask, not a jump the branch
/// predictor must guess (for conditions that follow the text, like a run reaching a chunk's
/// end).
#[inline(always)]
pub(crate) fn select(cond: bool, yes: usize, no: usize) -> usize {
    let mask = usize::from(cond).wrapping_neg();
    (yes & mask) | (no & !mask)
}

/// Bit `i` set where bits `i..i + n` of `c` are all set (`n >= 1`).
#[cfg(any(test, target_arch = "x86_64"))]
#[inline(always)]
pub(crate) fn at_least(c: u64, n: u32) -> u64 {
    let (mut s, mut have) = (c, 1);
    while have < n {
        let step = (n - have).min(have);
        s &= s >> step;
        have += step;
    }
    s
}

/// Width of the blocks [`TextStats::of`] keeps per-lane flags for: two SSE2 registers.
const LANES_W: usize = 32;

/// Per byte lane of a block: the OR of the bytes (bit 7: non-ASCII), whether an escape byte
/// or a control byte was seen, and how many digits.
#[derive(Default)]
struct Lanes {
    high: [u8; LANES_W],
    esc: [u8; LANES_W],
    ctl: [u8; LANES_W],
    digits: [u8; LANES_W],
}

impl Lanes {
    /// Adds one block: a fixed trip count with no early exit, so it compiles to vector code.
    #[inline(always)]
    fn add(&mut self, block: &[u8; LANES_W]) {
        for (j, &b) in block.iter().enumerate() {
            self.add_byte(j, b);
        }
    }

    /// Flags are kept as whole-lane masks (`0xff`), which is what a vector compare yields.
    #[inline(always)]
    fn add_byte(&mut self, j: usize, b: u8) {
        let mask = |c: bool| 0u8.wrapping_sub(u8::from(c));
        self.high[j] |= b;
        self.esc[j] |= mask(b == b'%') | mask(b == b'&') | mask(b == b'\\');
        // `(b | 4) == 13` is tab or carriage return, in one compare.
        self.ctl[j] |= mask(b < 0x20) & !(mask((b | 4) == 13) | mask(b == b'\n')) | mask(b == 0x7f);
        self.digits[j] = self.digits[j].wrapping_sub(mask(b.wrapping_sub(b'0') < 10));
    }

    /// The digit count so far, resetting the lanes' counters.
    fn flush_digits(&mut self) -> usize {
        let n = self.digits.iter().map(|&d| usize::from(d)).sum();
        self.digits = [0; LANES_W];
        n
    }

    fn merge_flags(&mut self, other: &Lanes) {
        for j in 0..LANES_W {
            self.high[j] |= other.high[j];
            self.esc[j] |= other.esc[j];
            self.ctl[j] |= other.ctl[j];
        }
    }
}

/// The OR of all lanes.
fn fold_or(lanes: &[u8; LANES_W]) -> u8 {
    lanes.iter().fold(0, |a, &x| a | x)
}

/// Bytes that extend a run: base64 (standard and URL-safe) and hex alphabets, plus `=`.
fn in_run(b: u8) -> bool {
    IN_RUN[usize::from(b)]
}

/// [`in_run`] as a table: one load per byte where [`long_runs`] tests whole blocks.
const IN_RUN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_' | b'=');
        b += 1;
    }
    t
};

/// `0x01` in every byte lane of a `u64`.
pub(crate) const LANES: u64 = 0x0101_0101_0101_0101;
/// Bit 7 of every byte lane.
pub(crate) const HIGH: u64 = LANES * 0x80;

/// Bit 7 set in each byte lane of `x` whose low seven bits are `>= lo` (for `lo <= 0x80`: the
/// sum never carries into the next lane), eight bytes at once.
#[inline(always)]
pub(crate) fn ge7(x: u64, lo: u8) -> u64 {
    (x & (LANES * 0x7f)).wrapping_add(LANES * u64::from(0x80 - lo)) & HIGH
}

/// Whether the eight bytes of `block` may all be [`in_run`]: a necessary condition, cheap
/// enough for every block. Every run byte is ASCII and at least `+` (0x2B); spaces, quotes,
/// commas, newlines and non-ASCII bytes, which break up prose, code, JSON and logs, are not.
#[inline(always)]
fn may_be_run(block: &[u8; 8]) -> bool {
    let x = u64::from_le_bytes(*block);
    x & HIGH == 0 && ge7(x, b'+') == HIGH
}

/// Shortest run worth decoding.
const MIN_RUN: usize = if MIN_B64_RUN < MIN_HEX_RUN {
    MIN_B64_RUN
} else {
    MIN_HEX_RUN
};
// Any 15 consecutive bytes contain a whole 8-byte block that starts at a multiple of 8.
const _: () = assert!(MIN_RUN >= 15);

/// Whether `bytes` holds a run long enough to decode that is not a plain word or identifier:
/// base64 of text mixes cases with digits or `+/`; hex runs mix digits with letters. (`-`,
/// `_` and `=` extend a run without making it look encoded: every identifier has them.) A `/`
/// counts only beside a capital letter: `/home/me/projects/a/b` is a path, while base64 of
/// ASCII text with `/` but no capital, digit or `+` in 16 characters needs every character of
/// the text in a few narrow byte ranges (`j k n o r s v w z` for every third one), which
/// readable text never is.
fn has_encoded_run(bytes: &[u8]) -> bool {
    long_runs(bytes, in_run, MIN_RUN).any(|r| looks_encoded(&bytes[r]))
}

/// Whether a run of [`in_run`] bytes looks encoded rather than like a word, identifier or path.
fn looks_encoded(run: &[u8]) -> bool {
    let (mut digit_plus, mut slash, mut upper) = (false, false, false);
    for &b in run {
        digit_plus |= b.is_ascii_digit() || b == b'+';
        slash |= b == b'/';
        upper |= b.is_ascii_uppercase();
    }
    digit_plus || (slash && upper)
}

/// Whether `member` accepts all eight bytes of `block`. No early exit: eight loads and ANDs
/// cost less than eight branches, and most blocks tested here pass.
#[inline(always)]
fn all_members(block: &[u8; 8], member: &impl Fn(u8) -> bool) -> bool {
    block.iter().fold(true, |all, &b| all & member(b))
}

/// The maximal runs of at least `min` bytes that `member` accepts, in order.
///
/// A run that long covers a whole aligned 8-byte block, so only blocks that may consist of run
/// bytes alone (one test of the whole block in a `u64`, see [`may_be_run`]) are looked at
/// closer; in prose and code most blocks hold a space or punctuation and cost that one test.
/// So `member` may accept only ASCII bytes from `+` (0x2B) up, and `min` must be at least 15.
fn long_runs(
    bytes: &[u8],
    member: impl Fn(u8) -> bool,
    min: usize,
) -> impl Iterator<Item = std::ops::Range<usize>> {
    debug_assert!(min >= 15 && (0..=255u8).all(|b| !member(b) || (b'+'..0x80).contains(&b)));
    let (blocks, _) = bytes.as_chunks::<8>();
    let mut k = 0;
    std::iter::from_fn(move || {
        while let Some(block) = blocks.get(k) {
            if !may_be_run(block) || !all_members(block, &member) {
                k += 1;
                continue;
            }
            // Every block before `k` holds a byte outside the run (it failed the test, or
            // holds the end of the last run), so the run starts at most 7 bytes back.
            let probe = k * 8;
            let start = bytes[..probe]
                .iter()
                .rposition(|&b| !member(b))
                .map_or(0, |i| i + 1);
            // Long runs (base64 blobs) extend a whole block at a time, then byte by byte
            // inside the block (or the tail) where they end.
            let mut next = k + 1;
            while blocks.get(next).is_some_and(|b| all_members(b, &member)) {
                next += 1;
            }
            let tail = next * 8;
            let end = bytes[tail..]
                .iter()
                .position(|&b| !member(b))
                .map_or(bytes.len(), |i| tail + i);
            // The block holding `end` holds a byte outside the run.
            k = end / 8 + 1;
            if end - start >= min {
                return Some(start..end);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;

    #[test]
    fn long_runs_are_the_maximal_runs_of_at_least_min_bytes() {
        let alphabet = b"aZ09+/-_=:. \n\xc3\xa9";
        let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..2000 {
            let mut t = Vec::new();
            for _ in 0..rng.below(200) {
                // Mostly run bytes, so long runs are common.
                let pick = rng.below(alphabet.len() + 12);
                t.push(alphabet.get(pick).copied().unwrap_or(b'x'));
            }
            let member = |b: u8| b.is_ascii_alphanumeric() || b == b'+' || b == b'/';
            let mut want = Vec::new();
            let mut start = None;
            for (i, &b) in t.iter().chain(std::iter::once(&b' ')).enumerate() {
                match (member(b), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        if i - s >= 16 {
                            want.push(s..i);
                        }
                        start = None;
                    }
                    _ => {}
                }
            }
            let got: Vec<_> = long_runs(&t, member, 16).collect();
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&t));
        }
    }

    #[test]
    fn paths_are_not_encoded_runs_and_base64_is() {
        assert!(!TextStats::of("/home/me/projects/a/b.rs").encoded_run);
        assert!(!TextStats::of("see src/normalize/stats/tests for more").encoded_run);
        assert!(TextStats::of("/Users/Me/Projects/a/b").encoded_run);
        // "ignore all previous" in base64: capitals and digits.
        assert!(TextStats::of("aWdub3JlIGFsbCBwcmV2aW91cw==").encoded_run);
        assert!(TextStats::of("deadbeefcafe0123456789").encoded_run);
    }

    #[test]
    fn plain_ascii_prose_is_plain() {
        let s = TextStats::of("Hello world, this is some_identifier_name and 42.");
        assert!(s.plain());
        assert_eq!(s.digits, 2);
    }

    /// The per-byte definition the fast passes must agree with.
    fn reference(text: &str) -> TextStats {
        let mut s = TextStats::default();
        let (mut run, mut mixed, mut slash, mut upper) = (0usize, false, false, false);
        for &b in text.as_bytes().iter().chain(std::iter::once(&b' ')) {
            if in_run(b) {
                run += 1;
                mixed |= b.is_ascii_digit() || b == b'+';
                slash |= b == b'/';
                upper |= b.is_ascii_uppercase();
            } else {
                s.encoded_run |= run >= MIN_B64_RUN.min(MIN_HEX_RUN) && (mixed || (slash && upper));
                (run, mixed, slash, upper) = (0, false, false, false);
            }
        }
        for &b in text.as_bytes() {
            s.digits += usize::from(b.is_ascii_digit());
            s.non_ascii |= b >= 0x80;
            s.escapes |= matches!(b, b'%' | b'&' | b'\\');
            s.controls |= (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f;
        }
        s
    }

    #[test]
    fn fast_passes_agree_with_the_per_byte_definition() {
        let mut cases: Vec<String> = vec![
            String::new(),
            "0".repeat(255),
            "0".repeat(256),
            "9".repeat(1000),
            "a".repeat(15) + "1",
            "a".repeat(14) + "1",
            " ".repeat(15) + &"a".repeat(15) + "1",
            "x".repeat(40) + " abcdefghijklmnop1",
            "AAAA/".to_owned() + &"b".repeat(11),
            "identifier_with_many_words_and_no_digits".to_owned(),
            "caf\u{e9} 50% \x1b[2J a&b c\\d\x7f".to_owned(),
        ];
        // The second alphabet is mostly run bytes, so long runs (and runs that end at a
        // block edge or at the end of the text) are common.
        let alphabets: [&[char]; 2] = [
            &[
                'a', 'Z', '7', '+', '/', ' ', '-', '=', '%', '\n', '\u{1}', 'é',
            ],
            &['a', 'b', 'Z', 'q', '_', '-', '=', '7', ' '],
        ];
        let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
        for alphabet in alphabets {
            for _ in 0..300 {
                let t: String = (0..rng.below(600)).map(|_| *rng.pick(alphabet)).collect();
                cases.push(t);
            }
        }
        for c in &cases {
            assert_eq!(TextStats::of(c), reference(c), "{c:?}");
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn avx2_agrees_with_the_portable_passes() {
        if !crate::cpu::avx2() {
            return;
        }
        // Every byte class the tables tell apart, with run bytes weighted up so that runs
        // cross chunk edges and end at the text's end.
        let alphabet: &[char] = &[
            'a', 'q', 'z', 'A', 'Z', '0', '9', '+', '/', '-', '_', '=', '.', ' ', '%', '&', '\\',
            '\t', '\n', '\r', '\u{1}', '\u{1f}', '\u{7f}', '\u{e9}', '@', '`', '[', '{', '\'',
        ];
        let runs: &[char] = &['a', 'b', 'Z', 'q', '/', '_', '-', '='];
        let mut rng = Rng::new(0xa076_1d64_78bd_642f);
        let mut texts = Vec::new();
        for len in 0..200 {
            for _ in 0..20 {
                let mostly_runs = rng.below(2) == 0;
                let t: String = (0..len)
                    .map(|_| match rng.below(8) {
                        0 if mostly_runs => *rng.pick(alphabet),
                        _ if mostly_runs => *rng.pick(runs),
                        _ => *rng.pick(alphabet),
                    })
                    .collect();
                texts.push(t);
            }
        }
        for len in [4096, 20_000, 100_000] {
            for filler in ["0", "a", "aZ+/", "a-b_c "] {
                let mut t = filler.repeat(len / filler.len());
                // One odd byte somewhere, which may make the text encoded, escaped or
                // controlled.
                let at = rng.below(t.len());
                let c = *rng.pick(alphabet);
                t.replace_range(at..at + 1, c.encode_utf8(&mut [0; 4]));
                texts.push(t);
            }
        }
        for t in &texts {
            // SAFETY: AVX2 is present (checked above).
            let got = unsafe { avx2::of(t.as_bytes()) };
            assert_eq!(got, TextStats::portable(t), "{t:?}");
        }
    }

    #[test]
    fn ge7_matches_its_per_byte_definition_in_every_lane() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                for fill in [0u8, b'.', 0x7f, 0xff] {
                    let x = (LANES * u64::from(fill)) & !(0xff << (8 * lane))
                        | u64::from(b) << (8 * lane);
                    for lo in [0u8, 1, b'+', b'a', 0x7f, 0x80] {
                        let got = ge7(x, lo) >> (8 * lane + 7) & 1 == 1;
                        assert_eq!(got, b & 0x7f >= lo, "byte {b:#x} lo {lo:#x} lane {lane}");
                    }
                }
            }
        }
    }

    #[test]
    fn flags_what_needs_views() {
        assert!(TextStats::of("caf\u{e9}").non_ascii);
        assert!(TextStats::of("a%20b").escapes);
        assert!(TextStats::of("aWdub3JlIHByZXZpb3Vz").encoded_run);
        assert!(TextStats::of("\x1b[2J").controls);
    }
}
