//! `sentinel proxy`: spawn (or connect to) the upstream and run the relay on our stdio.

use crate::relay::{self, EXIT_INTERNAL, EXIT_USAGE, RelayConfig};
use crate::transport::UpstreamLink;
use crate::transport::stdio::{self, StdioOptions};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// `sentinel proxy --help` body: what the proxy does.
pub const LONG_ABOUT: &str = "\
Relay MCP between this process's stdio (the host) and an upstream server.

sentinel starts the upstream MCP server as a child process and relays every newline-delimited \
JSON-RPC message both ways, byte for byte. Lines that are not MCP messages (invalid JSON, \
arrays/batches, invalid UTF-8, lines over --max-line-bytes, ids of the wrong type) are never \
passed on: the sender gets a JSON-RPC error when its id can be read, and a log line is written \
otherwise. stdout carries MCP messages only; logs and the upstream's stderr (prefixed \
`[upstream] `) go to stderr.

Write everything for sentinel first and the upstream command last: everything after \
`--target CMD` (or after `--`) is the upstream's command line.";

/// `sentinel proxy` usage lines.
pub const USAGE: &str = "sentinel proxy [OPTIONS] --target CMD [ARGS]...\n       sentinel proxy [OPTIONS] -- CMD [ARGS]...";

/// `sentinel proxy --help` epilogue: an mcpServers example and the exit codes.
pub const AFTER_HELP: &str = "\
Example (an mcpServers entry in Claude Desktop, Cursor, Cline…):

  \"mcpServers\": {
    \"files\": {
      \"command\": \"sentinel\",
      \"args\": [\"proxy\", \"--target\", \"npx\", \"-y\", \"@modelcontextprotocol/server-filesystem\", \"/home/me\"]
    }
  }

Exit codes:
  0  the host closed stdin and the upstream shut down when asked
  1  sentinel could not use its own stdin/stdout
  2  bad usage, or the upstream could not be started
  3  the upstream exited or crashed while the host was connected (pending requests were
     answered with JSON-RPC error -32000)
  4  at shutdown the upstream ignored stdin close and SIGTERM and was killed (SIGKILL)

Shutdown: on stdin EOF, SIGTERM or SIGINT sentinel closes the upstream's stdin, waits \
--shutdown-grace, sends SIGTERM, waits again, then sends SIGKILL. See docs/relay.md.";

/// Flags of `sentinel proxy`.
#[derive(Debug, Clone, clap::Args)]
#[command(override_usage = USAGE)]
pub struct ProxyArgs {
    /// The upstream command and its arguments; must come after every sentinel flag, since
    /// everything that follows belongs to the upstream.
    #[arg(long, value_name = "CMD [ARGS]...", num_args = 1.., allow_hyphen_values = true)]
    pub target: Vec<String>,

    /// Longest accepted message line in bytes, either direction.
    #[arg(long, value_name = "BYTES", default_value_t = crate::jsonrpc::framing::DEFAULT_MAX_LINE_BYTES, env = "SENTINEL_MCP_MAX_LINE_BYTES")]
    pub max_line_bytes: usize,

    /// How long each shutdown step waits (after closing the upstream's stdin, after SIGTERM):
    /// `5s`, `500ms`, or plain seconds.
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_duration, env = "SENTINEL_MCP_SHUTDOWN_GRACE")]
    pub shutdown_grace: Duration,

    /// Most requests that may await a response per direction; more are refused with an error.
    #[arg(long, value_name = "N", default_value_t = relay::DEFAULT_MAX_PENDING)]
    pub max_pending: usize,

    /// Scanning and policy flags (see docs/policy.md).
    #[command(flatten)]
    pub scan: crate::policy::ScanPolicyArgs,

    /// Detector selection and extra rule packs (see docs/detectors.md).
    #[command(flatten)]
    pub engine: super::engine_args::EngineArgs,
    /// Flags for `--target http(s)://…` upstreams (Streamable HTTP / legacy SSE).
    #[command(flatten)]
    pub http: crate::transport::http::HttpArgs,

    /// The upstream command, as an alternative to --target: `sentinel proxy -- CMD ARGS...`.
    #[arg(last = true, value_name = "CMD [ARGS]...")]
    pub command: Vec<String>,
}

/// Parses `5s`, `250ms`, `1.5` (seconds).
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, scale) = if let Some(n) = s.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1.0)
    } else {
        (s, 1.0)
    };
    match num.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 && v * scale < 86_400.0 => {
            Ok(Duration::from_secs_f64(v * scale))
        }
        _ => Err(format!("`{s}` is not a duration (try 5s or 500ms)")),
    }
}

impl ProxyArgs {
    /// The upstream command line, from --target or after `--`.
    pub fn upstream_command(&self) -> Result<&[String], String> {
        match (self.target.is_empty(), self.command.is_empty()) {
            (false, true) => Ok(&self.target),
            (true, false) => Ok(&self.command),
            (true, true) => {
                Err("no upstream given: use --target CMD [ARGS...] or -- CMD [ARGS...]".into())
            }
            (false, false) => {
                Err("give the upstream either with --target or after --, not both".into())
            }
        }
    }

