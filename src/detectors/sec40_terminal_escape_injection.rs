//! SEC-40 TerminalEscapeInjection.
//!
//! ## What it catches
//! ANSI/VT control sequences in text that may reach a terminal: CSI sequences that move the
//! cursor, erase the screen or lines, switch screens or hide the cursor; SGR 8 (concealed
//! text); OSC sequences that set hyperlinks (OSC 8), window titles (OSC 0/1/2) or the
//! clipboard (OSC 52); DCS/APC/PM/SOS strings; full resets; C1 control equivalents; backspace
//! runs that overwrite what was printed. Plain SGR colour codes are reported as Low.
//!
//! ## Why it matters
//! Hosts and CLI agents print tool output and descriptions to terminals. Escape sequences let
//! a server hide text from the human while the model still reads it, rewrite what was shown,
//! disguise a link target, or write to the clipboard.
//!
//! ## Example
//! `All good.\x1b[2K\x1b[1A` erases the line that carried the real instruction;
//! `\x1b]8;;https://evil.example\x07docs.rs\x1b]8;;\x07` shows `docs.rs`, links elsewhere.
//!
//! ## Known false positives
//! Colourised compiler or test output (Low only); progress bars that redraw a line.
//!
//! Origins: Output, Metadata and ServerRequest: that is what gets rendered to a user.
//! Arguments the model writes (Input) are not displayed by a terminal on sentinel's side.

use super::{DetectorInfo, NativeHit, ViewSet};
use crate::normalize::TextStats;
use crate::scan::excerpt::sanitize;
use crate::scan::select::Profile;
use crate::scan::{Origin, Severity};
use std::ops::Range;

/// Registry row.
pub const INFO: DetectorInfo = DetectorInfo {
    id: "SEC-40",
    name: "TerminalEscapeInjection",
    default_severity: Severity::High,
    origins: &[Origin::Output, Origin::Metadata, Origin::ServerRequest],
    profile: Profile::Security,
    summary: "ANSI CSI/OSC/DCS sequences that move the cursor, erase, conceal, set links, titles or the clipboard",
    views: ViewSet::RAW,
    redact: false,
    pack: None,
    native: Some((trigger, scan)),
    scans_text: true,
};

fn trigger(s: &TextStats) -> bool {
    s.controls || s.non_ascii
}

