//! Remote upstreams over HTTP: Streamable HTTP (2025-03-26 onward) with fallback to the legacy
//! HTTP+SSE transport (2024-11-05), behind the same [`UpstreamLink`] the stdio transport gives.
//!
//! The host still speaks stdio to sentinel; this module turns each outbound message into a POST
//! and every JSON body or SSE `data:` payload coming back into an [`UpstreamEvent`]. HTTP-level
//! failures of a request (5xx, reset, timeout, HTML instead of JSON, expired session) become a
//! JSON-RPC error answering that request, made here, plus one log line. See `docs/http.md`.
//!
//! May not: scan, decide policy, alter a message's JSON value, or log header values or URLs'
//! query strings (they carry credentials).

mod client;
pub mod headers;
mod legacy;
pub mod message;
pub mod options;
pub mod sse;
mod streamable;

pub use headers::HeaderError;
pub use options::{HttpArgs, HttpOptions, TransportMode, is_http_target};

use super::{BoxFuture, UpstreamControl, UpstreamEvent, UpstreamExit, UpstreamLink};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// Why the HTTP upstream could not be set up. Every variant means exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// The target is not a URL.
    #[error("--target is not a valid URL: {0}")]
    InvalidUrl(String),
    /// Neither http nor https.
    #[error("--target scheme {0:?} is not supported; use https:// (or http:// to loopback)")]
    UnsupportedScheme(String),
    /// Plain http to a non-loopback host.
    #[error(
        "refusing plain http:// to {0}: traffic and credentials would cross the network \
         unencrypted; use https://, or pass --allow-insecure-http if you accept that"
    )]
    InsecureHttp(String),
    /// A timeout flag out of range.
    #[error("{0} must be a positive number of seconds (at most 86400)")]
    BadTimeout(&'static str),
    /// A header setting was refused.
    #[error(transparent)]
    Header(#[from] HeaderError),
    /// The CA file could not be read or parsed.
    #[error("--ca-file {path}: {reason}")]
    CaFile {
        /// The path given.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// The HTTP client could not be built (TLS setup).
    #[error("could not set up the HTTP client: {0}")]
    Client(String),
    /// Nothing answered at the upstream address.
    #[error("upstream {url} is unreachable: {reason}")]
    Unreachable {
        /// The URL, credentials removed.
        url: String,
        /// Why.
        reason: String,
    },
    /// The legacy SSE handshake failed (forced `--transport sse`).
    #[error("upstream {url} does not speak the legacy HTTP+SSE transport: {reason}")]
    NotLegacySse {
        /// The URL, credentials removed.
        url: String,
        /// Why.
        reason: String,
    },
}

impl HttpError {
    /// The process exit code for a setup failure: 2, like every other start-up error.
    pub fn exit_code(&self) -> u8 {
        2
    }
}

/// Connects to an HTTP upstream and returns the link the relay drives.
///
/// Checks reachability first (a TCP connection to the host within `--connect-timeout`; for
/// `--transport sse` the whole SSE handshake), so a wrong URL fails at start with exit code 2
/// rather than on the host's first request. Must run inside a tokio runtime.
pub async fn connect(opts: HttpOptions) -> Result<UpstreamLink, HttpError> {
    let client = client::build(&opts)?;
    let opts = Arc::new(opts);
    let legacy_conn = match opts.mode {
        TransportMode::Sse => Some(legacy::open(&client, &opts).await?),
        TransportMode::Auto | TransportMode::StreamableHttp => {
            client::probe_reachable(&opts).await?;
            None
        }
    };
    let (out_tx, out_rx) = mpsc::channel::<Vec<u8>>(64);
    let (in_tx, in_rx) = mpsc::channel::<UpstreamEvent>(64);
    let (stop_tx, stop_rx) = watch::channel::<Option<Duration>>(None);
    let shared = Arc::new(Shared {
        client,
        opts,
        session: Mutex::new(None),
        version: Mutex::new(None),
        events: tokio::sync::Mutex::new(Some(in_tx)),
        stop: stop_rx,
    });
    let driver = tokio::spawn(run(shared, out_rx, legacy_conn));
    Ok(UpstreamLink {
        outbound: out_tx,
        inbound: in_rx,
        control: Box::new(HttpControl {
            stop: stop_tx,
            driver,
        }),
    })
}

async fn run(
    shared: Arc<Shared>,
    outbound: mpsc::Receiver<Vec<u8>>,
    legacy_conn: Option<legacy::Conn>,
) -> UpstreamExit {
    let exit = match legacy_conn {
        Some(conn) => legacy::run(shared.clone(), outbound, conn, None).await,
        None => match streamable::run(shared.clone(), outbound).await {
            streamable::End::Exit(exit) => exit,
            streamable::End::Fallback {
                conn,
                outbound,
                first,
            } => legacy::run(shared.clone(), outbound, *conn, Some(first)).await,
        },
    };
    shared.close(exit.clone()).await;
    exit
}

/// State every task of one HTTP upstream shares.
pub(crate) struct Shared {
    pub(crate) client: reqwest::Client,
    pub(crate) opts: Arc<HttpOptions>,
    /// `Mcp-Session-Id` from the initialize response.
    pub(crate) session: Mutex<Option<String>>,
    /// Negotiated protocol version, for `MCP-Protocol-Version`.
    pub(crate) version: Mutex<Option<String>>,
    /// The inbound channel; `None` once `Closed` was sent, so nothing follows it.
    events: tokio::sync::Mutex<Option<mpsc::Sender<UpstreamEvent>>>,
    /// Set by `shutdown`: the grace period to finish in-flight work.
    pub(crate) stop: watch::Receiver<Option<Duration>>,
}

impl Shared {
    /// Sends an event to the relay, unless the link is already closed.
    pub(crate) async fn emit(&self, event: UpstreamEvent) {
        let guard = self.events.lock().await;
        if let Some(tx) = guard.as_ref() {
            // The relay dropping its receiver means it no longer cares; nothing to do.
            let _ = tx.send(event).await;
        }
    }

    /// Sends the one `Closed` event; later calls do nothing.
    pub(crate) async fn close(&self, exit: UpstreamExit) {
        let mut guard = self.events.lock().await;
        if let Some(tx) = guard.take() {
            let _ = tx.send(UpstreamEvent::Closed(exit)).await;
        }
    }

    /// Answers the request with raw id `id` with a transport-made error and logs why.
    pub(crate) async fn fail_request(
        &self,
        id: &str,
        code: i64,
        reason: &str,
        data: serde_json::Value,
    ) {
        tracing::warn!(target: "sentinel::transport::http", request_id = %id, code, "{reason}");
        self.emit(UpstreamEvent::Message(message::error_response(
            id, code, reason, data,
        )))
        .await;
    }

    pub(crate) fn session_id(&self) -> Option<String> {
        self.session.lock().ok().and_then(|s| s.clone())
    }

    pub(crate) fn negotiated_version(&self) -> Option<String> {
        self.version.lock().ok().and_then(|s| s.clone())
    }

    /// Whether `shutdown` was called.
    pub(crate) fn stopping(&self) -> Option<Duration> {
        *self.stop.borrow()
    }

    /// Resolves when in-flight work must be abandoned: `grace` after `shutdown` is called
    /// (whenever that happens), or after the request timeout if it never is.
    pub(crate) async fn drain_deadline(&self) {
        let mut stop = self.stop.clone();
        let wait_for_stop = async {
            loop {
                let current = *stop.borrow_and_update();
                if let Some(grace) = current {
                    tokio::time::sleep(grace).await;
                    return;
                }
                if stop.changed().await.is_err() {
                    // The control is gone without a shutdown: only the timeout applies.
                    std::future::pending::<()>().await;
                }
            }
        };
        tokio::select! {
            _ = wait_for_stop => {}
            _ = tokio::time::sleep(self.opts.request_timeout) => {}
        }
    }
}

struct HttpControl {
    stop: watch::Sender<Option<Duration>>,
    driver: tokio::task::JoinHandle<UpstreamExit>,
}

impl UpstreamControl for HttpControl {
    fn shutdown(self: Box<Self>, grace: Duration) -> BoxFuture<UpstreamExit> {
        Box::pin(async move {
            let _ = self.stop.send(Some(grace));
            let mut driver = self.driver;
            // The driver finishes in-flight requests within `grace`, then DELETEs the session
            // (within `grace` again); allow for both before giving up on it.
            match tokio::time::timeout(grace * 2 + Duration::from_secs(2), &mut driver).await {
                Ok(Ok(exit)) => exit,
                Ok(Err(join)) => UpstreamExit {
                    description: format!("HTTP transport task failed: {join}"),
                    code: None,
                    expected: false,
                },
                Err(_) => {
                    driver.abort();
                    UpstreamExit {
                        description: "HTTP transport did not stop in time".to_owned(),
                        code: None,
                        expected: true,
                    }
                }
            }
        })
    }
}
