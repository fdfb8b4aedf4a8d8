//! The interception seam: what the relay asks about every message, and the answers it takes.
//!
//! CONTRACT: the scanning issue implements [`Interceptor`]; the relay calls it.

use crate::jsonrpc::Envelope;
use std::time::Instant;

/// Which way a message travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// From the host (MCP client) to the upstream server.
    HostToServer,
    /// From the upstream server to the host.
    ServerToHost,
}

impl Direction {
    /// `host->server` / `server->host`, as logs and block errors spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::HostToServer => "host->server",
            Direction::ServerToHost => "server->host",
        }
    }
}

/// What the relay remembers of a request until its response comes back.
#[derive(Debug, Clone)]
pub struct RequestInfo {
    /// The request's decoded method (`tools/call`).
    pub method: String,
    /// For `tools/call` and `prompts/get`, `params.name`; for `resources/read`, `params.uri`.
    pub name: Option<String>,
    /// When the relay saw the request.
    pub started: Instant,
}

/// Everything the relay knows about a message besides the message itself.
#[derive(Debug, Clone, Copy)]
pub struct MessageContext<'a> {
    /// Which way the message is going.
    pub direction: Direction,
    /// For a response (or error response): the request it answers, if the relay saw it.
    pub request: Option<&'a RequestInfo>,
}

/// The interceptor's answer about one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Forward the original bytes unchanged.
    Forward,
    /// Forward these bytes (one whole JSON-RPC message, no newline) instead of the original,
    /// in the same direction: a redacted message, or an error standing in for a blocked response.
    Replace(Vec<u8>),
    /// Do not forward; send these bytes (one whole JSON-RPC message, no newline) back to the
    /// sender: the error answering a blocked request.
    Respond(Vec<u8>),
}

/// Sees every message the relay parsed, in both directions, and decides what happens to it.
///
/// Called on the relay's path for each message, so it must be fast and must not block on I/O.
pub trait Interceptor: Send + Sync + 'static {
    /// Decides about one message.
    fn inspect(&self, msg: &Envelope<'_>, ctx: &MessageContext<'_>) -> Verdict;
}

/// The interceptor that forwards everything: the relay without scanning.
#[derive(Debug, Clone, Copy, Default)]
pub struct PassThrough;

impl Interceptor for PassThrough {
    fn inspect(&self, _msg: &Envelope<'_>, _ctx: &MessageContext<'_>) -> Verdict {
        Verdict::Forward
    }
}
