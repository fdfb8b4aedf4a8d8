//! What the HTTP transport must know about the messages it carries, and nothing more.
//!
//! The transport reads a few members of each outbound message (id, method, the name the
//! 2026-07-28 `Mcp-Name` header repeats, the protocol version) and of inbound responses (id,
//! the negotiated version in an `initialize` result), turns bodies into relay-ready messages
//! (one JSON value per message, no raw line breaks), and builds the JSON-RPC errors that stand
//! for failed HTTP exchanges.
//!
//! May not: scan, decide policy, or alter a message's JSON value.

use serde::Deserialize;
use serde_json::value::RawValue;

/// The `_meta` key a 2026-07-28 request carries its protocol version under.
pub const META_PROTOCOL_VERSION: &str = "io.modelcontextprotocol/protocolVersion";

/// JSON-RPC error code for an upstream that could not be reached or answered badly
/// (the TypeScript SDK calls -32000 "connection closed").
pub const CODE_UPSTREAM: i64 = -32000;
/// JSON-RPC error code for an upstream that did not answer in time (-32001 "request timeout"
/// in the TypeScript SDK).
pub const CODE_TIMEOUT: i64 = -32001;

/// The outbound facts the transport needs.
#[derive(Debug, Default, Clone)]
pub struct Outbound {
    /// The raw `id` text, when the message has one.
    pub id: Option<String>,
    /// The decoded method, for requests and notifications.
    pub method: Option<String>,
    /// `params.name` (tools/call, prompts/get) or `params.uri` (resources/read).
    pub name: Option<String>,
    /// `params._meta["io.modelcontextprotocol/protocolVersion"]`, for 2026-07-28 messages.
    pub meta_version: Option<String>,
}

impl Outbound {
    /// A request expects a response: it has both a method and an id.
    pub fn is_request(&self) -> bool {
        self.id.is_some() && self.method.is_some()
    }
}

#[derive(Deserialize)]
struct ProbeMsg<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(default)]
    method: Option<String>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct ProbeParams {
    #[serde(default)]
    name: Option<serde_json::Value>,
    #[serde(default)]
    uri: Option<serde_json::Value>,
    #[serde(default, rename = "_meta")]
    meta: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Reads the outbound facts; a message that is not a JSON object yields empty facts (the
/// transport still forwards it: deciding about malformed messages is the relay's job).
pub fn probe_outbound(msg: &[u8]) -> Outbound {
    let Ok(probe) = serde_json::from_slice::<ProbeMsg<'_>>(msg) else {
        return Outbound::default();
    };
    let mut out = Outbound {
        id: probe
            .id
            .map(|raw| raw.get().to_owned())
            .filter(|id| id != "null"),
        method: probe.method,
        ..Outbound::default()
    };
    if let Some(params) = probe
        .params
        .and_then(|p| serde_json::from_str::<ProbeParams>(p.get()).ok())
    {
        let name = match out.method.as_deref() {
            Some("tools/call") | Some("prompts/get") => params.name,
            Some("resources/read") => params.uri,
            _ => None,
        };
        out.name = name.and_then(|v| v.as_str().map(str::to_owned));
        out.meta_version = params
            .meta
            .and_then(|m| m.get(META_PROTOCOL_VERSION).cloned())
            .and_then(|v| v.as_str().map(str::to_owned));
    }
    out
}

#[derive(Deserialize)]
struct ProbeResponse<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    result: Option<&'a RawValue>,
    #[serde(borrow, default)]
    error: Option<&'a RawValue>,
    #[serde(default)]
    method: Option<serde::de::IgnoredAny>,
}

/// If `msg` is a response (result or error, no method), its id parsed as a JSON value, so
/// `1` and `1.0` from a re-serialising server still match the request.
pub fn response_id(msg: &[u8]) -> Option<serde_json::Value> {
    let probe = serde_json::from_slice::<ProbeResponse<'_>>(msg).ok()?;
    if probe.method.is_some() || (probe.result.is_none() && probe.error.is_none()) {
        return None;
    }
    serde_json::from_str(probe.id?.get()).ok()
}

