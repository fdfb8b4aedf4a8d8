//! The scanning engine: located text segments in, findings out.
//!
//! Pure and sans-IO (no tokio, no files at scan time), so benches and fuzz targets call it
//! directly. May not: know about JSON-RPC, MCP methods, or policy actions.

pub mod finding;
pub mod segment;

pub use finding::{Finding, Severity};
pub use segment::{Origin, Segment};
