//! The detector-selection flags shared by `sentinel proxy` and `sentinel scan`, so both build
//! the engine the same way from the same words.

use crate::scan::{Engine, Selection};
use std::path::PathBuf;

/// Which detectors run and which extra rule packs they load.
#[derive(Debug, Clone, clap::Args)]
pub struct EngineArgs {
    /// Extra rule pack (TOML); repeatable. A malformed pack is an error naming file, line and rule.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Detector selection: a profile (`security`, `all`) and `+SEC-xx` / `-SEC-xx`
    /// (see docs/detectors.md).
    #[arg(
        long,
        env = "SENTINEL_MCP_DETECTORS",
        default_value = "security",
        value_name = "SPEC"
    )]
    pub detectors: String,
}

/// Why the engine could not be built from the flags (a usage error).
#[derive(Debug, thiserror::Error)]
pub enum EngineArgsError {
    /// `--detectors` does not parse.
    #[error("{0}")]
    Selection(#[from] crate::scan::select::SelectionError),
    /// A `--rules` pack is unreadable or malformed.
    #[error("{0}")]
    Pack(#[from] crate::scan::PackError),
    /// The engine refused the combination.
    #[error("{0}")]
    Engine(#[from] crate::scan::EngineError),
}

impl EngineArgs {
    /// Builds the engine these flags describe.
    pub fn build(&self) -> Result<Engine, EngineArgsError> {
        let mut b = Engine::builder().selection(Selection::parse(&self.detectors)?);
        for r in &self.rules {
            b = b.add_pack_file(r)?;
        }
        Ok(b.build()?)
    }
}
