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
    /// Two passes, both cheap: the byte flags and the digit count are a loop of comparisons
    /// the compiler vectorizes; encoded runs are found by probing every 16th byte, because a
    /// run of at least [`MIN_B64_RUN`] bytes must cover one of them, so ordinary prose (short
    /// words) costs one probe per 16 bytes instead of a branch per byte.
    pub fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let (mut high, mut esc, mut ctl, mut digits) = (false, false, false, 0usize);
        // Chunks of 255 so the per-chunk digit count fits in a u8 lane.
        for chunk in bytes.chunks(255) {
            let (mut h, mut e, mut c, mut d) = (0u8, 0u8, 0u8, 0u8);
            for &b in chunk {
                h |= b & 0x80;
                e |= u8::from(b == b'%') | u8::from(b == b'&') | u8::from(b == b'\\');
                c |=
                    u8::from(b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) | u8::from(b == 0x7f);
                d += u8::from(b.wrapping_sub(b'0') < 10);
            }
            high |= h != 0;
            esc |= e != 0;
            ctl |= c != 0;
            digits += usize::from(d);
        }
        TextStats {
            non_ascii: high,
            escapes: esc,
            encoded_run: has_encoded_run(bytes),
            controls: ctl,
            digits,
        }
    }

    /// Whether the raw text is the only view that can matter.
    pub fn plain(&self) -> bool {
        !(self.non_ascii || self.escapes || self.encoded_run)
    }
}

/// Bytes that extend a run: base64 (standard and URL-safe) and hex alphabets, plus `=`.
fn in_run(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_' | b'=')
}

/// Whether `bytes` holds a run long enough to decode that is not a plain word or identifier:
/// base64 of text mixes cases with digits or `+/`; hex runs mix digits with letters. (`-`,
/// `_` and `=` extend a run without making it look encoded: every identifier has them.)
fn has_encoded_run(bytes: &[u8]) -> bool {
    let min = MIN_B64_RUN.min(MIN_HEX_RUN);
    let mut probe = min - 1;
    while probe < bytes.len() {
        if !in_run(bytes[probe]) {
            probe += min;
            continue;
        }
        let start = bytes[..probe]
            .iter()
            .rposition(|&b| !in_run(b))
            .map_or(0, |i| i + 1);
        let end = bytes[probe..]
            .iter()
            .position(|&b| !in_run(b))
            .map_or(bytes.len(), |i| probe + i);
        let run = &bytes[start..end];
        if run.len() >= min
            && run
                .iter()
                .any(|&b| b.is_ascii_digit() || b == b'+' || b == b'/')
        {
            return true;
        }
        probe = end + min;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_prose_is_plain() {
        let s = TextStats::of("Hello world, this is some_identifier_name and 42.");
        assert!(s.plain());
        assert_eq!(s.digits, 2);
    }

    /// The per-byte definition the fast passes must agree with.
    fn reference(text: &str) -> TextStats {
        let mut s = TextStats::default();
        let (mut run, mut mixed) = (0usize, false);
        for &b in text.as_bytes().iter().chain(std::iter::once(&b' ')) {
            if in_run(b) {
                run += 1;
                mixed |= b.is_ascii_digit() || b == b'+' || b == b'/';
            } else {
                s.encoded_run |= run >= MIN_B64_RUN.min(MIN_HEX_RUN) && mixed;
                (run, mixed) = (0, false);
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
        let alphabet = [
            'a', 'Z', '7', '+', '/', ' ', '-', '=', '%', '\n', '\u{1}', 'é',
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..300 {
            let mut t = String::new();
            for _ in 0..(state % 600) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                t.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            cases.push(t);
        }
        for c in &cases {
            assert_eq!(TextStats::of(c), reference(c), "{c:?}");
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
