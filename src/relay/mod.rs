//! The relay: moves messages between the host (our stdio) and the upstream, byte for byte,
//! and offers every parsed message to an [`hook::Interceptor`].
//!
//! May not: scan text or decide policy itself (that is the interceptor's job), or know which
//! transport carries the upstream.

pub mod hook;

pub use hook::{Direction, Interceptor, MessageContext, PassThrough, RequestInfo, Verdict};
