//! Streamable HTTP (2025-03-26 onward): one POST per outbound message, responses as a JSON body
//! or an event stream, the optional GET stream, session id and protocol version headers, and
//! DELETE at the end.
//!
//! Requests run concurrently, each in its own task that owns the answer to its request: if the
//! HTTP exchange fails, that task emits the JSON-RPC error. Notifications and responses are sent
//! in order (each awaited up to its 202), so `notifications/initialized` reaches the server
//! before the requests that follow it; `initialize` is awaited too, because every later message
//! needs the session id its response carries.
//!
//! May not: retry a POST (a tool call is not idempotent), or drop a message the server sent.

use super::client::{SESSION_ID, describe, with_common_headers};
use super::legacy;
use super::message::{
    CODE_TIMEOUT, CODE_UPSTREAM, Outbound, encode_header_value, negotiated_version, probe_outbound,
    response_id, same_id, split_messages,
};
use super::options::TransportMode;
use super::sse::{SseItem, SseParser};
use super::{Shared, UpstreamEvent, UpstreamExit};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

const LOG: &str = "sentinel::transport::http";

/// How the Streamable HTTP driver ended.
pub(crate) enum End {
    /// The session is over.
    Exit(UpstreamExit),
    /// The server speaks the legacy transport: continue there, starting with `first`.
    Fallback {
        conn: Box<legacy::Conn>,
        outbound: mpsc::Receiver<Vec<u8>>,
        first: Vec<u8>,
    },
}

/// Per-exchange bookkeeping.
#[derive(Default)]
struct Exchange {
    /// A response to our request was relayed.
    answered: bool,
    /// Our response came as `Oversized` with an id the relay can read from its head: the
    /// relay answers the request, so the transport must not answer a second time.
    oversized: bool,
    /// The server accepted the message (2xx).
    accepted: bool,
}

/// Drives the session until the host is done or `shutdown` is called.
pub(crate) async fn run(shared: Arc<Shared>, mut outbound: mpsc::Receiver<Vec<u8>>) -> End {
    let mut tasks = JoinSet::new();
    let mut get_stream: Option<tokio::task::JoinHandle<()>> = None;
    let mut first = shared.opts.mode == TransportMode::Auto;
    let mut stop = shared.stop.clone();
    loop {
        tokio::select! {
            biased;
            _ = stop.changed() => break,
            msg = outbound.recv() => {
                let Some(bytes) = msg else { break };
                let info = probe_outbound(&bytes);
                if std::mem::take(&mut first) {
                    match first_exchange(&shared, bytes, info).await {
                        Some(conn_and_first) => {
                            tasks.abort_all();
                            let (conn, first) = conn_and_first;
                            return End::Fallback { conn: Box::new(conn), outbound, first };
                        }
                        None => continue,
                    }
                }
                let ordered = !info.is_request() || info.method.as_deref() == Some("initialize");
                if ordered {
                    let initialized =
                        info.method.as_deref() == Some("notifications/initialized");
                    let accepted = exchange(shared.clone(), bytes, info).await;
                    if initialized && accepted && get_stream.is_none() {
                        get_stream = Some(tokio::spawn(run_get_stream(shared.clone())));
                    }
                } else {
                    tasks.spawn(exchange(shared.clone(), bytes, info));
                }
            }
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
        }
    }
    // Let in-flight requests finish: until `grace` after shutdown is called, or the request
    // timeout when the host merely closed its side and nobody asks us to stop.
    tokio::select! {
        _ = async { while tasks.join_next().await.is_some() {} } => {}
        _ = shared.drain_deadline() => {}
    }
    tasks.abort_all();
    if let Some(handle) = get_stream {
        handle.abort();
    }
    delete_session(&shared).await;
    End::Exit(UpstreamExit {
        description: "HTTP session ended".to_owned(),
        code: None,
        expected: true,
    })
}

