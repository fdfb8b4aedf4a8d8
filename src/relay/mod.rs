//! The relay: moves messages between the host (our stdio) and the upstream, byte for byte,
//! and offers every parsed message to an [`hook::Interceptor`].
//!
//! May not: scan text or decide policy itself (that is the interceptor's job), or know which
//! transport carries the upstream.
//!
//! # Entry point
//!
//! [`run`] (or [`run_until`], which also stops on an outside signal) takes the host side as any
//! `AsyncRead`/`AsyncWrite` pair and the upstream as an [`UpstreamLink`], so the stdio proxy,
//! the HTTP transport and in-process tests all drive the same code:
//!
//! ```no_run
//! # async fn demo(link: sentinel::transport::UpstreamLink) {
//! use std::sync::Arc;
//! use sentinel::relay::{run, PassThrough, RelayConfig};
//! let outcome = run(
//!     RelayConfig::default(),
//!     Arc::new(PassThrough),
//!     link,
//!     tokio::io::stdin(),
//!     tokio::io::stdout(),
//! )
//! .await;
//! std::process::exit(outcome.exit_code().into());
//! # }
//! ```
//!
//! # Invariants
//!
//! - A forwarded message is the original line's bytes (or the interceptor's `Replace` bytes)
//!   plus `\n`; nothing is re-serialised. Each output stream has exactly one writer task, which
//!   writes whole lines only.
//! - Every host request gets exactly one answer: the upstream's, the interceptor's, or an error
//!   made here (refused input, upstream gone, response unusable).
//! - Per direction, messages leave in the order they arrived.
//! - Message bodies are never logged above `trace`.

pub mod hook;
pub mod pending;

pub use hook::{Direction, Interceptor, MessageContext, PassThrough, RequestInfo, Verdict};
pub use pending::{DEFAULT_MAX_PENDING, PendingError, PendingTable};

use crate::jsonrpc::error::{
    INTERNAL_ERROR, INVALID_REQUEST, PARSE_ERROR, UPSTREAM_UNAVAILABLE, error_response,
};
use crate::jsonrpc::framing::{DEFAULT_MAX_LINE_BYTES, Frame, LineReader};
use crate::jsonrpc::recover::recover;
use crate::jsonrpc::{Envelope, EnvelopeError, Kind, parse};
use crate::transport::{UpstreamEvent, UpstreamExit, UpstreamLink};
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufWriter};
use tokio::sync::{Notify, mpsc};

/// Exit code: the host closed its side and the upstream shut down when asked.
pub const EXIT_OK: u8 = 0;
/// Exit code: sentinel itself failed (its own stdio broke).
pub const EXIT_INTERNAL: u8 = 1;
/// Exit code: bad usage or the upstream could not be started.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: the upstream exited or disconnected while the host was still connected.
pub const EXIT_UPSTREAM_EXITED: u8 = 3;
/// Exit code: at shutdown the upstream ignored stdin close and SIGTERM and was killed.
pub const EXIT_UPSTREAM_KILLED: u8 = 4;

/// Capacity of each internal line queue (messages, not bytes).
const QUEUE: usize = 64;

/// Tunables of one relay run.
#[derive(Debug, Clone)]
pub struct RelayConfig {
    /// Longest accepted line from either side, in bytes (terminator excluded). Transports
    /// apply the same bound to what they read from the upstream.
    pub max_line_bytes: usize,
    /// Most requests that may await a response, per direction.
    pub max_pending: usize,
    /// How long to wait at each shutdown step (after closing stdin, after SIGTERM).
    pub shutdown_grace: Duration,
}

impl Default for RelayConfig {
    fn default() -> Self {
        RelayConfig {
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            max_pending: DEFAULT_MAX_PENDING,
            shutdown_grace: Duration::from_secs(5),
        }
    }
}

/// Why a relay run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// The host closed its input (EOF) or it failed to read.
    HostClosed,
    /// Writing to the host failed (it stopped reading).
    HostOutputClosed,
    /// The caller's stop signal fired (e.g. SIGTERM/SIGINT to sentinel).
    Stopped,
    /// The upstream exited or disconnected on its own.
    UpstreamExited,
}

