//! The light envelope parse: just enough of a message to route and intercept it.
//!
//! CONTRACT (other modules code against these types; the relay issue fills in the parse).

use serde_json::value::RawValue;
use std::borrow::Cow;

/// What a JSON-RPC message is, judged by which members it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Has `method` and `id`.
    Request,
    /// Has `method`, no `id`.
    Notification,
    /// Has `id` and `result`.
    Response,
    /// Has `id` and `error`.
    ErrorResponse,
}

/// A parsed view of one message line. Borrows everything from the line.
#[derive(Debug)]
pub struct Envelope<'a> {
    /// The message exactly as received (without line terminator or BOM).
    pub raw: &'a str,
    /// The `id` member as its raw JSON text (`7`, `"abc"`, `1.0`, `null`), if present.
    pub id: Option<&'a RawValue>,
    /// The `method` member, decoded (so `tools\u002fcall` reads `tools/call`).
    pub method: Option<Cow<'a, str>>,
    /// The raw `params` member.
    pub params: Option<&'a RawValue>,
    /// The raw `result` member.
    pub result: Option<&'a RawValue>,
    /// The raw `error` member.
    pub error: Option<&'a RawValue>,
    /// Which kind of message this is.
    pub kind: Kind,
}

/// Why a line is not a message the relay can route.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// The line is a JSON array: a JSON-RPC batch, which MCP removed in 2025-06-18.
    #[error("JSON-RPC batches are not supported (MCP removed them in protocol 2025-06-18)")]
    Batch,
    /// The line does not start with `{`.
    #[error("not a JSON object")]
    NotAnObject,
    /// The line is not valid UTF-8.
    #[error("message is not valid UTF-8")]
    InvalidUtf8,
    /// The line is not valid JSON (syntax error, lone surrogate, nesting too deep, trailing data).
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    /// An envelope member appears twice; parsers disagree on which one wins, so it is refused.
    #[error("duplicate `{0}` member")]
    DuplicateMember(&'static str),
    /// `id` is an object, array or boolean; JSON-RPC allows only string, number or null.
    #[error("`id` must be a string, number or null")]
    WrongIdType,
    /// `method` is not a string.
    #[error("`method` must be a string")]
    MethodNotString,
    /// The members do not form a request, notification or response.
    #[error("not a JSON-RPC message: {0}")]
    NotAMessage(&'static str),
}

impl<'a> Envelope<'a> {
    /// The raw id text (`7`, `"abc"`, `null`), if the message has an id.
    pub fn id_text(&self) -> Option<&'a str> {
        self.id.map(RawValue::get)
    }
}

/// Parses one line (without terminator or BOM) into an [`Envelope`].
///
/// Strict where a lenient parse could be exploited: anything but an object is refused (serde
/// structs would accept an array positionally), and a duplicated envelope member is refused
/// rather than resolved (the server's parser might pick the other copy). Member names and
/// `method` are decoded, so `"met\u0068od":"tools\u002fcall"` is a `tools/call` request.
/// Unknown members are allowed (and forwarded untouched by the relay).
pub fn parse(line: &str) -> Result<Envelope<'_>, EnvelopeError> {
    match line.trim_start_matches(is_json_ws).as_bytes().first() {
        Some(b'{') => {}
        Some(b'[') => return Err(EnvelopeError::Batch),
        _ => return Err(EnvelopeError::NotAnObject),
    }
    let members: Members<'_> = serde_json::from_str(line).map_err(classify)?;
    let members = members.0?;
    if let Some(id) = members.id {
        match id.get().as_bytes().first() {
            Some(b'"' | b'-' | b'0'..=b'9' | b'n') => {}
            _ => return Err(EnvelopeError::WrongIdType),
        }
    }
    let kind = match (&members.method, members.id, members.result, members.error) {
        (Some(_), _, Some(_), _) | (Some(_), _, _, Some(_)) => {
            return Err(EnvelopeError::NotAMessage(
                "has both `method` and `result`/`error`",
            ));
        }
        (Some(_), Some(_), None, None) => Kind::Request,
        (Some(_), None, None, None) => Kind::Notification,
        (None, _, Some(_), Some(_)) => {
            return Err(EnvelopeError::NotAMessage("has both `result` and `error`"));
        }
        (None, None, _, _) => {
            return Err(EnvelopeError::NotAMessage("no `method` and no `id`"));
        }
        (None, Some(_), Some(_), None) => Kind::Response,
        (None, Some(_), None, Some(_)) => Kind::ErrorResponse,
        (None, Some(_), None, None) => {
            return Err(EnvelopeError::NotAMessage(
                "response without `result` or `error`",
            ));
        }
    };
    Ok(Envelope {
        raw: line,
        id: members.id,
        method: members.method,
        params: members.params,
        result: members.result,
        error: members.error,
        kind,
    })
}

fn is_json_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn classify(e: serde_json::Error) -> EnvelopeError {
    EnvelopeError::InvalidJson(e.to_string())
}

