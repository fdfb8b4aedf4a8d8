//! Settings of the HTTP transport: the command-line flags, their validation, and the rule that
//! plain `http://` is for loopback only.
//!
//! May not: touch the network.

use super::HttpError;
use super::headers::{self, ExtraHeader};
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Which HTTP transport to speak to the upstream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum TransportMode {
    /// Streamable HTTP, falling back to legacy HTTP+SSE when the first POST gets 400/404/405
    /// and a GET of the URL opens an event stream with an `endpoint` event.
    #[default]
    Auto,
    /// Streamable HTTP only (2025-03-26 onward).
    StreamableHttp,
    /// Legacy HTTP+SSE only (2024-11-05): GET an event stream, POST to its `endpoint`.
    Sse,
}

/// The proxy's flags for `--target http(s)://…` (flattened into the proxy command).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct HttpArgs {
    /// HTTP upstreams: which transport to speak.
    #[arg(long = "transport", value_enum, default_value_t = TransportMode::Auto)]
    pub transport: TransportMode,
    /// HTTP upstreams: an extra request header, `'Name: value'` (repeatable). `$VAR`/`${VAR}`
    /// are read from the environment; literal secret-looking values are refused.
    /// More headers: SENTINEL_MCP_HTTP_HEADERS="name=value;name=value".
    #[arg(long = "header", value_name = "NAME: VALUE")]
    pub header: Vec<String>,
    /// HTTP upstreams: seconds to wait for a TCP/TLS connection.
    #[arg(long = "connect-timeout", value_name = "SECS", default_value_t = 10.0)]
    pub connect_timeout: f64,
    /// HTTP upstreams: seconds a request may take, from POST to its response.
    #[arg(long = "request-timeout", value_name = "SECS", default_value_t = 300.0)]
    pub request_timeout: f64,
    /// HTTP upstreams: allow plain http:// to a host other than loopback (traffic and
    /// credentials then cross the network unencrypted).
    #[arg(long = "allow-insecure-http")]
    pub allow_insecure_http: bool,
    /// HTTP upstreams: PEM file with extra CA certificates to trust (a private CA).
    #[arg(long = "ca-file", value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
}

/// How the GET stream reconnects.
#[derive(Debug, Clone, Copy)]
pub struct ReconnectPolicy {
    /// Consecutive failed attempts before giving up on the stream.
    pub max_attempts: u32,
    /// Delay before the first retry; doubles each time.
    pub base_delay: Duration,
    /// Ceiling of the delay.
    pub max_delay: Duration,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        ReconnectPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
        }
    }
}

/// Validated settings for one HTTP upstream.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// The endpoint (Streamable HTTP) or the SSE URL (legacy).
    pub url: reqwest::Url,
    /// Transport selection.
    pub mode: TransportMode,
    /// Extra headers (values never logged).
    pub headers: Vec<ExtraHeader>,
    /// TCP/TLS connect timeout.
    pub connect_timeout: Duration,
    /// Whole-request timeout.
    pub request_timeout: Duration,
    /// Extra trusted CA certificates (PEM file).
    pub ca_file: Option<PathBuf>,
    /// The relay's message size limit: larger bodies/events become `Oversized`.
    pub max_message_bytes: usize,
    /// GET stream reconnection.
    pub reconnect: ReconnectPolicy,
}

impl HttpOptions {
    /// Validates `target` and the flags, reading `$VAR` references and
    /// `SENTINEL_MCP_HTTP_HEADERS` from the process environment.
    pub fn from_args(
        target: &str,
        args: &HttpArgs,
        max_message_bytes: usize,
    ) -> Result<Self, HttpError> {
        let env_list = std::env::var(headers::HEADERS_ENV).ok();
        Self::from_args_with_env(target, args, max_message_bytes, env_list.as_deref(), &|v| {
            std::env::var(v).ok()
        })
    }

