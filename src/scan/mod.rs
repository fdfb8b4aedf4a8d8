//! The scanning engine: located text segments in, findings out.
//!
//! Pure and sans-IO (no tokio, no files at scan time), so benches and fuzz targets call it
//! directly. May not: know about JSON-RPC, MCP methods, or policy actions.

pub mod digit_runs;
pub mod engine;
pub mod excerpt;
pub mod finding;
pub mod keywords;
pub mod pack;
#[cfg(test)]
mod regex_sample;
pub mod rule;
pub mod segment;
pub mod select;

pub use engine::{DEFAULT_BYTE_BUDGET, Engine, EngineBuilder, EngineError};
pub use finding::{Finding, Severity};
pub use pack::PackError;
pub use segment::{Origin, Segment};
pub use select::{Profile, Selection};