#[derive(Default)]
struct Fields<'a> {
    id: Option<&'a RawValue>,
    method: Option<Cow<'a, str>>,
    params: Option<&'a RawValue>,
    result: Option<&'a RawValue>,
    error: Option<&'a RawValue>,
}

/// The members of the top-level object. A semantic problem (duplicate member, wrong `method`
/// type) is carried as the inner `Err` so it is not confused with a JSON syntax error.
struct Members<'a>(Result<Fields<'a>, EnvelopeError>);

enum Field {
    JsonRpc,
    Id,
    Method,
    Params,
    Result,
    Error,
    Other,
}

impl<'de> serde::Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Field;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Field, E> {
                // serde_json hands over the decoded name, so escaped names match too.
                Ok(match v {
                    "jsonrpc" => Field::JsonRpc,
                    "id" => Field::Id,
                    "method" => Field::Method,
                    "params" => Field::Params,
                    "result" => Field::Result,
                    "error" => Field::Error,
                    _ => Field::Other,
                })
            }
        }
        d.deserialize_identifier(V)
    }
}

/// `method` as a possibly borrowed string; `None` when it is not a string.
struct MethodValue<'a>(Option<Cow<'a, str>>);

impl<'de> serde::Deserialize<'de> for MethodValue<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw: &'de RawValue = serde::Deserialize::deserialize(d)?;
        if !raw.get().starts_with('"') {
            return Ok(MethodValue(None));
        }
        let s: Cow<'de, str> = match serde_json::from_str::<&'de str>(raw.get()) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => Cow::Owned(
                serde_json::from_str::<String>(raw.get()).map_err(serde::de::Error::custom)?,
            ),
        };
        Ok(MethodValue(Some(s)))
    }
}

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members<'de>, A::Error> {
                let mut f = Fields::default();
                let mut problem = None;
                let mut seen_jsonrpc = false;
                let dup = |name: &'static str, problem: &mut Option<EnvelopeError>| {
                    if problem.is_none() {
                        *problem = Some(EnvelopeError::DuplicateMember(name));
                    }
                };
                while let Some(key) = map.next_key::<Field>()? {
                    match key {
                        Field::Id => {
                            let v = map.next_value::<&'de RawValue>()?;
                            if f.id.replace(v).is_some() {
                                dup("id", &mut problem);
                            }
                        }
                        Field::Method => {
                            let v = map.next_value::<MethodValue<'de>>()?;
                            match v.0 {
                                None => {
                                    problem.get_or_insert(EnvelopeError::MethodNotString);
                                }
                                Some(m) => {
                                    if f.method.replace(m).is_some() {
                                        dup("method", &mut problem);
                                    }
                                }
                            }
                        }
                        Field::Params => {
                            let v = map.next_value::<&'de RawValue>()?;
                            if f.params.replace(v).is_some() {
                                dup("params", &mut problem);
                            }
                        }
                        Field::Result => {
                            let v = map.next_value::<&'de RawValue>()?;
                            if f.result.replace(v).is_some() {
                                dup("result", &mut problem);
                            }
                        }
                        Field::Error => {
                            let v = map.next_value::<&'de RawValue>()?;
                            if f.error.replace(v).is_some() {
                                dup("error", &mut problem);
                            }
                        }
                        Field::JsonRpc => {
                            map.next_value::<&'de RawValue>()?;
                            if std::mem::replace(&mut seen_jsonrpc, true) {
                                dup("jsonrpc", &mut problem);
                            }
                        }
                        Field::Other => {
                            // Still parsed, so syntax errors anywhere in the line are caught.
                            map.next_value::<&'de RawValue>()?;
                        }
                    }
                }
                Ok(Members(match problem {
                    Some(p) => Err(p),
                    None => Ok(f),
                }))
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let e = parse(r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}}"#)
            .unwrap();
        assert_eq!(e.kind, Kind::Request);
        assert_eq!(e.id_text(), Some("1"));
        assert_eq!(e.method.as_deref(), Some("tools/call"));
        assert_eq!(e.params.unwrap().get(), r#"{"name":"x"}"#);
        let e = parse(r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#).unwrap();
        assert_eq!(e.kind, Kind::Notification);
        assert!(e.id.is_none());
        let e = parse(r#"{"jsonrpc":"2.0","id":"a","result":{}}"#).unwrap();
        assert_eq!(e.kind, Kind::Response);
        let e = parse(r#"{"jsonrpc":"2.0","id":null,"error":{"code":-1,"message":"m"}}"#).unwrap();
        assert_eq!(e.kind, Kind::ErrorResponse);
        assert_eq!(e.id_text(), Some("null"));
    }

    #[test]
    fn raw_is_the_whole_line_and_ids_stay_raw() {
        for id in [
            "1.0",
            "-0",
            "1e3",
            r#""\u00e9""#,
            "null",
            "123456789012345678901234567890",
        ] {
            let line = format!(r#"{{"id":{id},"method":"m","_meta":{{"x":1}},"vendor":[1]}}"#);
            let e = parse(&line).unwrap();
            assert_eq!(e.raw, line);
            assert_eq!(e.id_text(), Some(id));
        }
    }

    #[test]
    fn escaped_method_and_member_names_are_decoded() {
        let e = parse(r#"{"id":1,"met\u0068od":"tools\u002fcall"}"#).unwrap();
        assert_eq!(e.kind, Kind::Request);
        assert_eq!(e.method.as_deref(), Some("tools/call"));
        let e = parse(r#"{"\u0069d":1,"method":"ping"}"#).unwrap();
        assert_eq!(e.id_text(), Some("1"));
    }

    #[test]
    fn arrays_and_scalars_are_not_envelopes() {
        assert_eq!(
            parse(r#"[{"id":1,"method":"ping"}]"#).unwrap_err(),
            EnvelopeError::Batch
        );
        assert_eq!(parse(r#"  [1,"ping"]"#).unwrap_err(), EnvelopeError::Batch);
        assert_eq!(parse(r#""ping""#).unwrap_err(), EnvelopeError::NotAnObject);
        assert_eq!(parse("42").unwrap_err(), EnvelopeError::NotAnObject);
        assert_eq!(parse("").unwrap_err(), EnvelopeError::NotAnObject);
    }

    #[test]
    fn duplicates_are_refused_even_when_escaped() {
        assert_eq!(
            parse(r#"{"id":1,"method":"ping","method":"tools/call"}"#).unwrap_err(),
            EnvelopeError::DuplicateMember("method")
        );
        assert_eq!(
            parse(r#"{"id":1,"method":"ping","\u006dethod":"tools/call"}"#).unwrap_err(),
            EnvelopeError::DuplicateMember("method")
        );
        assert_eq!(
            parse(r#"{"id":1,"id":2,"method":"ping"}"#).unwrap_err(),
            EnvelopeError::DuplicateMember("id")
        );
        assert_eq!(
            parse(r#"{"id":1,"method":"m","params":{},"params":[]}"#).unwrap_err(),
            EnvelopeError::DuplicateMember("params")
        );
        assert_eq!(
            parse(r#"{"id":1,"result":{},"result":{}}"#).unwrap_err(),
            EnvelopeError::DuplicateMember("result")
        );
        // Duplicate keys inside params are the interceptor's concern, not the envelope's.
        assert!(parse(r#"{"id":1,"method":"m","params":{"a":1,"a":2}}"#).is_ok());
    }

    #[test]
    fn wrong_types() {
        for id in [r#"{"a":1}"#, "[1]", "true", "false"] {
            let line = format!(r#"{{"id":{id},"method":"m"}}"#);
            assert_eq!(
                parse(&line).unwrap_err(),
                EnvelopeError::WrongIdType,
                "{line}"
            );
        }
        assert_eq!(
            parse(r#"{"id":1,"method":5}"#).unwrap_err(),
            EnvelopeError::MethodNotString
        );
        assert_eq!(
            parse(r#"{"id":1,"method":null}"#).unwrap_err(),
            EnvelopeError::MethodNotString
        );
    }

    #[test]
    fn invalid_json_is_reported() {
        for line in [
            "{",
            r#"{"id":1,"method":"m"} trailing"#,
            r#"{"id":1,"method":"m",}"#,
            r#"{"id":1,"method":"\ud800"}"#,
        ] {
            assert!(
                matches!(parse(line), Err(EnvelopeError::InvalidJson(_))),
                "{line}"
            );
        }
        // Escapes inside params are not decoded here (they are forwarded untouched); the
        // interceptor decodes what it scans and refuses a lone surrogate there.
        assert!(parse(r#"{"id":1,"method":"m","params":{"x":"\ud800"}}"#).is_ok());
    }

    #[test]
    fn shapes_that_are_not_messages() {
        assert!(matches!(parse("{}"), Err(EnvelopeError::NotAMessage(_))));
        assert!(matches!(
            parse(r#"{"id":1}"#),
            Err(EnvelopeError::NotAMessage(_))
        ));
        assert!(matches!(
            parse(r#"{"id":1,"result":1,"error":{}}"#),
            Err(EnvelopeError::NotAMessage(_))
        ));
        assert!(matches!(
            parse(r#"{"id":1,"method":"m","result":1}"#),
            Err(EnvelopeError::NotAMessage(_))
        ));
        assert!(matches!(
            parse(r#"{"result":1}"#),
            Err(EnvelopeError::NotAMessage(_))
        ));
    }

    #[test]
    fn deep_nesting_is_skipped_without_recursion() {
        let depth = 200_000;
        let line = format!(
            r#"{{"id":1,"method":"m","params":{{"x":{}{}}}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        );
        assert_eq!(parse(&line).unwrap().kind, Kind::Request);
    }

    #[test]
    fn whitespace_around_is_allowed() {
        let e = parse(" \t{\"id\":1,\"method\":\"m\"} ").unwrap();
        assert_eq!(e.kind, Kind::Request);
    }
}