/// How a relay run ended.
#[derive(Debug, Clone)]
pub struct RelayOutcome {
    /// What ended it.
    pub reason: EndReason,
    /// How the upstream ended.
    pub upstream: UpstreamExit,
    /// Host requests that were answered with an error because the upstream went away.
    pub failed_pending: usize,
}

impl RelayOutcome {
    /// The process exit code this outcome maps to (see `docs/relay.md`).
    pub fn exit_code(&self) -> u8 {
        match self.reason {
            EndReason::UpstreamExited => EXIT_UPSTREAM_EXITED,
            _ if self.upstream.description.contains("SIGKILL") => EXIT_UPSTREAM_KILLED,
            _ => EXIT_OK,
        }
    }
}

/// Runs the relay until the host closes its input or the upstream exits.
pub async fn run<I, O>(
    config: RelayConfig,
    interceptor: Arc<dyn Interceptor>,
    upstream: UpstreamLink,
    host_in: I,
    host_out: O,
) -> RelayOutcome
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    run_until(
        config,
        interceptor,
        upstream,
        host_in,
        host_out,
        std::future::pending(),
    )
    .await
}

/// Like [`run`], and also shuts down (as on host EOF) when `stop` completes.
pub async fn run_until<I, O, S>(
    config: RelayConfig,
    interceptor: Arc<dyn Interceptor>,
    upstream: UpstreamLink,
    host_in: I,
    host_out: O,
    stop: S,
) -> RelayOutcome
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
    S: Future<Output = ()>,
{
    let UpstreamLink {
        outbound,
        inbound,
        control,
    } = upstream;
    let grace = config.shutdown_grace;
    let (host_tx, host_rx) = mpsc::channel::<Vec<u8>>(QUEUE);
    let out_failed = Arc::new(Notify::new());
    let shared = Arc::new(Shared {
        interceptor,
        state: Mutex::new(State {
            to_server: PendingTable::new(config.max_pending),
            to_host: PendingTable::new(config.max_pending),
            upstream_gone: None,
            upstream_tx: Some(outbound),
            failed: 0,
        }),
        host_tx,
    });

    let mut writer = tokio::spawn(write_lines(host_out, host_rx, out_failed.clone()));
    let mut host_task = tokio::spawn(host_pipeline(
        shared.clone(),
        LineReader::with_limit(host_in, config.max_line_bytes),
    ));
    let mut up_task = tokio::spawn(upstream_pipeline(shared.clone(), inbound));

    tokio::pin!(stop);
    let reason = tokio::select! {
        _ = &mut host_task => EndReason::HostClosed,
        _ = out_failed.notified() => EndReason::HostOutputClosed,
        _ = &mut stop => EndReason::Stopped,
        _ = &mut up_task => EndReason::UpstreamExited,
    };
    tracing::info!(event = "relay_end", reason = ?reason, "relay ending");
    host_task.abort();
    // No more messages for the upstream: this closes a child's stdin once queued lines are out.
    shared.lock().upstream_tx = None;

    let upstream_exit = control.shutdown(grace).await;
    if reason != EndReason::UpstreamExited {
        // The upstream pipeline ends on the transport's Closed event, answering what is pending.
        if tokio::time::timeout(grace, &mut up_task).await.is_err() {
            up_task.abort();
            // Resolves at once; drops the task's handle on the host queue.
            let _ = up_task.await;
            // Bounded too: a host that stopped reading must not keep sentinel alive.
            let _ = tokio::time::timeout(grace, fail_pending(&shared, &upstream_exit.description))
                .await;
        }
    }
    let failed_pending = shared.lock().failed;
    if reason != EndReason::HostClosed {
        // Waiting for the aborted task drops its handle on the host queue.
        let _ = host_task.await;
    }
    drop(shared);
    // Every sender is gone now, so the writer drains what is queued, flushes and ends.
    if tokio::time::timeout(grace, &mut writer).await.is_err() {
        writer.abort();
        tracing::warn!(
            event = "host_write_timeout",
            "host did not read its output; dropped"
        );
    }
    let outcome = RelayOutcome {
        reason,
        upstream: upstream_exit,
        failed_pending,
    };
    tracing::info!(
        event = "shutdown",
        reason = ?outcome.reason,
        upstream = %outcome.upstream.description,
        failed_pending = outcome.failed_pending,
        exit_code = outcome.exit_code(),
        "sentinel stopped"
    );
    outcome
}

