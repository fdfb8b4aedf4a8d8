//! Binary content (`blob`, image/audio `data`): MIME allowlist, base64, charset decoding.
//!
//! A blob is scanned only when its MIME type is on the allowlist (or when it has no MIME type
//! and decodes as text): a PNG is not text a model reads, while a `text/markdown` resource
//! delivered as base64 is. Decoding failures of content we decided to scan are errors, so the
//! caller fails closed instead of forwarding content it could not look at.
//!
//! May not: guess a charset that the MIME type contradicts, or scan a blob whose MIME type is
//! not allowed.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::fmt;

/// The default `--scan-mimes` list.
pub const DEFAULT_SCAN_MIMES: &str =
    "text/,application/json,application/xml,application/yaml,application/javascript";

/// Which MIME types get their binary content decoded and scanned.
///
/// Entries are essences (`application/json`); one ending in `/` (`text/`) matches any subtype.
/// Structured-syntax suffixes count too: `application/ld+json` matches `application/json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MimeAllowlist {
    entries: Vec<String>,
}

impl Default for MimeAllowlist {
    fn default() -> Self {
        MimeAllowlist::parse(DEFAULT_SCAN_MIMES)
    }
}

impl fmt::Display for MimeAllowlist {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.entries.join(","))
    }
}

impl MimeAllowlist {
    /// Parses a comma-separated list (`text/,application/json`).
    pub fn parse(list: &str) -> Self {
        Self::from_entries(list.split(','))
    }

    /// Builds a list from entries; blanks are ignored, case is folded.
    pub fn from_entries<'s>(entries: impl IntoIterator<Item = &'s str>) -> Self {
        MimeAllowlist {
            entries: entries
                .into_iter()
                .map(|e| e.trim().to_ascii_lowercase())
                .filter(|e| !e.is_empty())
                .collect(),
        }
    }

    /// The entries as given.
    pub fn entries(&self) -> &[String] {
        &self.entries
    }

    /// Whether content of this MIME type (parameters allowed) is scanned.
    pub fn allows(&self, mime: &str) -> bool {
        let essence = essence(mime);
        let suffix_form = essence.split_once('/').and_then(|(top, sub)| {
            sub.rsplit_once('+')
                .map(|(_, suffix)| format!("{top}/{suffix}"))
        });
        self.entries.iter().any(|entry| {
            let hit = |m: &str| {
                if entry.ends_with('/') {
                    m.starts_with(entry.as_str())
                } else {
                    m == entry
                }
            };
            hit(&essence) || suffix_form.as_deref().is_some_and(hit)
        })
    }
}

/// `Text/HTML; charset=utf-8` → `text/html`.
fn essence(mime: &str) -> String {
    mime.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// The `charset` parameter of a MIME type, unquoted, if any.
pub fn charset_param(mime: &str) -> Option<String> {
    mime.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Why a blob could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlobError {
    /// The base64 did not decode.
    Base64,
    /// The MIME type names a charset we do not know (label kept, sanitised).
    UnknownCharset(String),
    /// The bytes are not valid in the charset they claim (label kept).
    Undecodable(String),
}

/// What became of a blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlobText {
    /// Decoded text to scan.
    Text(String),
    /// Not scanned: the MIME type is not on the allowlist (the type is kept for the log).
    NotAllowed(String),
    /// Not scanned: no MIME type and the bytes are not text.
    Binary,
}

/// Decodes base64 that may or may not carry padding.
pub fn decode_base64(data: &str) -> Result<Vec<u8>, BlobError> {
    let trimmed = data.trim_end_matches('=');
    STANDARD
        .decode(data)
        .or_else(|_| STANDARD_NO_PAD.decode(trimmed))
        .map_err(|_| BlobError::Base64)
}

/// Turns a base64 blob into text to scan, according to its MIME type and the allowlist.
pub fn blob_text(
    data: &str,
    mime: Option<&str>,
    allow: &MimeAllowlist,
) -> Result<BlobText, BlobError> {
    if let Some(m) = mime
        && !allow.allows(m)
    {
        return Ok(BlobText::NotAllowed(sanitise_label(&essence(m))));
    }
    let bytes = decode_base64(data)?;
    match mime {
        Some(m) => decode_text(&bytes, charset_param(m).as_deref()).map(BlobText::Text),
        None => Ok(match decode_text(&bytes, None) {
            Ok(t) if looks_textual(&t) => BlobText::Text(t),
            _ => BlobText::Binary,
        }),
    }
}

/// Decodes bytes with the charset named (or sniffed from a BOM; else UTF-8, then the
/// web's fallback windows-1252 for unlabelled legacy text).
pub fn decode_text(bytes: &[u8], charset: Option<&str>) -> Result<String, BlobError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return decode_strict(enc, &bytes[bom_len..]);
    }
    match charset {
        Some(label) => {
            let enc = Encoding::for_label(label.as_bytes())
                .ok_or_else(|| BlobError::UnknownCharset(sanitise_label(label)))?;
            decode_strict(enc, bytes)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => decode_strict(WINDOWS_1252, bytes),
        },
    }
}

