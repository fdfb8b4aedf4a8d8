//! Command-line interface: parses arguments and hands off to the subcommand modules.
//!
//! May not: contain relay, scanning or policy logic; it only wires configuration to them.
//! Adding a subcommand: one variant in [`Command`], one arm in [`main`], one module.

pub mod config;
pub mod engine_args;
pub mod pins;
pub mod proxy;
pub mod scan;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// sentinel: an MCP scanning proxy that sits between an MCP host and an MCP server.
#[derive(Debug, Parser)]
#[command(name = "sentinel", version, about, long_about = None)]
pub struct Cli {
    /// Logging options (valid before or after the subcommand).
    #[command(flatten)]
    pub log: LogArgs,
    /// What to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Where and how sentinel logs (always stderr; stdout carries MCP messages only).
#[derive(Debug, Clone, clap::Args)]
pub struct LogArgs {
    /// Log verbosity: error, warn, info, debug, trace (or a tracing filter such as
    /// `sentinel::relay=debug`). Message bodies are only logged at trace.
    #[arg(
        long,
        global = true,
        value_name = "LEVEL",
        default_value = "info",
        env = "SENTINEL_MCP_LOG_LEVEL"
    )]
    pub log_level: String,
    /// Log NDJSON (one JSON object per line) instead of key=value lines.
    #[arg(
        long,
        global = true,
        env = "SENTINEL_MCP_LOG_JSON",
        value_parser = clap::builder::BoolishValueParser::new(),
        action = clap::ArgAction::SetTrue
    )]
    pub log_json: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Relay MCP between this process's stdio (the host) and an upstream server.
    #[command(long_about = proxy::LONG_ABOUT, after_long_help = proxy::AFTER_HELP)]
    Proxy(proxy::ProxyArgs),
    /// Print the effective scanning/policy configuration and where each value came from.
    Config(config::ConfigArgs),
    /// List, accept or reset tool-definition pins (SEC-18 ToolDefinitionDrift).
    Pins(pins::PinsArgs),
    /// Scan files, stdin or JSON lines with the detectors, as the proxy would.
    Scan(scan::ScanArgs),
}

/// Entry point used by `main.rs`; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    crate::log::init(&cli.log.log_level, cli.log.log_json);
    match cli.command {
        Command::Proxy(args) => proxy::main(args),
        Command::Config(args) => config::main(args),
        Command::Pins(args) => pins::main(args),
        Command::Scan(args) => scan::run(args),
    }
}