struct Shared {
    interceptor: Arc<dyn Interceptor>,
    state: Mutex<State>,
    host_tx: mpsc::Sender<Vec<u8>>,
}

struct State {
    /// Host requests awaiting the upstream's response.
    to_server: PendingTable,
    /// Upstream requests awaiting the host's response.
    to_host: PendingTable,
    /// Set once the upstream is gone: how it ended.
    upstream_gone: Option<String>,
    /// The way to the upstream; `None` once the relay stops sending to it.
    upstream_tx: Option<mpsc::Sender<Vec<u8>>>,
    failed: usize,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep going with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Sends whole lines to one output; flushes when the queue runs dry.
async fn write_lines<O: AsyncWrite + Unpin>(
    out: O,
    mut rx: mpsc::Receiver<Vec<u8>>,
    failed: Arc<Notify>,
) {
    let mut out = BufWriter::with_capacity(64 * 1024, out);
    while let Some(line) = rx.recv().await {
        let res = async {
            out.write_all(&line).await?;
            out.write_all(b"\n").await?;
            if rx.is_empty() {
                out.flush().await?;
            }
            std::io::Result::Ok(())
        }
        .await;
        if let Err(e) = res {
            tracing::warn!(event = "host_write_error", error = %e, "cannot write to host");
            failed.notify_one();
            return;
        }
    }
    let _ = out.flush().await;
}

/// Reads the host and relays to the upstream until EOF or a read error.
async fn host_pipeline<I: AsyncRead + Unpin>(shared: Arc<Shared>, mut reader: LineReader<I>) {
    loop {
        match reader.next_frame().await {
            Ok(Some(frame)) => on_frame(&shared, Direction::HostToServer, frame).await,
            Ok(None) => {
                tracing::info!(event = "host_eof", "host closed its input");
                return;
            }
            Err(e) => {
                tracing::warn!(event = "host_read_error", error = %e, "cannot read from host");
                return;
            }
        }
    }
}

/// Relays what the upstream sends until it is gone; answers pending host requests then.
async fn upstream_pipeline(shared: Arc<Shared>, mut inbound: mpsc::Receiver<UpstreamEvent>) {
    loop {
        match inbound.recv().await {
            Some(UpstreamEvent::Message(bytes)) => {
                on_frame(&shared, Direction::ServerToHost, Frame::Line(bytes)).await
            }
            Some(UpstreamEvent::Oversized { len, head }) => {
                on_frame(
                    &shared,
                    Direction::ServerToHost,
                    Frame::Oversized { len, head },
                )
                .await
            }
            Some(UpstreamEvent::Closed(exit)) => {
                log_upstream_exit(&exit);
                fail_pending(&shared, &exit.description).await;
                return;
            }
            None => {
                let description = "transport ended without an exit report".to_owned();
                tracing::warn!(event = "upstream_exit", description = %description);
                fail_pending(&shared, &description).await;
                return;
            }
        }
    }
}

fn log_upstream_exit(exit: &UpstreamExit) {
    if exit.expected {
        tracing::info!(event = "upstream_exit", description = %exit.description, code = exit.code, expected = true, "upstream stopped");
    } else {
        tracing::warn!(event = "upstream_exit", description = %exit.description, code = exit.code, expected = false, "upstream exited on its own");
    }
}

/// Answers every host request still waiting on the upstream, once the upstream is gone.
async fn fail_pending(shared: &Shared, description: &str) {
    let owed = {
        let mut st = shared.lock();
        st.upstream_gone = Some(description.to_owned());
        st.to_host.drain();
        let owed = st.to_server.drain();
        st.failed += owed.len();
        owed
    };
    for (id, info) in owed {
        let msg = format!(
            "sentinel: the upstream server {description} before answering this {} request",
            info.method
        );
        let _ = shared
            .host_tx
            .send(error_response(Some(&id), UPSTREAM_UNAVAILABLE, &msg, None))
            .await;
    }
}

/// One unit of input from either side.
async fn on_frame(shared: &Shared, dir: Direction, frame: Frame) {
    match frame {
        Frame::Oversized { len, head } => {
            bad_input(shared, dir, Problem::Oversized(len), &head).await;
        }
        Frame::Line(bytes) => {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                tracing::debug!(event = "blank_line", direction = dir.as_str());
                return;
            }
            let text = match std::str::from_utf8(&bytes) {
                Ok(t) => t,
                Err(_) => return bad_input(shared, dir, Problem::InvalidUtf8, &bytes).await,
            };
            let onward = match parse(text) {
                Ok(env) => on_message(shared, dir, &env).await,
                Err(e) => {
                    bad_input(shared, dir, Problem::Envelope(e), &bytes).await;
                    None
                }
            };
            if let Some(Onward { payload, request }) = onward {
                // The original line moves on as it is: no copy, no re-serialisation.
                let sent = send_onward(shared, dir, payload.unwrap_or(bytes)).await;
                if !sent && let Some(id) = request {
                    // Nobody will answer it now; unless the exit sweep already did, answer here.
                    if table_of_requests_from(&mut shared.lock(), dir)
                        .take(&id)
                        .is_some()
                    {
                        let msg = format!("sentinel: the {} is gone", side(other(dir)));
                        let err = error_response(Some(&id), UPSTREAM_UNAVAILABLE, &msg, None);
                        send_back(shared, dir, err).await;
                    }
                }
            }
        }
    }
}