/// The first message in `auto` mode: a 400/404/405 may mean a legacy HTTP+SSE server.
async fn first_exchange(
    shared: &Arc<Shared>,
    bytes: Vec<u8>,
    info: Outbound,
) -> Option<(legacy::Conn, Vec<u8>)> {
    let mut ex = Exchange::default();
    let timeout = shared.opts.request_timeout;
    let sent = tokio::time::timeout(timeout, send(shared, bytes.clone(), &info)).await;
    let resp = match sent {
        Ok(Ok(resp)) => resp,
        Ok(Err(err)) => {
            fail_http(shared, &info, &err).await;
            return None;
        }
        Err(_) => {
            fail_timeout(shared, &info).await;
            return None;
        }
    };
    let status = resp.status();
    if matches!(status.as_u16(), 400 | 404 | 405) {
        match legacy::open(&shared.client, &shared.opts).await {
            Ok(conn) => {
                tracing::info!(target: LOG, %status,
                    "upstream refused the Streamable HTTP POST; it speaks legacy HTTP+SSE, using that");
                return Some((conn, bytes));
            }
            Err(err) => {
                tracing::debug!(target: LOG, "no legacy SSE fallback: {err}");
            }
        }
    }
    let handled = tokio::time::timeout(timeout, handle(shared, &info, resp, &mut ex)).await;
    if handled.is_err() && info.is_request() && !ex.answered && !ex.oversized {
        fail_timeout(shared, &info).await;
    }
    None
}

/// One POST and its response. Returns whether the server accepted the message.
async fn exchange(shared: Arc<Shared>, bytes: Vec<u8>, info: Outbound) -> bool {
    let mut ex = Exchange::default();
    let timeout = shared.opts.request_timeout;
    let outcome = tokio::time::timeout(timeout, async {
        let resp = send(&shared, bytes, &info).await?;
        handle(&shared, &info, resp, &mut ex).await;
        Ok::<(), reqwest::Error>(())
    })
    .await;
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(err)) => fail_http(&shared, &info, &err).await,
        Err(_) => {
            if !ex.answered && !ex.oversized {
                fail_timeout(&shared, &info).await;
            }
        }
    }
    ex.accepted
}

async fn send(
    shared: &Shared,
    bytes: Vec<u8>,
    info: &Outbound,
) -> Result<reqwest::Response, reqwest::Error> {
    let mut req = shared
        .client
        .post(shared.opts.url.clone())
        .header(ACCEPT, "application/json, text/event-stream")
        .header(CONTENT_TYPE, "application/json");
    req = with_common_headers(shared, req, info.meta_version.as_deref());
    if info.meta_version.is_some() {
        // 2026-07-28: the method and name repeat the body so gateways can route without
        // parsing it; the server rejects a mismatch, so they come from the body itself.
        let encoded = |v: &str| header_value(&encode_header_value(v));
        if let Some(method) = info.method.as_deref().and_then(encoded) {
            req = req.header("mcp-method", method);
        }
        if let Some(name) = info.name.as_deref().and_then(encoded) {
            req = req.header("mcp-name", name);
        }
    }
    req.body(bytes).send().await
}

fn header_value(text: &str) -> Option<HeaderValue> {
    HeaderValue::from_bytes(text.as_bytes()).ok()
}

