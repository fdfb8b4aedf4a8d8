//! The scanning/policy flags of `sentinel proxy` (flattened into the proxy command).

use super::{Action, BlockAs, Mode};
use std::path::PathBuf;

/// Scanning and policy flags. Each has an environment variable (`SENTINEL_MCP_…`) and a
/// config-file key; precedence is flag > `SENTINEL_MCP_*` > `SENTINEL_HOOK_ON_*` (severity
/// actions only) > config file > default. See `docs/policy.md`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ScanPolicyArgs {
    /// Config file (TOML). Default: $XDG_CONFIG_HOME/sentinel/sentinel.toml or
    /// ~/.config/sentinel/sentinel.toml if it exists. Env: SENTINEL_MCP_CONFIG.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Action for Critical findings: Block, Warn, Allow or Redact [default: Block].
    /// Env: SENTINEL_MCP_ON_CRITICAL.
    #[arg(long, value_name = "ACTION")]
    pub on_critical: Option<Action>,
    /// Action for High findings [default: Block]. Env: SENTINEL_MCP_ON_HIGH.
    #[arg(long, value_name = "ACTION")]
    pub on_high: Option<Action>,
    /// Action for Medium findings [default: Warn]. Env: SENTINEL_MCP_ON_MEDIUM.
    #[arg(long, value_name = "ACTION")]
    pub on_medium: Option<Action>,
    /// Action for Low findings [default: Allow]. Env: SENTINEL_MCP_ON_LOW.
    #[arg(long, value_name = "ACTION")]
    pub on_low: Option<Action>,
    /// enforce (block/redact as decided) or audit (log decisions, forward everything)
    /// [default: enforce]. Env: SENTINEL_MCP_MODE.
    #[arg(long, value_name = "MODE")]
    pub mode: Option<Mode>,
    /// JSON-RPC error code for blocks [default: -32001]. TypeScript-SDK hosts read -32001 as
    /// RequestTimeout; an application code such as -32050 avoids that. Env:
    /// SENTINEL_MCP_BLOCK_CODE.
    #[arg(long, value_name = "CODE", allow_negative_numbers = true)]
    pub block_code: Option<i64>,
    /// Answer a blocked tools/call with a JSON-RPC `error` or a `tool-error` result the model
    /// can read [default: error]. Env: SENTINEL_MCP_BLOCK_AS.
    #[arg(long, value_name = "STYLE")]
    pub block_as: Option<BlockAs>,
    /// Comma-separated MIME types whose binary content is decoded and scanned; a trailing `/`
    /// matches any subtype [default:
    /// text/,application/json,application/xml,application/yaml,application/javascript].
    /// Env: SENTINEL_MCP_SCAN_MIMES.
    #[arg(long, value_name = "LIST")]
    pub scan_mimes: Option<String>,
    /// UTF-8 bytes scanned per message; the rest raises SEC-90 UnscannedContent
    /// [default: 262144]. Env: SENTINEL_MCP_MAX_SCAN_BYTES.
    #[arg(long, value_name = "BYTES")]
    pub max_scan_bytes: Option<usize>,
    /// Append one NDJSON record per decision to this file. Env: SENTINEL_MCP_AUDIT_FILE.
    #[arg(long, value_name = "PATH")]
    pub audit_file: Option<PathBuf>,
    /// Tool-definition pin file (SEC-18) [default: per target under
    /// $XDG_DATA_HOME/sentinel/pins/]. Env: SENTINEL_MCP_PIN_FILE.
    #[arg(long, value_name = "PATH")]
    pub pin_file: Option<PathBuf>,
}