/// What to send onward after a message was handled.
struct Onward {
    /// Replacement bytes, or `None` for the original line.
    payload: Option<Vec<u8>>,
    /// For a request: its raw id (recorded as pending before sending).
    request: Option<String>,
}

/// Sends to the other side of `dir`. False when that side is gone.
async fn send_onward(shared: &Shared, dir: Direction, bytes: Vec<u8>) -> bool {
    match dir {
        Direction::HostToServer => {
            let tx = shared.lock().upstream_tx.clone();
            match tx {
                Some(tx) => tx.send(bytes).await.is_ok(),
                None => false,
            }
        }
        Direction::ServerToHost => shared.host_tx.send(bytes).await.is_ok(),
    }
}

/// Sends back to the side that sent a message travelling `dir`.
///
/// Never waits for queue space: the task calling this is the only reader of that side's
/// output, and a peer that writes without reading until its output is read (a single-threaded
/// server flooding requests) would otherwise deadlock with us. When the queue is full, the
/// line is handed to a task that waits for space; local answers may then overtake each other,
/// which is harmless as each carries its own id.
async fn send_back(shared: &Shared, dir: Direction, bytes: Vec<u8>) -> bool {
    let tx = match dir {
        Direction::HostToServer => Some(shared.host_tx.clone()),
        Direction::ServerToHost => shared.lock().upstream_tx.clone(),
    };
    let Some(tx) = tx else { return false };
    match tx.try_send(bytes) {
        Ok(()) => true,
        Err(mpsc::error::TrySendError::Closed(_)) => false,
        Err(mpsc::error::TrySendError::Full(bytes)) => {
            tokio::spawn(async move {
                let _ = tx.send(bytes).await;
            });
            true
        }
    }
}

fn table_of_requests_from(st: &mut State, dir: Direction) -> &mut PendingTable {
    match dir {
        Direction::HostToServer => &mut st.to_server,
        Direction::ServerToHost => &mut st.to_host,
    }
}

fn table_owed_by(st: &mut State, dir: Direction) -> &mut PendingTable {
    match dir {
        Direction::HostToServer => &mut st.to_host,
        Direction::ServerToHost => &mut st.to_server,
    }
}

fn side(dir: Direction) -> &'static str {
    match dir {
        Direction::HostToServer => "host",
        Direction::ServerToHost => "upstream server",
    }
}