fn content_type(resp: &reqwest::Response) -> String {
    resp.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_json_type(ct: &str) -> bool {
    ct == "application/json" || ct.ends_with("+json")
}

/// Relays what the response carries, or answers the request with an error.
async fn handle(shared: &Shared, info: &Outbound, resp: reqwest::Response, ex: &mut Exchange) {
    let status = resp.status();
    let is_initialize = info.method.as_deref() == Some("initialize");
    if is_initialize && status.is_success() {
        let session = resp
            .headers()
            .get(SESSION_ID)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        if let (Some(session), Ok(mut slot)) = (session, shared.session.lock()) {
            *slot = Some(session);
        }
    }
    if !status.is_success() {
        return handle_failure_status(shared, info, resp, ex).await;
    }
    ex.accepted = true;
    let ct = content_type(&resp);
    if ct == "text/event-stream" {
        return read_event_stream(shared, info, resp, ex).await;
    }
    let body = match read_capped(resp, shared.opts.max_message_bytes).await {
        Ok(body) => body,
        Err(err) => return fail_http(shared, info, &err).await,
    };
    match body {
        Body::Oversized { len, head } => {
            relay_oversized(shared, info, len, head, ex).await;
            if info.is_request() && !ex.oversized {
                let reason = format!(
                    "upstream's response is larger than the message size limit ({len} bytes)"
                );
                fail(
                    shared,
                    info,
                    CODE_UPSTREAM,
                    &reason,
                    json!({"reason": "oversized", "len": len}),
                )
                .await;
            }
        }
        Body::Whole(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
            if info.is_request() {
                let reason = format!(
                    "upstream accepted the request (HTTP {}) but sent no response",
                    status.as_u16()
                );
                fail(
                    shared,
                    info,
                    CODE_UPSTREAM,
                    &reason,
                    json!({"status": status.as_u16()}),
                )
                .await;
            }
        }
        Body::Whole(bytes) if is_json_type(&ct) => {
            relay_body(shared, info, &bytes, status, ex).await;
        }
        Body::Whole(_) => {
            let shown = if ct.is_empty() {
                "no content type"
            } else {
                ct.as_str()
            };
            let reason = format!(
                "upstream answered with {shown} instead of JSON or an event stream \
                 (is --target the MCP endpoint?)"
            );
            fail(
                shared,
                info,
                CODE_UPSTREAM,
                &reason,
                json!({"status": status.as_u16(), "contentType": ct}),
            )
            .await;
        }
    }
}

async fn relay_body(
    shared: &Shared,
    info: &Outbound,
    bytes: &[u8],
    status: StatusCode,
    ex: &mut Exchange,
) {
    match split_messages(bytes) {
        Ok(messages) => {
            for msg in messages {
                relay_message(shared, info, msg, ex).await;
            }
            if info.is_request() && !ex.answered {
                fail(
                    shared,
                    info,
                    CODE_UPSTREAM,
                    "upstream's JSON body did not contain the response to this request",
                    json!({"status": status.as_u16()}),
                )
                .await;
            }
        }
        Err(err) => {
            let reason = format!("upstream sent a body sentinel cannot relay: {err}");
            fail(
                shared,
                info,
                CODE_UPSTREAM,
                &reason,
                json!({"status": status.as_u16()}),
            )
            .await;
        }
    }
}

/// Emits one message, noting whether it answers our request (and, for `initialize`, the
/// negotiated version, stored before the host can see the response and send more).
async fn relay_message(shared: &Shared, info: &Outbound, msg: Vec<u8>, ex: &mut Exchange) {
    let ours = info
        .id
        .as_deref()
        .is_some_and(|id| response_id(&msg).is_some_and(|rid| same_id(&rid, id)));
    if ours {
        ex.answered = true;
        let version = (info.method.as_deref() == Some("initialize"))
            .then(|| negotiated_version(&msg))
            .flatten();
        if let (Some(v), Ok(mut slot)) = (version, shared.version.lock()) {
            *slot = Some(v);
        }
    }
    shared.emit(UpstreamEvent::Message(msg)).await;
}

async fn handle_failure_status(
    shared: &Shared,
    info: &Outbound,
    resp: reqwest::Response,
    ex: &mut Exchange,
) {
    let status = resp.status();
    let code = status.as_u16();
    if code == 404 && shared.session_id().is_some() && info.method.as_deref() != Some("initialize")
    {
        let reason = "upstream session expired (HTTP 404 for this Mcp-Session-Id); \
                      restart the MCP server in your host to start a new session";
        return fail(
            shared,
            info,
            CODE_UPSTREAM,
            reason,
            json!({"status": code, "reason": "session_expired"}),
        )
        .await;
    }
    // A server may explain itself with its own JSON-RPC error for our id: relay that.
    let ct = content_type(&resp);
    let ours = |m: &Vec<u8>| {
        response_id(m).is_some_and(|rid| info.id.as_deref().is_some_and(|id| same_id(&rid, id)))
    };
    if info.is_request()
        && is_json_type(&ct)
        && let Ok(Body::Whole(bytes)) = read_capped(resp, 64 * 1024).await
        && let Ok(mut messages) = split_messages(&bytes)
        && messages.len() == 1
        && ours(&messages[0])
    {
        tracing::warn!(target: LOG, status = code, "upstream answered with an HTTP error and a JSON-RPC error; relaying it");
        ex.answered = true;
        shared
            .emit(UpstreamEvent::Message(messages.remove(0)))
            .await;
        return;
    }
    let reason = format!(
        "upstream answered HTTP {code}{}",
        status
            .canonical_reason()
            .map(|r| format!(" {r}"))
            .unwrap_or_default()
    );
    fail(
        shared,
        info,
        CODE_UPSTREAM,
        &reason,
        json!({"status": code}),
    )
    .await;
}

/// How many times a response stream that ended early is resumed with `Last-Event-ID`.
const MAX_RESUMES: u32 = 3;

async fn read_event_stream(
    shared: &Shared,
    info: &Outbound,
    mut resp: reqwest::Response,
    ex: &mut Exchange,
) {
    let mut last_event_id: Option<String> = None;
    let mut retry: Option<u64> = None;
    let mut resumes = 0u32;
    loop {
        let mut parser = SseParser::new(shared.opts.max_message_bytes);
        let mut items = Vec::new();
        let broke = loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    parser.push(&chunk, &mut items);
                    for item in items.drain(..) {
                        relay_sse_item(shared, info, item, ex).await;
                    }
                    // The server should close the stream after the response; don't depend on it.
                    if info.is_request() && ex.answered {
                        return;
                    }
                }
                Ok(None) => break None,
                Err(err) => break Some(describe(&err)),
            }
        };
        last_event_id = parser.last_event_id().map(str::to_owned).or(last_event_id);
        retry = parser.retry_ms().or(retry);
        if !info.is_request() || ex.answered || ex.oversized {
            return;
        }
        // A server that gave its events ids may end the stream early (2025-11-25 polling) or
        // lose it; it expects the client to resume with a GET carrying Last-Event-ID.
        let resumable = last_event_id.as_deref().is_some_and(|id| !id.is_empty());
        if resumable && resumes < MAX_RESUMES {
            resumes += 1;
            let delay = Duration::from_millis(retry.unwrap_or(100).min(5_000));
            tokio::time::sleep(delay).await;
            let id = last_event_id.as_deref().unwrap_or_default();
            match resume(shared, id, info.meta_version.as_deref()).await {
                Ok(next) => {
                    tracing::debug!(target: LOG, "resumed the response stream with Last-Event-ID");
                    resp = next;
                    continue;
                }
                Err(why) => {
                    tracing::warn!(target: LOG, "could not resume the response stream: {why}");
                }
            }
        }
        let (reason, data) = match broke {
            Some(err) => (
                format!("upstream event stream broke before the response: {err}"),
                json!({"reason": "stream_broken"}),
            ),
            None => (
                "upstream closed the event stream without sending the response".to_owned(),
                json!({"reason": "stream_ended"}),
            ),
        };
        return fail(shared, info, CODE_UPSTREAM, &reason, data).await;
    }
}

