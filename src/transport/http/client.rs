//! The HTTP client: TLS (rustls with the ring provider, platform roots plus `--ca-file`),
//! timeouts, no redirects, and the reachability probe run at start.
//!
//! May not: log header values.

use super::options::{HttpOptions, display_url};
use super::{HttpError, Shared};
use reqwest::header::{HeaderName, HeaderValue};
use std::sync::Once;

/// `MCP-Protocol-Version`.
pub(crate) const PROTOCOL_VERSION: &str = "mcp-protocol-version";
/// `Mcp-Session-Id`.
pub(crate) const SESSION_ID: &str = "mcp-session-id";

fn install_crypto_provider() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Fails only when another provider is already installed, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// Builds the client for one upstream.
pub(crate) fn build(opts: &HttpOptions) -> Result<reqwest::Client, HttpError> {
    install_crypto_provider();
    let mut builder = reqwest::Client::builder()
        .connect_timeout(opts.connect_timeout)
        // A redirect would turn a POST into a GET and could carry our headers to another
        // origin; an MCP endpoint has no reason to redirect.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("sentinel/", env!("CARGO_PKG_VERSION")))
        .tcp_nodelay(true);
    if let Some(path) = &opts.ca_file {
        let shown = path.display().to_string();
        let pem = std::fs::read(path).map_err(|e| HttpError::CaFile {
            path: shown.clone(),
            reason: e.to_string(),
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| HttpError::CaFile {
            path: shown.clone(),
            reason: format!("not a PEM certificate bundle ({e})"),
        })?;
        if certs.is_empty() {
            return Err(HttpError::CaFile {
                path: shown,
                reason: "no certificate found in the file".to_owned(),
            });
        }
        builder = builder.tls_certs_merge(certs);
    }
    builder
        .build()
        .map_err(|e| HttpError::Client(e.to_string()))
}

/// Opens (and closes) one TCP connection to the upstream's host, so an unreachable upstream
/// is reported at start. Skipped when a proxy is configured in the environment (requests then
/// go through the proxy, and the host may not be reachable directly).
pub(crate) async fn probe_reachable(opts: &HttpOptions) -> Result<(), HttpError> {
    let proxy_vars: &[&str] = if opts.url.scheme() == "https" {
        &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
    } else {
        &["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
    };
    if proxy_vars
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
    {
        tracing::debug!(target: "sentinel::transport::http", "proxy configured; skipping the reachability probe");
        return Ok(());
    }
    let unreachable = |reason: String| HttpError::Unreachable {
        url: display_url(&opts.url),
        reason,
    };
    let addrs = {
        let url = opts.url.clone();
        tokio::task::spawn_blocking(move || url.socket_addrs(|| None))
            .await
            .map_err(|e| unreachable(e.to_string()))?
            .map_err(|e| unreachable(format!("cannot resolve the host ({e})")))?
    };
    let mut last = String::from("the host resolved to no address");
    for addr in addrs {
        match tokio::time::timeout(opts.connect_timeout, tokio::net::TcpStream::connect(addr)).await
        {
            Ok(Ok(_)) => return Ok(()),
            Ok(Err(e)) => last = format!("{addr}: {e}"),
            Err(_) => last = format!("{addr}: no answer within --connect-timeout"),
        }
    }
    Err(unreachable(last))
}

/// Adds the user's extra headers, the session id and the negotiated protocol version.
pub(crate) fn with_common_headers(
    shared: &Shared,
    mut req: reqwest::RequestBuilder,
    version_override: Option<&str>,
) -> reqwest::RequestBuilder {
    for h in &shared.opts.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(h.name.as_bytes()),
            HeaderValue::from_str(&h.value),
        ) {
            let mut value = value;
            value.set_sensitive(true);
            req = req.header(name, value);
        }
    }
    if let Some(value) = shared
        .session_id()
        .and_then(|s| HeaderValue::from_str(&s).ok())
    {
        req = req.header(SESSION_ID, value);
    }
    let version = version_override
        .map(str::to_owned)
        .or_else(|| shared.negotiated_version());
    if let Some(value) = version.and_then(|v| HeaderValue::from_str(&v).ok()) {
        req = req.header(PROTOCOL_VERSION, value);
    }
    req
}

/// A reqwest error as a log/error line: no URL (its query may hold credentials).
pub(crate) fn describe(err: &reqwest::Error) -> String {
    let kind = if err.is_timeout() {
        "timed out"
    } else if err.is_connect() {
        "connection failed"
    } else if err.is_body() || err.is_decode() {
        "connection broke while reading the body"
    } else if err.is_request() {
        "request failed"
    } else {
        "HTTP error"
    };
    let mut detail = String::new();
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        detail = s.to_string();
        source = s.source();
    }
    if detail.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind}: {detail}")
    }
}