/// Asks the interceptor, treating a panic as "refuse" so a bug in scanning fails closed.
/// A verdict whose bytes would break line framing (a newline inside) is treated the same way.
fn inspect(shared: &Shared, env: &Envelope<'_>, ctx: &MessageContext<'_>) -> Option<Verdict> {
    match catch_unwind(AssertUnwindSafe(|| shared.interceptor.inspect(env, ctx))) {
        Ok(Verdict::Replace(b) | Verdict::Respond(b))
            if b.contains(&b'\n') || b.contains(&b'\r') =>
        {
            tracing::error!(
                event = "interceptor_bad_verdict",
                direction = ctx.direction.as_str(),
                method = env.method.as_deref().unwrap_or(""),
                "interceptor returned bytes with a line break; message refused"
            );
            None
        }
        Ok(v) => Some(v),
        Err(_) => {
            tracing::error!(
                event = "interceptor_panic",
                direction = ctx.direction.as_str(),
                method = env.method.as_deref().unwrap_or(""),
                "interceptor panicked; message refused"
            );
            None
        }
    }
}

/// Handles one parsed message: pending bookkeeping, the interceptor, local answers. Returns
/// what to send onward (the caller owns the original bytes and moves them on).
async fn on_message(shared: &Shared, dir: Direction, env: &Envelope<'_>) -> Option<Onward> {
    let method = env.method.as_deref().unwrap_or("");
    let id = env.id_text();
    tracing::trace!(event = "message", direction = dir.as_str(), body = env.raw);
    match env.kind {
        Kind::Request => {
            let id = id.unwrap_or("null");
            let refused = {
                let mut st = shared.lock();
                if dir == Direction::HostToServer && st.upstream_gone.is_some() {
                    Some((
                        UPSTREAM_UNAVAILABLE,
                        "the upstream server is gone".to_owned(),
                    ))
                } else {
                    table_of_requests_from(&mut st, dir)
                        .check(id)
                        .err()
                        .map(|e| match e {
                            PendingError::Full(_) => (UPSTREAM_UNAVAILABLE, e.to_string()),
                            PendingError::DuplicateId => (INVALID_REQUEST, e.to_string()),
                        })
                }
            };
            if let Some((code, why)) = refused {
                tracing::warn!(event = "request_refused", direction = dir.as_str(), method, id, reason = %why);
                let msg = format!("sentinel: {why}");
                send_back(shared, dir, error_response(Some(id), code, &msg, None)).await;
                return None;
            }
            let ctx = MessageContext {
                direction: dir,
                request: None,
            };
            let out = match decide(shared, env, &ctx, method, Some(id)).await {
                Decided::Onward(out) => out,
                Decided::Answered => return None,
                Decided::Failed => {
                    let msg = "sentinel: internal error while inspecting this request; it was not forwarded";
                    send_back(
                        shared,
                        dir,
                        error_response(Some(id), INTERNAL_ERROR, msg, None),
                    )
                    .await;
                    return None;
                }
            };
            let info = RequestInfo {
                method: method.to_owned(),
                name: request_name(method, env.params),
                started: Instant::now(),
            };
            let gone = {
                let mut st = shared.lock();
                if dir == Direction::HostToServer && st.upstream_gone.is_some() {
                    true
                } else {
                    // Checked above, and only this task inserts into this table.
                    let _ = table_of_requests_from(&mut st, dir).insert(id, info);
                    false
                }
            };
            if gone {
                let msg = format!("sentinel: the {} is gone", side(other(dir)));
                send_back(
                    shared,
                    dir,
                    error_response(Some(id), UPSTREAM_UNAVAILABLE, &msg, None),
                )
                .await;
                return None;
            }
            Some(Onward {
                payload: out,
                request: Some(id.to_owned()),
            })
        }
        Kind::Notification => {
            let ctx = MessageContext {
                direction: dir,
                request: None,
            };
            let out = match decide(shared, env, &ctx, method, None).await {
                Decided::Onward(out) => out,
                Decided::Answered | Decided::Failed => return None,
            };
            if method == "notifications/cancelled"
                && let Some(req) = cancelled_request_id(env.params)
            {
                table_of_requests_from(&mut shared.lock(), dir).take(req);
            }
            Some(Onward {
                payload: out,
                request: None,
            })
        }
        Kind::Response | Kind::ErrorResponse => {
            let id = id.unwrap_or("null");
            let info = table_owed_by(&mut shared.lock(), dir).take(id);
            let ctx = MessageContext {
                direction: dir,
                request: info.as_ref(),
            };
            let out = match decide(shared, env, &ctx, method, Some(id)).await {
                Decided::Onward(out) => out,
                Decided::Answered => return None,
                Decided::Failed => {
                    let msg =
                        "sentinel: internal error while inspecting the response; it was withheld";
                    Some(error_response(Some(id), INTERNAL_ERROR, msg, None))
                }
            };
            Some(Onward {
                payload: out,
                request: None,
            })
        }
    }
}

