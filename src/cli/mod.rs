//! Command-line interface: parses arguments and hands off to the subcommand modules.
//!
//! May not: contain relay, scanning or policy logic; it only wires configuration to them.

pub mod scan;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// sentinel: an MCP scanning proxy that sits between an MCP host and an MCP server.
#[derive(Debug, Parser)]
#[command(name = "sentinel", version, about, long_about = None)]
pub struct Cli {
    /// What to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Relay MCP between this process's stdio (the host) and an upstream server.
    Proxy,
    /// Scan files, stdin or JSON lines with the detectors, as the proxy would.
    Scan(scan::ScanArgs),
}

/// Entry point used by `main.rs`; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Proxy => ExitCode::from(2),
        Command::Scan(args) => scan::run(args),
    }
}