fn decode_strict(enc: &'static Encoding, bytes: &[u8]) -> Result<String, BlobError> {
    // The "replacement" label maps to an encoding that decodes everything to U+FFFD: useless.
    if enc == encoding_rs::REPLACEMENT {
        return Err(BlobError::Undecodable(enc.name().to_string()));
    }
    if enc == UTF_8 {
        return std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| BlobError::Undecodable(enc.name().to_string()));
    }
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|c| c.into_owned())
        .ok_or_else(|| BlobError::Undecodable(enc.name().to_string()))
}

/// Text without a MIME type counts as text only if it is valid UTF-8 without NULs and other
/// C0 controls besides whitespace and ESC (terminal escapes are an attack we scan for).
fn looks_textual(s: &str) -> bool {
    !s.chars().any(|c| {
        c.is_control()
            && !matches!(c, '\n' | '\r' | '\t' | '\u{1b}' | '\u{0c}')
            && (c as u32) < 0x20
    })
}

/// Labels come from the server: keep them short and printable before they reach a log.
fn sanitise_label(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || "-_./+".contains(*c))
        .take(40)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(b: &[u8]) -> String {
        STANDARD.encode(b)
    }

    #[test]
    fn allowlist_matches_prefixes_exact_and_suffixes() {
        let a = MimeAllowlist::default();
        assert!(a.allows("text/plain"));
        assert!(a.allows("Text/Markdown; charset=UTF-8"));
        assert!(a.allows("application/json"));
        assert!(a.allows("application/ld+json"));
        assert!(!a.allows("application/jsonx"));
        assert!(!a.allows("image/png"));
        assert!(!a.allows("application/octet-stream"));
        let custom = MimeAllowlist::parse("image/svg+xml, application/");
        assert!(custom.allows("image/svg+xml"));
        assert!(custom.allows("application/pdf"));
        assert!(!custom.allows("text/plain"));
    }

    #[test]
    fn allowed_blob_is_decoded() {
        let a = MimeAllowlist::default();
        assert_eq!(
            blob_text(&b64(b"hello"), Some("text/plain"), &a),
            Ok(BlobText::Text("hello".into()))
        );
    }

    #[test]
    fn charset_parameter_is_honoured() {
        let a = MimeAllowlist::default();
        // "café" in latin-1
        let got = blob_text(&b64(b"caf\xe9"), Some("text/plain; charset=iso-8859-1"), &a);
        assert_eq!(got, Ok(BlobText::Text("café".into())));
        let sjis = blob_text(
            &b64(b"\x82\xa0"),
            Some("text/plain;charset=\"Shift_JIS\""),
            &a,
        );
        assert_eq!(sjis, Ok(BlobText::Text("あ".into())));
    }

    #[test]
    fn bom_is_sniffed() {
        let a = MimeAllowlist::default();
        let utf16: Vec<u8> = [0xFF, 0xFE, b'h', 0, b'i', 0].to_vec();
        assert_eq!(
            blob_text(&b64(&utf16), Some("text/plain"), &a),
            Ok(BlobText::Text("hi".into()))
        );
        let utf8bom = [0xEF, 0xBB, 0xBF, b'o', b'k'];
        assert_eq!(
            blob_text(&b64(&utf8bom), None, &a),
            Ok(BlobText::Text("ok".into()))
        );
    }

    #[test]
    fn bad_inputs_are_errors() {
        let a = MimeAllowlist::default();
        assert_eq!(
            blob_text("!!!", Some("text/plain"), &a),
            Err(BlobError::Base64)
        );
        assert!(matches!(
            blob_text(&b64(b"x"), Some("text/plain; charset=klingon"), &a),
            Err(BlobError::UnknownCharset(_))
        ));
        assert!(matches!(
            blob_text(&b64(b"\xff\xfe\xfd"), Some("text/plain; charset=utf-8"), &a),
            Err(BlobError::Undecodable(_))
        ));
    }

    #[test]
    fn not_allowed_mime_is_not_decoded() {
        let a = MimeAllowlist::default();
        // Invalid base64 is not even looked at when the type is not scanned.
        assert_eq!(
            blob_text("!!!", Some("image/png"), &a),
            Ok(BlobText::NotAllowed("image/png".into()))
        );
    }

    #[test]
    fn missing_mime_scans_text_and_skips_binary() {
        let a = MimeAllowlist::default();
        assert_eq!(
            blob_text(&b64(b"plain words"), None, &a),
            Ok(BlobText::Text("plain words".into()))
        );
        assert_eq!(
            blob_text(&b64(b"\x89PNG\r\n\x1a\n\0\0"), None, &a),
            Ok(BlobText::Binary)
        );
    }

    #[test]
    fn unpadded_base64_is_accepted() {
        assert_eq!(decode_base64("aGk").unwrap(), b"hi");
        assert_eq!(decode_base64("aGk=").unwrap(), b"hi");
    }
}