/// GETs the endpoint with `Last-Event-ID` to continue a response stream.
async fn resume(
    shared: &Shared,
    last_event_id: &str,
    version: Option<&str>,
) -> Result<reqwest::Response, String> {
    let mut req = shared
        .client
        .get(shared.opts.url.clone())
        .header(ACCEPT, "text/event-stream");
    req = with_common_headers(shared, req, version);
    if let Some(id) = header_value(last_event_id) {
        req = req.header("last-event-id", id);
    }
    let resp = req.send().await.map_err(|e| describe(&e))?;
    if resp.status().is_success() && content_type(&resp) == "text/event-stream" {
        Ok(resp)
    } else {
        Err(format!("GET answered HTTP {}", resp.status().as_u16()))
    }
}

async fn relay_sse_item(shared: &Shared, info: &Outbound, item: SseItem, ex: &mut Exchange) {
    match item {
        SseItem::Event(event) => {
            if event.event_type() != "message" {
                tracing::debug!(target: LOG, event = event.event_type(), "ignoring non-message SSE event");
                return;
            }
            if event.data.iter().all(u8::is_ascii_whitespace) {
                return; // priming event (id only) for resumability
            }
            match split_messages(&event.data) {
                Ok(messages) => {
                    for msg in messages {
                        relay_message(shared, info, msg, ex).await;
                    }
                }
                Err(err) => {
                    tracing::warn!(target: LOG, "dropped an SSE event that is not JSON-RPC: {err}");
                }
            }
        }
        SseItem::Oversized { len, head, .. } => {
            tracing::warn!(target: LOG, len, "upstream SSE event over the message size limit");
            relay_oversized(shared, info, len, head, ex).await;
        }
    }
}

