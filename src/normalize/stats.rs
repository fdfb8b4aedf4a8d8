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
    /// Computes the statistics of `text` in one pass.
    pub fn of(text: &str) -> Self {
        let mut s = TextStats::default();
        let mut run = 0usize;
        let mut run_mixed = 0u8; // bit 0: digit, bit 1: upper, bit 2: lower, bit 3: + or /
        for &b in text.as_bytes() {
            match b {
                b'0'..=b'9' => {
                    s.digits += 1;
                    run += 1;
                    run_mixed |= 1;
                }
                b'A'..=b'Z' => {
                    run += 1;
                    run_mixed |= 2;
                }
                b'a'..=b'z' => {
                    run += 1;
                    run_mixed |= 4;
                }
                b'+' | b'/' => {
                    run += 1;
                    run_mixed |= 8;
                }
                // URL-safe base64 characters, but also every identifier's: they extend a run
                // without making it look encoded.
                b'-' | b'_' | b'=' => run += 1,
                _ => {
                    s.note_run(run, run_mixed);
                    run = 0;
                    run_mixed = 0;
                    match b {
                        b'%' | b'&' | b'\\' => s.escapes = true,
                        0x80..=0xFF => s.non_ascii = true,
                        b'\t' | b'\n' | b'\r' => {}
                        0x00..=0x1F | 0x7F => s.controls = true,
                        _ => {}
                    }
                }
            }
        }
        s.note_run(run, run_mixed);
        s
    }

    fn note_run(&mut self, run: usize, mixed: u8) {
        // A run qualifies when it is long and not a plain word or identifier: base64 of text
        // mixes cases with digits or `+/`; hex runs mix digits with letters.
        if run >= MIN_B64_RUN.min(MIN_HEX_RUN) && (mixed & 1 != 0 || mixed & 8 != 0) {
            self.encoded_run = true;
        }
    }

    /// Whether the raw text is the only view that can matter.
    pub fn plain(&self) -> bool {
        !(self.non_ascii || self.escapes || self.encoded_run)
    }
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

    #[test]
    fn flags_what_needs_views() {
        assert!(TextStats::of("caf\u{e9}").non_ascii);
        assert!(TextStats::of("a%20b").escapes);
        assert!(TextStats::of("aWdub3JlIHByZXZpb3Vz").encoded_run);
        assert!(TextStats::of("\x1b[2J").controls);
    }
}
