//! sentinel — an MCP scanning proxy.
//!
//! The data path, and so the module layout, is
//! host → [`relay`] (framing: [`jsonrpc`]) → [`extract`] → [`normalize`] → [`scan`] / [`detectors`]
//! → [`policy`] → [`relay`] → upstream ([`transport`]).
//! `ARCHITECTURE.md` at the repository root is the map; read it first.

pub mod cli;
mod cpu;
pub mod detectors;
pub mod extract;
pub mod fuzzing;
pub mod intercept;
pub mod jsonrpc;
pub mod log;
pub mod normalize;
pub mod pins;
pub mod policy;
pub mod relay;
pub mod scan;
#[cfg(test)]
mod test_rng;
pub mod transport;