fn other(dir: Direction) -> Direction {
    match dir {
        Direction::HostToServer => Direction::ServerToHost,
        Direction::ServerToHost => Direction::HostToServer,
    }
}

/// The interceptor's verdict on one message, after any local answer has been sent.
enum Decided {
    /// Goes onward: `None` keeps the original bytes, `Some` carries the replacement.
    Onward(Option<Vec<u8>>),
    /// Answered back to the sender (`Verdict::Respond`); nothing goes onward.
    Answered,
    /// The interceptor panicked or returned a broken message; each kind of message decides
    /// what that means (a request is refused, a response withheld, a notification dropped).
    Failed,
}

/// Asks the interceptor about `env` and carries out the parts of its verdict that are the same
/// for every kind of message: logging, and sending a `Respond` back to the sender.
async fn decide(
    shared: &Shared,
    env: &Envelope<'_>,
    ctx: &MessageContext<'_>,
    method: &str,
    id: Option<&str>,
) -> Decided {
    match inspect(shared, env, ctx) {
        Some(Verdict::Forward) => Decided::Onward(None),
        Some(Verdict::Replace(bytes)) => {
            log_verdict(ctx.direction, method, id, "replace");
            Decided::Onward(Some(bytes))
        }
        Some(Verdict::Respond(bytes)) => {
            log_verdict(ctx.direction, method, id, "respond");
            send_back(shared, ctx.direction, bytes).await;
            Decided::Answered
        }
        None => Decided::Failed,
    }
}

fn log_verdict(dir: Direction, method: &str, id: Option<&str>, verdict: &str) {
    tracing::debug!(
        event = "verdict",
        direction = dir.as_str(),
        method,
        id,
        verdict
    );
}

/// What was wrong with a line that could not be relayed.
enum Problem {
    Oversized(usize),
    InvalidUtf8,
    Envelope(EnvelopeError),
}

impl Problem {
    fn describe(&self, max_hint: bool) -> String {
        match self {
            Problem::Oversized(len) if max_hint => {
                format!("message of {len} bytes exceeds the line size limit (--max-line-bytes)")
            }
            Problem::Oversized(len) => {
                format!("message of {len} bytes exceeds the line size limit")
            }
            Problem::InvalidUtf8 => "message is not valid UTF-8".to_owned(),
            Problem::Envelope(e) => e.to_string(),
        }
    }

    fn code(&self) -> i64 {
        match self {
            Problem::InvalidUtf8 | Problem::Envelope(EnvelopeError::InvalidJson(_)) => PARSE_ERROR,
            _ => INVALID_REQUEST,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Problem::Oversized(_) => "oversized",
            Problem::InvalidUtf8 => "invalid_utf8",
            Problem::Envelope(EnvelopeError::Batch) => "batch",
            Problem::Envelope(EnvelopeError::NotAnObject) => "not_an_object",
            Problem::Envelope(EnvelopeError::InvalidUtf8) => "invalid_utf8",
            Problem::Envelope(EnvelopeError::InvalidJson(_)) => "invalid_json",
            Problem::Envelope(EnvelopeError::DuplicateMember(_)) => "duplicate_member",
            Problem::Envelope(EnvelopeError::WrongIdType) => "wrong_id_type",
            Problem::Envelope(EnvelopeError::MethodNotString) => "method_not_string",
            Problem::Envelope(EnvelopeError::NotAMessage(_)) => "not_a_message",
        }
    }
}