    /// The relay settings these flags ask for.
    pub fn relay_config(&self) -> RelayConfig {
        RelayConfig {
            max_line_bytes: self.max_line_bytes.max(1),
            max_pending: self.max_pending.max(1),
            shutdown_grace: self.shutdown_grace,
        }
    }
}

/// Runs the proxy; returns the process exit code.
pub fn main(args: ProxyArgs) -> ExitCode {
    let cmd = match args.upstream_command() {
        Ok(c) => c.to_vec(),
        Err(msg) => {
            eprintln!("sentinel: {msg}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("sentinel: cannot start the async runtime: {e}");
            return ExitCode::from(EXIT_INTERNAL);
        }
    };
    let interceptor = match scanning_interceptor(&args, &cmd) {
        Ok(i) => i,
        Err(msg) => {
            eprintln!("sentinel: {msg}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let config = args.relay_config();
    let code = rt.block_on(async move {
        let link = match connect(&cmd, &config, &args.http).await {
            Ok(link) => link,
            Err(msg) => {
                eprintln!("sentinel: {msg}");
                return EXIT_USAGE;
            }
        };
        tracing::info!(event = "start", version = env!("CARGO_PKG_VERSION"), program = %crate::transport::http::options::redact_target(&cmd[0]), "sentinel proxy started");
        let outcome = relay::run_until(
            config,
            interceptor,
            link,
            tokio::io::stdin(),
            tokio::io::stdout(),
            stop_signal(),
        )
        .await;
        outcome.exit_code()
    });
    // stdin is read on a blocking thread that cannot be cancelled; do not wait for it.
    rt.shutdown_timeout(Duration::from_millis(100));
    ExitCode::from(code)
}

/// The scanning interceptor for this upstream: policy resolved from flags, environment and
/// config file; the default detector engine; pins and audit file opened.
fn scanning_interceptor(
    args: &ProxyArgs,
    cmd: &[String],
) -> Result<Arc<dyn crate::relay::Interceptor>, String> {
    let resolved =
        crate::policy::resolve::resolve_from_process(&args.scan).map_err(|e| e.to_string())?;
    let engine = args.engine.build().map_err(|e| e.to_string())?;
    let interceptor =
        crate::intercept::setup::build(resolved, cmd, Box::new(engine), &|k| std::env::var(k).ok())
            .map_err(|e| e.to_string())?;
    Ok(Arc::new(interceptor))
}

/// Opens the upstream named by `cmd`.
async fn connect(
    cmd: &[String],
    config: &RelayConfig,
    http_args: &crate::transport::http::HttpArgs,
) -> Result<UpstreamLink, String> {
    use crate::transport::http;
    let (program, rest) = cmd.split_first().ok_or("no upstream command given")?;
    if http::is_http_target(program) {
        if !rest.is_empty() {
            return Err("an HTTP --target takes no further arguments".into());
        }
        let opts = http::HttpOptions::from_args(program, http_args, config.max_line_bytes)
            .map_err(|e| e.to_string())?;
        return http::connect(opts).await.map_err(|e| e.to_string());
    }
    let opts = StdioOptions {
        max_line_bytes: config.max_line_bytes,
        stdout_close_grace: config.shutdown_grace,
        ..StdioOptions::default()
    };
    stdio::spawn(program, rest, opts).map_err(|e| e.to_string())
}

/// Completes on SIGTERM, SIGINT or SIGHUP: sentinel then shuts the upstream down as on EOF.
async fn stop_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int), Ok(mut hup)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::hangup()),
    ) else {
        return std::future::pending().await;
    };
    let name = tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
        _ = hup.recv() => "SIGHUP",
    };
    tracing::info!(event = "signal", signal = name, "shutting down");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn proxy(args: &[&str]) -> ProxyArgs {
        let mut v = vec!["sentinel", "proxy"];
        v.extend_from_slice(args);
        match Cli::try_parse_from(v).unwrap().command {
            Command::Proxy(p) => p,
            other => panic!("not a proxy command: {other:?}"),
        }
    }

    #[test]
    fn target_takes_everything_after_it() {
        let p = proxy(&[
            "--max-line-bytes",
            "10",
            "--target",
            "npx",
            "-y",
            "pkg",
            "--log-level",
            "x",
        ]);
        assert_eq!(
            p.upstream_command().unwrap(),
            ["npx", "-y", "pkg", "--log-level", "x"]
        );
        assert_eq!(p.max_line_bytes, 10);
    }

    #[test]
    fn double_dash_form() {
        let p = proxy(&["--shutdown-grace", "250ms", "--", "python3", "-u", "s.py"]);
        assert_eq!(p.upstream_command().unwrap(), ["python3", "-u", "s.py"]);
        assert_eq!(p.shutdown_grace, Duration::from_millis(250));
    }

    #[test]
    fn missing_upstream_is_an_error() {
        assert!(proxy(&[]).upstream_command().is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("5s").unwrap(), Duration::from_secs(5));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_duration("0ms").unwrap(), Duration::ZERO);
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