/// Whether two ids are the same JSON value (numbers compared as numbers).
pub fn same_id(a: &serde_json::Value, raw_b: &str) -> bool {
    let Ok(b) = serde_json::from_str::<serde_json::Value>(raw_b) else {
        return false;
    };
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) if a.is_number() && b.is_number() => x == y,
        _ => *a == b,
    }
}

/// `result.protocolVersion` of an `initialize` response.
pub fn negotiated_version(msg: &[u8]) -> Option<String> {
    #[derive(Deserialize)]
    struct Resp {
        result: Option<InitResult>,
    }
    #[derive(Deserialize)]
    struct InitResult {
        #[serde(rename = "protocolVersion")]
        protocol_version: Option<String>,
    }
    serde_json::from_slice::<Resp>(msg)
        .ok()?
        .result?
        .protocol_version
}

/// A body value as a 2026-07-28 routing header (`Mcp-Method`, `Mcp-Name`) carries it.
///
/// Printable ASCII without surrounding spaces goes verbatim; anything else (non-ASCII, control
/// characters, edge spaces, or text that itself looks like the wrapper) is sent as
/// `=?base64?<UTF-8 bytes in standard base64>?=`, which servers decode before comparing the
/// header with the body (they answer a mismatch with error -32020).
pub fn encode_header_value(value: &str) -> String {
    let plain = value.bytes().all(|b| (0x20..=0x7e).contains(&b))
        && value.trim_matches(' ') == value
        && !(value.starts_with("=?base64?") && value.ends_with("?=") && value.len() >= 11);
    if plain {
        value.to_owned()
    } else {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD.encode(value.as_bytes());
        format!("=?base64?{b64}?=")
    }
}

/// Why a body is not a JSON-RPC message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    /// The body is empty or whitespace.
    #[error("the body is empty")]
    Empty,
    /// The body does not start like a JSON object or array (HTML error page, plain text).
    #[error("the body is not JSON (it starts with {0:?})")]
    NotJson(String),
    /// The body starts like a JSON array but is not a valid one.
    #[error("the body is a malformed JSON array")]
    BadBatch,
}

/// Turns an HTTP body or SSE `data` payload into the messages to relay.
///
/// Kept byte for byte, with two exceptions the line framing towards the host forces, both
/// invisible to any JSON parser: surrounding whitespace is trimmed, and a CR or LF inside the
/// value (only legal as insignificant whitespace, since JSON strings cannot hold raw line
/// breaks) becomes a space. A JSON array (a 2025-03-26 batch) is split into its elements, each
/// relayed as its own original bytes, so every message reaches the interceptor on its own.
pub fn split_messages(body: &[u8]) -> Result<Vec<Vec<u8>>, BodyError> {
    let trimmed = trim(body);
    match trimmed.first() {
        None => Err(BodyError::Empty),
        Some(b'{') => Ok(vec![one_line(trimmed)]),
        Some(b'[') => {
            let items: Vec<&RawValue> =
                serde_json::from_slice(trimmed).map_err(|_| BodyError::BadBatch)?;
            Ok(items
                .into_iter()
                .map(|raw| one_line(raw.get().as_bytes()))
                .collect())
        }
        Some(_) => {
            let head = String::from_utf8_lossy(&trimmed[..trimmed.len().min(24)]).into_owned();
            Err(BodyError::NotJson(head))
        }
    }
}

fn trim(body: &[u8]) -> &[u8] {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let end = body
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |p| p + 1);
    &body[start..end]
}

fn one_line(value: &[u8]) -> Vec<u8> {
    value
        .iter()
        .map(|&b| if b == b'\n' || b == b'\r' { b' ' } else { b })
        .collect()
}