/// A line that cannot be relayed: answer whoever waits on it if an id can be read, else log.
async fn bad_input(shared: &Shared, dir: Direction, problem: Problem, bytes: &[u8]) {
    let why = problem.describe(true);
    let rec = recover(bytes);
    tracing::warn!(
        event = "bad_input",
        direction = dir.as_str(),
        problem = problem.kind(),
        detail = %why,
        len = match &problem { Problem::Oversized(n) => *n, _ => bytes.len() },
        id = rec.id.as_deref(),
        "line not relayed"
    );
    if let Problem::Envelope(EnvelopeError::Batch) = problem {
        let msg = format!("sentinel: {why}");
        send_back(
            shared,
            dir,
            error_response(None, INVALID_REQUEST, &msg, None),
        )
        .await;
        return;
    }
    let Some(id) = rec.id else { return };
    // A broken response to a request the other side is waiting on: fail that request.
    let owed = if rec.has_method {
        None
    } else {
        table_owed_by(&mut shared.lock(), dir).take(&id)
    };
    if let Some(info) = owed {
        let msg = format!(
            "sentinel: the {}'s response to this {} request could not be relayed: {}",
            side(dir),
            info.method,
            why
        );
        send_onward(
            shared,
            dir,
            error_response(Some(&id), INTERNAL_ERROR, &msg, None),
        )
        .await;
    } else if rec.has_outcome {
        tracing::warn!(event = "unmatched_response_dropped", direction = dir.as_str(), id = %id);
    } else {
        let msg = format!("sentinel: {why}");
        send_back(
            shared,
            dir,
            error_response(Some(&id), problem.code(), &msg, None),
        )
        .await;
    }
}

/// `params.name` (tools/call, prompts/get) or `params.uri` (resources/read), if a string.
fn request_name(method: &str, params: Option<&serde_json::value::RawValue>) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Named {
        name: Option<String>,
        uri: Option<String>,
    }
    let want_uri = match method {
        "tools/call" | "prompts/get" => false,
        "resources/read" => true,
        _ => return None,
    };
    let p: Named = serde_json::from_str(params?.get()).ok()?;
    if want_uri { p.uri } else { p.name }
}

/// The raw `params.requestId` of a `notifications/cancelled`.
fn cancelled_request_id(params: Option<&serde_json::value::RawValue>) -> Option<&str> {
    #[derive(serde::Deserialize)]
    struct Cancelled<'a> {
        #[serde(rename = "requestId", borrow)]
        request_id: Option<&'a serde_json::value::RawValue>,
    }
    let c: Cancelled<'_> = serde_json::from_str(params?.get()).ok()?;
    c.request_id.map(|r| r.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_name_by_method() {
        let p: &serde_json::value::RawValue =
            serde_json::from_str(r#"{"name":"read_file","uri":"file:///x","arguments":{}}"#)
                .unwrap();
        assert_eq!(
            request_name("tools/call", Some(p)).as_deref(),
            Some("read_file")
        );
        assert_eq!(
            request_name("prompts/get", Some(p)).as_deref(),
            Some("read_file")
        );
        assert_eq!(
            request_name("resources/read", Some(p)).as_deref(),
            Some("file:///x")
        );
        assert_eq!(request_name("ping", Some(p)), None);
        let odd: &serde_json::value::RawValue = serde_json::from_str(r#"{"name":5}"#).unwrap();
        assert_eq!(request_name("tools/call", Some(odd)), None);
    }

    #[test]
    fn cancelled_id_is_raw() {
        let p: &serde_json::value::RawValue =
            serde_json::from_str(r#"{"requestId":"a\u0062","reason":"x"}"#).unwrap();
        assert_eq!(cancelled_request_id(Some(p)), Some(r#""a\u0062""#));
        let p: &serde_json::value::RawValue = serde_json::from_str(r#"{"requestId":1.0}"#).unwrap();
        assert_eq!(cancelled_request_id(Some(p)), Some("1.0"));
    }
}