/// Collects one hit per rule: first occurrence to last, with a count.
#[derive(Default)]
struct Acc {
    rules: Vec<(&'static str, Severity, Range<usize>, usize, String)>,
}

impl Acc {
    fn add(&mut self, rule: &'static str, sev: Severity, span: Range<usize>, text: &str) {
        // The scan walks bytes, so a sequence cut short by a multi-byte character (`ESC [` then
        // an emoji) ends inside it; spans must fall on character boundaries for excerpts and
        // redaction, so the end moves forward to the end of that character.
        let mut end = span.end.min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let span = span.start..end;
        if let Some(r) = self.rules.iter_mut().find(|r| r.0 == rule) {
            r.2.end = span.end;
            r.3 += 1;
        } else {
            let ex = sanitize(&text[span.clone()]);
            self.rules.push((rule, sev, span, 1, ex));
        }
    }
}

fn scan(text: &str, _stats: &TextStats, out: &mut Vec<NativeHit>) {
    let b = text.as_bytes();
    let mut acc = Acc::default();
    let mut i = next_trigger(b, 0);
    while i < b.len() {
        // ESC, or the two-byte UTF-8 forms of C1 CSI (U+009B), OSC (U+009D), DCS (U+0090).
        let (intro, body) = match b[i] {
            0x1B if i + 1 < b.len() => (b[i + 1], i + 2),
            0xC2 if i + 1 < b.len() && matches!(b[i + 1], 0x9B | 0x9D | 0x90) => (
                match b[i + 1] {
                    0x9B => b'[',
                    0x9D => b']',
                    _ => b'P',
                },
                i + 2,
            ),
            0x08 => {
                let start = i;
                while i < b.len() && b[i] == 0x08 {
                    i += 1;
                }
                if i - start >= 2 {
                    acc.add("backspace-overwrite", Severity::Medium, start..i, text);
                }
                continue;
            }
            _ => {
                // Nothing else starts a sequence: jump to the next byte that can (on text
                // without escapes that is one vectorized search, not a test per byte).
                i = next_trigger(b, i + 1);
                continue;
            }
        };
        let start = i;
        match intro {
            b'[' => {
                let mut j = body;
                while j < b.len() && (0x30..=0x3F).contains(&b[j]) {
                    j += 1;
                }
                while j < b.len() && (0x20..=0x2F).contains(&b[j]) {
                    j += 1;
                }
                let Some(&fin) = b.get(j) else {
                    acc.add("csi-sequence", Severity::Medium, start..b.len(), text);
                    break;
                };
                let params = &text[body..j];
                let end = j + 1;
                if fin == b'm' {
                    let conceal = params.split([';', ':']).any(|p| p == "8");
                    if conceal {
                        acc.add("sgr-conceal", Severity::High, start..end, text);
                    } else {
                        acc.add("sgr-colour", Severity::Low, start..end, text);
                    }
                } else if (0x40..=0x7E).contains(&fin) {
                    acc.add("csi-cursor-erase-mode", Severity::High, start..end, text);
                } else {
                    acc.add("csi-sequence", Severity::Medium, start..end, text);
                }
                i = end.max(start + 1);
            }
            b']' => {
                // Runs to BEL or ST (ESC \); an unterminated OSC swallows the rest.
                let mut j = body;
                let mut end = b.len();
                while j < b.len() {
                    if b[j] == 0x07 {
                        end = j + 1;
                        break;
                    }
                    if b[j] == 0x1B && b.get(j + 1) == Some(&b'\\') {
                        end = j + 2;
                        break;
                    }
                    j += 1;
                }
                let payload = &text[body..j.min(b.len())];
                let num = payload.split(';').next().unwrap_or("");
                let (rule, sev) = match num {
                    "8" => ("osc-hyperlink", Severity::High),
                    "0" | "1" | "2" => ("osc-window-title", Severity::High),
                    "52" => ("osc-clipboard", Severity::Critical),
                    _ => ("osc-sequence", Severity::Medium),
                };
                acc.add(rule, sev, start..end, text);
                i = end.max(start + 1);
            }
            b'P' | b'_' | b'^' | b'X' => {
                let end = text[body..]
                    .find("\u{1b}\\")
                    .map_or(b.len(), |p| body + p + 2);
                acc.add("dcs-apc-string", Severity::High, start..end, text);
                i = end.max(start + 1);
            }
            b'c' | b'7' | b'8' | b'M' | b'D' | b'E' | b'H' => {
                acc.add("esc-reset-or-cursor", Severity::High, start..body, text);
                i = body;
            }
            _ => {
                acc.add(
                    "escape-sequence",
                    Severity::Medium,
                    start..body.min(b.len()),
                    text,
                );
                i = body.min(b.len()).max(start + 1);
            }
        }
    }
    for (rule, severity, span, n, ex) in acc.rules {
        out.push(NativeHit {
            rule,
            severity,
            span,
            excerpt: if n > 1 { format!("{ex} (×{n})") } else { ex },
        });
    }
}

/// Offset of the first byte at or after `from` that can start what [`scan`] looks for: ESC,
/// backspace, or 0xC2 (the lead byte of the C1 controls' UTF-8 forms); `b.len()` if none.
fn next_trigger(b: &[u8], from: usize) -> usize {
    b.get(from..)
        .and_then(|rest| memchr::memchr3(0x1B, 0x08, 0xC2, rest))
        .map_or(b.len(), |p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(t: &str) -> Vec<(&'static str, Severity)> {
        let mut v = Vec::new();
        scan(t, &TextStats::of(t), &mut v);
        v.into_iter().map(|h| (h.rule, h.severity)).collect()
    }

    #[test]
    fn sequences_cut_short_by_multibyte_characters_end_on_a_boundary() {
        // Found by the `scan` fuzz target (fuzz/regressions/scan/crash-184e…).
        for t in [
            "\x1b[\u{1F512}x",
            "\x1b\u{1F512}",
            "a\x1b[4F\x1b[\u{1F512}Normal",
            "\x1b[12\u{e9}",
        ] {
            let mut v = Vec::new();
            scan(t, &TextStats::of(t), &mut v);
            assert!(!v.is_empty(), "{t:?}");
            for h in v {
                assert!(
                    t.get(h.span.clone()).is_some(),
                    "{t:?}: span {:?} off a boundary",
                    h.span
                );
            }
        }
    }

    #[test]
    fn classifies_sequences() {
        assert_eq!(rules("\x1b[31mred\x1b[0m"), [("sgr-colour", Severity::Low)]);
        assert_eq!(
            rules("ok\x1b[2K\x1b[1A"),
            [("csi-cursor-erase-mode", Severity::High)]
        );
        assert_eq!(
            rules("\x1b]8;;https://e.example\x07x\x1b]8;;\x07"),
            [("osc-hyperlink", Severity::High)]
        );
        assert_eq!(
            rules("\x1b]52;c;aGk=\x07"),
            [("osc-clipboard", Severity::Critical)]
        );
        assert_eq!(rules("\x1b[8mhidden"), [("sgr-conceal", Severity::High)]);
        assert_eq!(
            rules("\u{9b}2J"),
            [("csi-cursor-erase-mode", Severity::High)]
        );
        assert!(rules("plain text\n\ttabs\r\n").is_empty());
    }

    #[test]
    fn truncated_sequences_do_not_panic() {
        for t in ["\x1b", "\x1b[", "\x1b[12", "\x1b]8;;", "\x1bP", "\u{9b}"] {
            let _ = rules(t);
        }
    }
}