/// Hands an oversized message to the relay; notes whether it is our response with an id the
/// relay can read (the relay then answers the request from the head).
async fn relay_oversized(
    shared: &Shared,
    info: &Outbound,
    len: usize,
    head: Vec<u8>,
    ex: &mut Exchange,
) {
    let seen = crate::jsonrpc::recover::recover(&head);
    if !seen.has_method
        && let (Some(ours), Some(theirs)) = (info.id.as_deref(), seen.id.as_deref())
        && same_raw_id(ours, theirs)
    {
        ex.oversized = true;
    }
    shared.emit(UpstreamEvent::Oversized { len, head }).await;
}

fn same_raw_id(a: &str, b: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(a).is_ok_and(|v| same_id(&v, b))
}

/// A body read with a size cap.
pub(crate) enum Body {
    Whole(Vec<u8>),
    Oversized { len: usize, head: Vec<u8> },
}

/// Reads a body up to `max` bytes; past that, stops reading and keeps the head.
pub(crate) async fn read_capped(
    mut resp: reqwest::Response,
    max: usize,
) -> Result<Body, reqwest::Error> {
    let head_len = super::sse::OVERSIZED_HEAD;
    if let Some(len) = resp.content_length()
        && len > max as u64
    {
        let mut head = Vec::new();
        while head.len() < head_len {
            match resp.chunk().await? {
                Some(chunk) => head.extend_from_slice(&chunk),
                None => break,
            }
        }
        head.truncate(head_len);
        return Ok(Body::Oversized {
            len: usize::try_from(len).unwrap_or(usize::MAX),
            head,
        });
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        body.extend_from_slice(&chunk);
        if body.len() > max {
            let len = body.len();
            body.truncate(head_len);
            return Ok(Body::Oversized { len, head: body });
        }
    }
    Ok(Body::Whole(body))
}

async fn fail(shared: &Shared, info: &Outbound, code: i64, reason: &str, data: serde_json::Value) {
    match &info.id {
        Some(id) if info.is_request() => shared.fail_request(id, code, reason, data).await,
        _ => {
            let method = info.method.as_deref().unwrap_or("(response)");
            tracing::warn!(target: LOG, method, "upstream did not take a message: {reason}");
        }
    }
}

async fn fail_http(shared: &Shared, info: &Outbound, err: &reqwest::Error) {
    let (code, what) = if err.is_timeout() {
        (CODE_TIMEOUT, "timeout")
    } else {
        (CODE_UPSTREAM, "connection")
    };
    let reason = format!("upstream HTTP request failed: {}", describe(err));
    fail(shared, info, code, &reason, json!({"reason": what})).await;
}

