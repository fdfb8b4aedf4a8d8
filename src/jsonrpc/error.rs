//! JSON-RPC error responses made by sentinel itself.
//!
//! The `id` is echoed as its raw text, exactly as the peer wrote it (`1.0` stays `1.0`,
//! `"\u0061"` stays escaped), because the peer matches responses by the id it sent. `null` is
//! used only when no id could be read.

use serde_json::value::RawValue;

/// JSON-RPC: the line is not valid JSON (or not valid UTF-8).
pub const PARSE_ERROR: i64 = -32700;
/// JSON-RPC: the message is not a valid request (batch, wrong id type, too long, …).
pub const INVALID_REQUEST: i64 = -32600;
/// JSON-RPC: internal error (the upstream's answer could not be relayed).
pub const INTERNAL_ERROR: i64 = -32603;
/// The upstream is gone or cannot take more work (the TypeScript SDK calls -32000
/// "connection closed").
pub const UPSTREAM_UNAVAILABLE: i64 = -32000;

/// Builds one error response line (no newline). `id` must be raw JSON text of a string,
/// number or `null` (as an [`crate::jsonrpc::Envelope`] or [`crate::jsonrpc::recover`] gives it);
/// anything else is replaced by `null` so the output is always valid JSON.
pub fn error_response(
    id: Option<&str>,
    code: i64,
    message: &str,
    data: Option<&serde_json::Value>,
) -> Vec<u8> {
    let id = match id {
        Some(text) if is_valid_id(text) => text,
        _ => "null",
    };
    let mut out = Vec::with_capacity(96 + message.len() + id.len());
    out.extend_from_slice(b"{\"jsonrpc\":\"2.0\",\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"error\":{\"code\":");
    out.extend_from_slice(code.to_string().as_bytes());
    out.extend_from_slice(b",\"message\":");
    // Serialising a &str cannot fail.
    out.extend_from_slice(
        serde_json::to_string(message)
            .unwrap_or_default()
            .as_bytes(),
    );
    if let Some(text) = data.and_then(|d| serde_json::to_string(d).ok()) {
        out.extend_from_slice(b",\"data\":");
        out.extend_from_slice(text.as_bytes());
    }
    out.extend_from_slice(b"}}");
    out
}

fn is_valid_id(text: &str) -> bool {
    match serde_json::from_str::<&RawValue>(text) {
        Ok(raw) => {
            matches!(
                raw.get().as_bytes().first(),
                Some(b'"' | b'-' | b'0'..=b'9' | b'n')
            ) && raw.get().len() == text.len()
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: Vec<u8>) -> String {
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn echoes_raw_id_exactly() {
        for id in [
            "1",
            "1.0",
            "-0",
            "1e3",
            r#""abc""#,
            r#""\u00e9\"x""#,
            "null",
        ] {
            let line = s(error_response(Some(id), PARSE_ERROR, "bad", None));
            assert_eq!(
                line,
                format!(
                    r#"{{"jsonrpc":"2.0","id":{id},"error":{{"code":-32700,"message":"bad"}}}}"#
                )
            );
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert_eq!(v["error"]["code"], -32700);
        }
    }

    #[test]
    fn null_when_unknown_or_invalid() {
        let line = s(error_response(None, INVALID_REQUEST, "m", None));
        assert!(line.contains(r#""id":null"#));
        for bad in ["{}", "[1]", "true", "1 2", "\"open", ""] {
            let line = s(error_response(Some(bad), INVALID_REQUEST, "m", None));
            assert!(line.contains(r#""id":null"#), "{bad}");
        }
    }

    #[test]
    fn message_and_data_are_escaped_json() {
        let data = serde_json::json!({"rule": "SEC-01", "q": "a\"b"});
        let line = s(error_response(
            Some("3"),
            -32001,
            "say \"no\"\n",
            Some(&data),
        ));
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["error"]["message"], "say \"no\"\n");
        assert_eq!(v["error"]["data"]["rule"], "SEC-01");
        assert!(!line.contains('\n'));
    }
}
