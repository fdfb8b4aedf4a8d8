//! Candidate runs for the base64 and hex decoders, found from one bit per byte.
//!
//! A pass over the text sets a bit for each byte of a base64 alphabet (32 bytes per step with
//! AVX2, a table lookup per byte without it), 64 bits to a word. Runs long enough to decode
//! are then found from the words alone: a 16-bit window of set bits is four shifts and ANDs
//! per word, so prose and code, whose words are shorter than a run, cost no test per byte,
//! and a base64 blob costs two bit scans per line instead of a test per byte.

use crate::normalize::stats::{HIGH, LANES};
use std::ops::Range;

/// Shortest run handed to the decoders: `MIN_B64_RUN.min(MIN_HEX_RUN)`. The search tests
/// windows of this many bytes by doubling shifts, and 16 is also what makes the per-word
/// pretest valid (any 15 consecutive bytes hold a whole aligned 8-byte lane).
pub(super) const MIN_RUN: usize = 16;

/// Bytes of the standard and URL-safe base64 alphabets (hex digits are a subset): the bytes
/// a run is made of.
pub(super) const IN_RUN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_');
        b += 1;
    }
    t
};

/// Bit 7 of each 8-bit lane of `m` that is all ones (a whole aligned 8-byte block of run
/// bytes); no lane carries into the next, as `(lane & 0x7f) + 1 <= 0x80`.
fn full_lanes(m: u64) -> u64 {
    (m & (LANES * 0x7f)).wrapping_add(LANES) & m & HIGH
}

/// The maximal runs of [`IN_RUN`] bytes of `bytes` at least [`MIN_RUN`] long, in order.
pub(super) fn long_runs(bytes: &[u8]) -> impl Iterator<Item = Range<usize>> {
    let masks = run_masks(bytes);
    // Search from bit `from` of word `k`: the end of the last run (a byte outside any run),
    // so the first window found is the start of a maximal run.
    let (mut k, mut from) = (0usize, 0u32);
    std::iter::from_fn(move || {
        while let Some(&word) = masks.get(k) {
            let m = word & (!0u64 << from);
            let next = masks.get(k + 1).copied().unwrap_or(0);
            // A window of 16 starting in this word covers an aligned lane of it, or the first
            // lane of the next one; most words of text have neither and cost only this test.
            if full_lanes(m) == 0 && next & 0xFF != 0xFF {
                (k, from) = (k + 1, 0);
                continue;
            }
            // Bit i of `t`: bytes i..i+16 of this word and the next are all run bytes.
            let mut t = u128::from(m) | u128::from(next) << 64;
            t &= t >> 1;
            t &= t >> 2;
            t &= t >> 4;
            t &= t >> 8;
            let starts = t as u64;
            if starts == 0 {
                (k, from) = (k + 1, 0);
                continue;
            }
            let start = k * 64 + starts.trailing_zeros() as usize;
            // The run ends at the first byte outside it past the window; padding bits are
            // clear, so it ends at the latest with the text.
            let mut end = start + MIN_RUN;
            while let Some(&word) = masks.get(end / 64) {
                let out = !word >> (end % 64);
                if out != 0 {
                    end += out.trailing_zeros() as usize;
                    break;
                }
                end = (end / 64 + 1) * 64;
            }
            let end = end.min(bytes.len());
            (k, from) = (end / 64, (end % 64) as u32);
            return Some(start..end);
        }
        None
    })
}

/// One word per 64 bytes of `bytes`: bit i set when byte i is [`IN_RUN`]. The last word is
/// padded with clear bits.
fn run_masks(bytes: &[u8]) -> Vec<u64> {
    #[cfg(target_arch = "x86_64")]
    if crate::cpu::avx2() {
        // SAFETY: the CPU supports AVX2, checked at run time.
        return unsafe { simd::run_masks_avx2(bytes) };
    }
    run_masks_scalar(bytes)
}

/// [`run_masks`] a byte at a time: the portable path, and the reference for the AVX2 one.
fn run_masks_scalar(bytes: &[u8]) -> Vec<u64> {
    bytes
        .chunks(64)
        .map(|c| {
            c.iter().enumerate().fold(0u64, |m, (i, &b)| {
                m | u64::from(IN_RUN[usize::from(b)]) << i
            })
        })
        .collect()
}