    /// [`HttpOptions::from_args`] with an explicit environment (for tests).
    pub fn from_args_with_env(
        target: &str,
        args: &HttpArgs,
        max_message_bytes: usize,
        env_list: Option<&str>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, HttpError> {
        let url = reqwest::Url::parse(target).map_err(|e| HttpError::InvalidUrl(e.to_string()))?;
        check_scheme(&url, args.allow_insecure_http)?;
        let headers = headers::collect(&args.header, env_list, env)?;
        Ok(HttpOptions {
            url,
            mode: args.transport,
            headers,
            connect_timeout: secs(args.connect_timeout, "--connect-timeout")?,
            request_timeout: secs(args.request_timeout, "--request-timeout")?,
            ca_file: args.ca_file.clone(),
            max_message_bytes,
            reconnect: ReconnectPolicy::default(),
        })
    }
}

fn secs(value: f64, flag: &'static str) -> Result<Duration, HttpError> {
    if value.is_finite() && value > 0.0 && value <= 86_400.0 {
        Ok(Duration::from_secs_f64(value))
    } else {
        Err(HttpError::BadTimeout(flag))
    }
}

/// Whether `target` names an HTTP upstream (rather than a command to spawn).
pub fn is_http_target(target: &str) -> bool {
    let lower = target.get(..8).unwrap_or(target).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// `https` anywhere; `http` only to loopback unless explicitly allowed.
pub fn check_scheme(url: &reqwest::Url, allow_insecure_http: bool) -> Result<(), HttpError> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if allow_insecure_http || is_loopback(url) => Ok(()),
        "http" => Err(HttpError::InsecureHttp(
            url.host_str().unwrap_or_default().to_owned(),
        )),
        other => Err(HttpError::UnsupportedScheme(other.to_owned())),
    }
}

/// 127.0.0.0/8, ::1 (also IPv4-mapped), and the name `localhost`.
pub fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => {
            ip.is_loopback()
                || ip
                    .to_ipv4_mapped()
                    .is_some_and(|v4| IpAddr::V4(v4).is_loopback())
        }
        None => false,
    }
}

/// `target` as logs may show it: an HTTP URL without credentials, anything else unchanged.
pub fn redact_target(target: &str) -> String {
    match reqwest::Url::parse(target) {
        Ok(url) if is_http_target(target) => display_url(&url),
        _ => target.to_owned(),
    }
}

/// The URL as logs and errors may show it: no user info, no query, no fragment (they may hold
/// credentials).
pub fn display_url(url: &reqwest::Url) -> String {
    let mut shown = format!("{}://{}", url.scheme(), url.host_str().unwrap_or_default());
    if let Some(port) = url.port() {
        shown.push_str(&format!(":{port}"));
    }
    shown.push_str(url.path());
    if url.query().is_some() {
        shown.push_str("?…");
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(target: &str, insecure: bool) -> Result<HttpOptions, HttpError> {
        let args = HttpArgs {
            allow_insecure_http: insecure,
            connect_timeout: 10.0,
            request_timeout: 300.0,
            ..HttpArgs::default()
        };
        HttpOptions::from_args_with_env(target, &args, 1024, None, &|_| None)
    }

    #[test]
    fn plain_http_only_to_loopback() {
        for ok in [
            "http://127.0.0.1:3001/mcp",
            "http://127.8.9.10/mcp",
            "http://localhost:8080/mcp",
            "http://LOCALHOST/mcp",
            "http://[::1]:3001/mcp",
            "http://[::ffff:127.0.0.1]/mcp",
            "https://example.com/mcp",
        ] {
            assert!(opts(ok, false).is_ok(), "{ok}");
        }
        for bad in [
            "http://example.com/mcp",
            "http://10.0.0.1/mcp",
            "http://128.0.0.1/mcp",
            "http://[::2]/mcp",
            "http://localhost.evil.com/mcp",
            "http://0.0.0.0/mcp",
        ] {
            let err = opts(bad, false).unwrap_err();
            assert!(matches!(err, HttpError::InsecureHttp(_)), "{bad}: {err:?}");
            assert!(err.to_string().contains("--allow-insecure-http"));
            assert!(opts(bad, true).is_ok(), "{bad} with the flag");
        }
        assert!(matches!(
            opts("ftp://x/", true),
            Err(HttpError::UnsupportedScheme(_))
        ));
        assert!(matches!(
            opts("not a url", true),
            Err(HttpError::InvalidUrl(_))
        ));
    }

    #[test]
    fn http_targets_are_recognised() {
        assert!(is_http_target("https://x"));
        assert!(is_http_target("HTTP://x"));
        assert!(!is_http_target("npx"));
        assert!(!is_http_target("./http-server"));
    }

    #[test]
    fn timeouts_must_be_positive_and_finite() {
        let args = HttpArgs {
            connect_timeout: 0.0,
            request_timeout: 1.0,
            ..HttpArgs::default()
        };
        assert!(matches!(
            HttpOptions::from_args_with_env("https://x/", &args, 1, None, &|_| None),
            Err(HttpError::BadTimeout("--connect-timeout"))
        ));
    }

    #[test]
    fn displayed_urls_hide_credentials() {
        let url = reqwest::Url::parse("https://user:pw@h.example:8443/mcp?token=abc#f").unwrap();
        assert_eq!(display_url(&url), "https://h.example:8443/mcp?…");
    }
}
