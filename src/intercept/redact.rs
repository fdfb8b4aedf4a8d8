//! Redaction in place: matched spans become `[REDACTED:SEC-xx]` inside the JSON string
//! literals that carried them; every other byte of the message is kept.
//!
//! Works on the raw message, not a re-serialised document, so unknown fields, ids, number
//! formats and key order survive. Only text that is a JSON string of the message can be
//! edited; anything else (a decoded blob) makes redaction fail, and the caller blocks.

use crate::extract::tree::nth_string_literal;
use crate::extract::{Extracted, Part, Source};
use crate::jsonrpc::Envelope;
use std::collections::BTreeMap;
use std::ops::Range;

/// One span to redact: item index, byte span in the item's full text, detector id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// Index into [`Extracted::items`].
    pub item: usize,
    /// Byte span in the item's text.
    pub span: Range<usize>,
    /// Detector id for the marker.
    pub detector: String,
}

/// The redacted message, or `None` if some span cannot be mapped back to the message.
pub fn redact(msg: &Envelope<'_>, ex: &Extracted<'_>, cuts: &[Cut]) -> Option<Vec<u8>> {
    let mut per_item: BTreeMap<usize, Vec<&Cut>> = BTreeMap::new();
    for c in cuts {
        per_item.entry(c.item).or_default().push(c);
    }
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for (item, mut cuts) in per_item {
        let Source::Literal { part, ordinal } = ex.items.get(item)?.source else {
            return None;
        };
        let part_raw = match part {
            Part::Params => msg.params,
            Part::Result => msg.result,
            Part::Error => msg.error,
        }?
        .get();
        let base = offset_in(msg.raw, part_raw)?;
        let lit = nth_string_literal(part_raw, ordinal)?;
        let text: String = serde_json::from_str(&part_raw[lit.clone()]).ok()?;
        cuts.sort_by_key(|c| (c.span.start, c.span.end));
        let mut out = String::with_capacity(text.len());
        let mut pos = 0usize;
        for c in cuts {
            let (s, e) = (c.span.start.max(pos), c.span.end.min(text.len()));
            if s >= e {
                continue;
            }
            out.push_str(text.get(pos..s)?);
            out.push_str(&format!("[REDACTED:{}]", c.detector));
            pos = e;
        }
        out.push_str(text.get(pos..)?);
        let encoded = serde_json::to_string(&out).ok()?;
        edits.push((base + lit.start..base + lit.end, encoded));
    }
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut raw = msg.raw.to_string();
    for (r, s) in edits {
        raw.replace_range(r, &s);
    }
    serde_json::from_str::<serde::de::IgnoredAny>(&raw).ok()?;
    Some(raw.into_bytes())
}

/// Byte offset of `inner` inside `outer`, if `inner` is a slice of it.
fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let o = outer.as_ptr() as usize;
    let i = inner.as_ptr() as usize;
    (i >= o && i + inner.len() <= o + outer.len()).then(|| i - o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::envelope;
    use crate::extract::{ExtractConfig, MimeAllowlist, Plan, extract};

    fn run(raw: &str, plan: Plan, want: &[(&str, &str)]) -> Option<String> {
        let allow = MimeAllowlist::default();
        let env = envelope(raw);
        let ex = extract(
            plan,
            &env,
            ExtractConfig {
                scan_mimes: &allow,
                max_scan_bytes: 1 << 20,
            },
        )
        .unwrap();
        let mut cuts = Vec::new();
        for (i, item) in ex.items.iter().enumerate() {
            for (needle, det) in want {
                if let Some(p) = item.segment.text.find(needle) {
                    cuts.push(Cut {
                        item: i,
                        span: p..p + needle.len(),
                        detector: det.to_string(),
                    });
                }
            }
        }
        redact(&env, &ex, &cuts).map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn spans_are_replaced_and_everything_else_kept() {
        let raw = r#"{"jsonrpc":"2.0","id":1.0,"result":{"content":[{"type":"text","text":"key AKIAIOSFODNN7EXAMPLE\nend \u00e9"}],"x":1.50,"_meta":{"k":"v"}}}"#;
        let out = run(raw, Plan::ToolResult, &[("AKIAIOSFODNN7EXAMPLE", "SEC-02")]).unwrap();
        assert_eq!(
            out,
            r#"{"jsonrpc":"2.0","id":1.0,"result":{"content":[{"type":"text","text":"key [REDACTED:SEC-02]\nend é"}],"x":1.50,"_meta":{"k":"v"}}}"#
        );
    }

    #[test]
    fn duplicate_keys_and_multiple_strings() {
        let raw = r#"{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"t","arguments":{"a":"s3cr3t-token","a":"also s3cr3t-token"}}}"#;
        let out = run(raw, Plan::ToolCall, &[("s3cr3t-token", "SEC-02")]).unwrap();
        assert_eq!(
            out,
            r#"{"jsonrpc":"2.0","id":"a","method":"tools/call","params":{"name":"t","arguments":{"a":"[REDACTED:SEC-02]","a":"also [REDACTED:SEC-02]"}}}"#
        );
    }

    #[test]
    fn decoded_content_cannot_be_redacted() {
        let raw = r#"{"jsonrpc":"2.0","id":1,"result":{"contents":[{"uri":"a","mimeType":"text/plain","blob":"c2VjcmV0"}]}}"#;
        assert_eq!(
            run(raw, Plan::ResourceResult, &[("secret", "SEC-02")]),
            None
        );
    }

    #[test]
    fn overlapping_spans_merge() {
        let raw =
            r#"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"abcdef"}]}}"#;
        let out = run(
            raw,
            Plan::ToolResult,
            &[("bcd", "SEC-01"), ("cde", "SEC-02")],
        )
        .unwrap();
        assert!(
            out.contains(r#""text":"a[REDACTED:SEC-01][REDACTED:SEC-02]f""#)
                || out.contains(r#""text":"a[REDACTED:SEC-01]f""#),
            "{out}"
        );
    }
}