#[cfg(target_arch = "x86_64")]
mod simd {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_set1_epi8, _mm256_setr_epi8, _mm256_setzero_si256, _mm256_shuffle_epi8,
        _mm256_srli_epi16,
    };

    /// Run bytes by their high nibble, one bit per group of rows of the byte table: bit 0
    /// `A-O a-o` (rows 4 and 6, low nibble 1-F), bit 1 `P-Z p-z` (rows 5 and 7, 0-A),
    /// bit 2 digits, bit 3 `+ - /`, bit 4 `_`. A byte is a run byte when the bits of its
    /// high and low nibble share one; bytes from 0x80 have high nibble 8-F, which no group has.
    const HI: [i8; 16] = [0, 0, 8, 4, 1, 2 | 16, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0];
    /// The low nibbles of each group of [`HI`].
    const LO: [i8; 16] = [
        2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2 | 4,
        1 | 2,
        1 | 8,
        1,
        1 | 8,
        1,
        1 | 8 | 16,
    ];

    /// The table `t` in both 128-bit lanes, as `vpshufb` looks up each lane separately.
    #[target_feature(enable = "avx2")]
    fn table(t: [i8; 16]) -> __m256i {
        _mm256_setr_epi8(
            t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12], t[13],
            t[14], t[15], t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
            t[12], t[13], t[14], t[15],
        )
    }

    /// [`super::run_masks`] 32 bytes per step.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn run_masks_avx2(bytes: &[u8]) -> Vec<u64> {
        let (hi, lo) = (table(HI), table(LO));
        let nibble = _mm256_set1_epi8(0x0F);
        let zero = _mm256_setzero_si256();
        let bits = |p: &[u8; 32]| {
            // SAFETY: `p` is 32 readable bytes; the load has no alignment requirement.
            let x = unsafe { _mm256_loadu_si256(p.as_ptr().cast::<__m256i>()) };
            let h = _mm256_and_si256(_mm256_srli_epi16::<4>(x), nibble);
            let l = _mm256_and_si256(x, nibble);
            let both = _mm256_and_si256(_mm256_shuffle_epi8(hi, h), _mm256_shuffle_epi8(lo, l));
            // `movemask` sets a bit per byte of no group; the sign cast keeps all 32 bits.
            !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(both, zero)) as u32)
        };
        let word = |c: &[u8; 64]| {
            let (halves, _) = c.as_chunks::<32>();
            halves
                .iter()
                .rev()
                .fold(0u64, |m, half| m << 32 | u64::from(bits(half)))
        };
        let (chunks, tail) = bytes.as_chunks::<64>();
        let mut masks = Vec::with_capacity(chunks.len() + 1);
        masks.extend(chunks.iter().map(word));
        if !tail.is_empty() {
            // Zero padding: 0x00 is no run byte, so the padding bits are clear.
            let mut last = [0u8; 64];
            last[..tail.len()].copy_from_slice(tail);
            masks.push(word(&last));
        }
        masks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::Rng;

    /// The runs by a walk over every byte: the reference for the search over words.
    fn runs_by_walk(bytes: &[u8]) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        let mut start = None;
        for (i, &b) in bytes.iter().enumerate() {
            match (IN_RUN[usize::from(b)], start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    if i - s >= MIN_RUN {
                        runs.push(s..i);
                    }
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start
            && bytes.len() - s >= MIN_RUN
        {
            runs.push(s..bytes.len());
        }
        runs
    }

    /// Text of run bytes broken now and then, so runs of every length around [`MIN_RUN`] and
    /// across word boundaries come up; `gap` sets how often.
    fn text(rng: &mut Rng, len: usize, gap: usize) -> Vec<u8> {
        const RUN: &[u8] = b"AZaz09+/-_fF";
        const OTHER: &[u8] = b" .=,:*@[`{\n\x00\x7f\x80\xc3\xff";
        (0..len)
            .map(|_| {
                if rng.below(gap) == 0 {
                    *rng.pick(OTHER)
                } else {
                    *rng.pick(RUN)
                }
            })
            .collect()
    }

    #[test]
    fn run_bytes_are_the_base64_alphabets() {
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
        for b in 0..=255u8 {
            assert_eq!(IN_RUN[usize::from(b)], alphabet.contains(&b), "{b:#x}");
        }
    }

    #[test]
    fn masks_agree_with_the_byte_table_for_every_byte() {
        let all: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        assert_eq!(run_masks(&all), run_masks_scalar(&all));
    }

    #[test]
    fn masks_agree_with_the_scalar_path_at_every_length() {
        let mut rng = Rng::new(0x6a09_e667_f3bc_c908);
        for len in (0..200).chain([1000, 4096, 65_537]) {
            for _ in 0..20 {
                let t: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
                assert_eq!(run_masks(&t), run_masks_scalar(&t), "len {len}");
                let t = text(&mut rng, len, 8);
                assert_eq!(run_masks(&t), run_masks_scalar(&t), "len {len}");
            }
        }
    }

    #[test]
    fn long_runs_are_the_maximal_runs_of_at_least_sixteen_bytes() {
        let mut rng = Rng::new(0xbb67_ae85_84ca_a73b);
        for len in (0..200).chain([1000, 4096, 10_000]) {
            for gap in [3, 12, 20, 40, 100] {
                let t = text(&mut rng, len, gap);
                assert_eq!(
                    long_runs(&t).collect::<Vec<_>>(),
                    runs_by_walk(&t),
                    "{:?}",
                    String::from_utf8_lossy(&t)
                );
            }
        }
    }
}
