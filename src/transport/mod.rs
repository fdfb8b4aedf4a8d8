//! Upstream transports: how messages reach the server (a child's stdio, Streamable HTTP).
//!
//! CONTRACT: each transport hands the relay an [`UpstreamLink`]; the relay never learns which
//! transport it has. May not: parse beyond framing, scan, or decide policy.

pub mod http;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tokio::sync::mpsc;

/// Something the upstream sent, in arrival order.
#[derive(Debug)]
pub enum UpstreamEvent {
    /// One whole message's bytes, exactly as the upstream sent them (line terminator removed).
    Message(Vec<u8>),
    /// A message longer than the size limit was discarded; `head` holds its first bytes so
    /// the relay can try to recover the `id` and answer the request it belonged to.
    Oversized {
        /// How many bytes the message had when the transport gave up on it.
        len: usize,
        /// The first bytes of the message (a few KiB at most).
        head: Vec<u8>,
    },
    /// The upstream is gone; no more events follow.
    Closed(UpstreamExit),
}

/// How an upstream ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpstreamExit {
    /// A one-line human description (`exited with code 1`, `killed by SIGKILL`, `connection reset`).
    pub description: String,
    /// Exit code of a child process, when there was one and it exited normally.
    pub code: Option<i32>,
    /// Whether the end was requested by us (shutdown) rather than a crash or disconnect.
    pub expected: bool,
}

/// A boxed future, for the object-safe shutdown call.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// Ends the upstream politely, then less politely.
pub trait UpstreamControl: Send {
    /// Shuts the upstream down: for a child, close stdin, wait `grace`, SIGTERM, wait `grace`,
    /// SIGKILL; for HTTP, DELETE the session. Resolves once nothing is left running.
    fn shutdown(self: Box<Self>, grace: Duration) -> BoxFuture<UpstreamExit>;
}

/// What the relay holds of an upstream, whatever carries it.
pub struct UpstreamLink {
    /// Messages for the upstream: each one whole JSON-RPC message without line terminator.
    /// Dropping the sender tells the transport no more messages will come (closes stdin).
    pub outbound: mpsc::Sender<Vec<u8>>,
    /// Messages from the upstream; ends after exactly one [`UpstreamEvent::Closed`].
    pub inbound: mpsc::Receiver<UpstreamEvent>,
    /// Ends the upstream.
    pub control: Box<dyn UpstreamControl>,
}

pub mod stdio;