/// A JSON-RPC error response answering the request with raw id `id`, made by the transport.
///
/// `message` must not contain secrets (it never includes header values or bodies).
pub fn error_response(id: &str, code: i64, message: &str, data: serde_json::Value) -> Vec<u8> {
    let error = serde_json::json!({ "code": code, "message": message, "data": data });
    // The id is echoed as its raw text so `1.0` stays `1.0`; it came from a message that
    // parsed, but fall back to null rather than emit broken JSON if it is not a JSON value.
    let id = if serde_json::from_str::<&RawValue>(id).is_ok() {
        id
    } else {
        "null"
    };
    let mut out = Vec::with_capacity(64 + message.len());
    out.extend_from_slice(b"{\"jsonrpc\":\"2.0\",\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"error\":");
    out.extend_from_slice(error.to_string().as_bytes());
    out.push(b'}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_method_id_name_and_meta_version() {
        let o = probe_outbound(
            br#"{"jsonrpc":"2.0","id":7,"method":"tools\u002fcall","params":{"name":"echo","arguments":{},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#,
        );
        assert_eq!(o.id.as_deref(), Some("7"));
        assert_eq!(o.method.as_deref(), Some("tools/call"));
        assert_eq!(o.name.as_deref(), Some("echo"));
        assert_eq!(o.meta_version.as_deref(), Some("2026-07-28"));
        assert!(o.is_request());

        let o = probe_outbound(
            br#"{"jsonrpc":"2.0","id":"a","method":"resources/read","params":{"uri":"file:///x"}}"#,
        );
        assert_eq!(o.name.as_deref(), Some("file:///x"));
        assert_eq!(o.id.as_deref(), Some("\"a\""));

        let o = probe_outbound(br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        assert!(!o.is_request());
        let o = probe_outbound(b"not json");
        assert!(o.id.is_none() && o.method.is_none());
    }

    #[test]
    fn response_ids_match_across_number_spellings() {
        let id = response_id(br#"{"jsonrpc":"2.0","id":1.0,"result":{}}"#).unwrap();
        assert!(same_id(&id, "1"));
        assert!(!same_id(&id, "\"1\""));
        assert!(response_id(br#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#).is_none());
        assert!(response_id(br#"{"jsonrpc":"2.0","method":"x"}"#).is_none());
    }

    #[test]
    fn negotiated_version_read_from_initialize_result() {
        let v = negotiated_version(
            br#"{"jsonrpc":"2.0","id":0,"result":{"protocolVersion":"2025-06-18","capabilities":{}}}"#,
        );
        assert_eq!(v.as_deref(), Some("2025-06-18"));
    }

    #[test]
    fn bodies_split_and_stay_byte_faithful() {
        let body = b" {\"id\":1,\n \"result\":{\"x\":1.0}}\r\n";
        assert_eq!(
            split_messages(body).unwrap(),
            vec![b"{\"id\":1,  \"result\":{\"x\":1.0}}".to_vec()]
        );
        let batch = b"[{\"id\":1,\"result\":1e0} , {\"id\":2,\"result\":\"\\u0041\"}]";
        assert_eq!(
            split_messages(batch).unwrap(),
            vec![
                b"{\"id\":1,\"result\":1e0}".to_vec(),
                b"{\"id\":2,\"result\":\"\\u0041\"}".to_vec()
            ]
        );
        assert_eq!(split_messages(b"  "), Err(BodyError::Empty));
        assert!(matches!(
            split_messages(b"<!DOCTYPE html><html>"),
            Err(BodyError::NotJson(_))
        ));
        assert_eq!(split_messages(b"[1,"), Err(BodyError::BadBatch));
    }

    #[test]
    fn routing_header_values_are_verbatim_or_base64_wrapped() {
        assert_eq!(encode_header_value("get_weather"), "get_weather");
        assert_eq!(encode_header_value("file:///a b.txt"), "file:///a b.txt");
        assert_eq!(encode_header_value("météo"), "=?base64?bcOpdMOpbw==?=");
        assert_eq!(encode_header_value(" x"), "=?base64?IHg=?=");
        assert_eq!(encode_header_value("a\nb"), "=?base64?YQpi?=");
        assert_eq!(
            encode_header_value("=?base64?x?="),
            "=?base64?PT9iYXNlNjQ/eD89?="
        );
        assert_eq!(encode_header_value(""), "");
    }

    #[test]
    fn error_response_echoes_raw_id() {
        let e = error_response(
            "\"abc\"",
            CODE_UPSTREAM,
            "boom",
            serde_json::json!({"status":502}),
        );
        let v: serde_json::Value = serde_json::from_slice(&e).unwrap();
        assert_eq!(v["id"], "abc");
        assert_eq!(v["error"]["code"], -32000);
        let e = error_response("1.0", CODE_TIMEOUT, "slow", serde_json::Value::Null);
        assert!(String::from_utf8(e).unwrap().contains("\"id\":1.0"));
    }
}
