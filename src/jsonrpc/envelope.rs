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