async fn fail_timeout(shared: &Shared, info: &Outbound) {
    let secs = shared.opts.request_timeout.as_secs_f64();
    let reason = format!("upstream did not answer within --request-timeout ({secs}s)");
    fail(
        shared,
        info,
        CODE_TIMEOUT,
        &reason,
        json!({"reason": "timeout"}),
    )
    .await;
}

/// The optional server-to-client stream: GET the endpoint; 405 means the server offers none.
/// Reconnects with exponential backoff (or the server's `retry:`), resuming with
/// `Last-Event-ID`, at most `max_attempts` consecutive failures and 100 reconnects in all.
async fn run_get_stream(shared: Arc<Shared>) {
    let policy = shared.opts.reconnect;
    let mut failures = 0u32;
    let mut reconnects = 0u32;
    let mut last_event_id: Option<String> = None;
    let mut retry_ms: Option<u64> = None;
    let none = Outbound::default();
    loop {
        let mut req = shared
            .client
            .get(shared.opts.url.clone())
            .header(ACCEPT, "text/event-stream");
        req = with_common_headers(&shared, req, None);
        if let Some(id) = last_event_id.as_deref().and_then(header_value) {
            req = req.header("last-event-id", id);
        }
        let mut delivered = false;
        match req.send().await {
            Ok(resp) if resp.status() == StatusCode::METHOD_NOT_ALLOWED => {
                tracing::debug!(target: LOG, "upstream offers no GET stream (405)");
                return;
            }
            Ok(resp)
                if resp.status().is_success() && content_type(&resp) == "text/event-stream" =>
            {
                let mut resp = resp;
                let mut parser = SseParser::new(shared.opts.max_message_bytes);
                let mut items = Vec::new();
                let mut ex = Exchange::default();
                while let Ok(Some(chunk)) = resp.chunk().await {
                    parser.push(&chunk, &mut items);
                    for item in items.drain(..) {
                        delivered = true;
                        relay_sse_item(&shared, &none, item, &mut ex).await;
                    }
                }
                last_event_id = parser.last_event_id().map(str::to_owned).or(last_event_id);
                retry_ms = parser.retry_ms().or(retry_ms);
                tracing::debug!(target: LOG, "GET stream ended");
            }
            Ok(resp) if resp.status().is_client_error() => {
                tracing::warn!(target: LOG, status = resp.status().as_u16(), "upstream refused the GET stream; server-initiated messages only arrive with responses");
                return;
            }
            Ok(resp) => {
                tracing::warn!(target: LOG, status = resp.status().as_u16(), "GET stream failed");
            }
            Err(err) => {
                tracing::warn!(target: LOG, "GET stream failed: {}", describe(&err));
            }
        }
        failures = if delivered { 0 } else { failures + 1 };
        reconnects += 1;
        if failures >= policy.max_attempts || reconnects >= 100 {
            tracing::warn!(target: LOG, "giving up on the GET stream after {reconnects} reconnects");
            return;
        }
        let backoff = retry_ms.map(Duration::from_millis).unwrap_or_else(|| {
            policy
                .base_delay
                .saturating_mul(1u32 << failures.min(16))
                .min(policy.max_delay)
        });
        tokio::time::sleep(backoff.min(policy.max_delay)).await;
    }
}

/// Ends the session with DELETE (a server may answer 405: it does not let clients end them).
async fn delete_session(shared: &Shared) {
    if shared.session_id().is_none() {
        return;
    }
    let req = with_common_headers(shared, shared.client.delete(shared.opts.url.clone()), None);
    let limit = shared
        .stopping()
        .unwrap_or(shared.opts.connect_timeout)
        .max(Duration::from_secs(1));
    match tokio::time::timeout(limit, req.send()).await {
        Ok(Ok(resp)) => {
            tracing::debug!(target: LOG, status = resp.status().as_u16(), "session DELETE answered")
        }
        Ok(Err(err)) => tracing::debug!(target: LOG, "session DELETE failed: {}", describe(&err)),
        Err(_) => tracing::debug!(target: LOG, "session DELETE timed out"),
    }
}
