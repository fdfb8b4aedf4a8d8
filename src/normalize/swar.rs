//! Byte classes of eight bytes at once in a `u64` (SWAR): each answer sets bit 7 of the byte
//! lanes where the class holds. A test checks each against its per-byte definition in every
//! lane.
//!
//! Why: the per-byte passes over benign text (the encoded-run probe) decide most 8-byte blocks
//! with one of these instead of a branch per byte.

/// `0x01` in every lane.
const LANES: u64 = 0x0101_0101_0101_0101;
/// Bit 7 of every lane: the answer when a class holds for all eight bytes.
pub const HIGH: u64 = LANES * 0x80;

/// Reads eight bytes as a little-endian word (lane `k` is `bytes[k]`).
#[inline(always)]
pub fn load(bytes: &[u8; 8]) -> u64 {
    u64::from_le_bytes(*bytes)
}

/// Lanes whose low seven bits are `>= lo` (for `lo <= 0x80`: the sum never carries into the
/// next lane). Callers that need the full byte mask out lanes with bit 7 set themselves.
#[inline(always)]
pub fn ge7(x: u64, lo: u8) -> u64 {
    (x & (LANES * 0x7f)).wrapping_add(LANES * u64::from(0x80 - lo)) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
