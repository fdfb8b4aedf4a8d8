//! JSON-RPC 2.0 on the wire: line framing, the light envelope parse, locally made errors.
//!
//! May not: scan, decide policy, or re-serialise a message that is forwarded.

pub mod envelope;
pub mod error;
pub mod framing;
pub mod recover;

pub use envelope::{Envelope, EnvelopeError, Kind, parse};
pub use framing::{Frame, LineReader};
