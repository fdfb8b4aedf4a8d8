//! The legacy HTTP+SSE transport (2024-11-05): GET an event stream whose first `endpoint` event
//! names the URL to POST messages to; every server message (responses included) arrives on the
//! stream.
//!
//! The stream is the session: when it ends, the session is gone, so the transport answers
//! every request still waiting with an error and closes the link.
//!
//! May not: follow an `endpoint` to another origin (our headers, credentials included, would go
//! with every POST).

use super::client::{describe, with_common_headers};
use super::message::{
    CODE_TIMEOUT, CODE_UPSTREAM, probe_outbound, response_id, same_id, split_messages,
};
use super::options::{HttpOptions, display_url};
use super::sse::{SseItem, SseParser};
use super::{HttpError, Shared, UpstreamEvent, UpstreamExit};
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde_json::json;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

const LOG: &str = "sentinel::transport::http";

/// An open legacy SSE session: the stream, and where to POST.
pub(crate) struct Conn {
    endpoint: reqwest::Url,
    resp: reqwest::Response,
    parser: SseParser,
    /// Events that arrived in the same chunks as (or before) the endpoint event.
    early: Vec<SseItem>,
}

/// Requests sent and not yet answered: raw id and parsed id.
type Pending = Arc<Mutex<Vec<(String, serde_json::Value)>>>;

/// Opens the event stream and waits (within `--connect-timeout`) for the `endpoint` event.
pub(crate) async fn open(client: &reqwest::Client, opts: &HttpOptions) -> Result<Conn, HttpError> {
    let fail = |reason: String| HttpError::NotLegacySse {
        url: display_url(&opts.url),
        reason,
    };
    let handshake = async {
        let mut req = client
            .get(opts.url.clone())
            .header(ACCEPT, "text/event-stream");
        for h in &opts.headers {
            req = req.header(h.name.as_str(), h.value.as_str());
        }
        let mut resp = req.send().await.map_err(|e| {
            if e.is_connect() {
                HttpError::Unreachable {
                    url: display_url(&opts.url),
                    reason: describe(&e),
                }
            } else {
                fail(describe(&e))
            }
        })?;
        let status = resp.status();
        let ct = resp
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if !status.is_success() || !ct.starts_with("text/event-stream") {
            return Err(fail(format!(
                "GET answered HTTP {} with {}",
                status.as_u16(),
                if ct.is_empty() {
                    "no content type"
                } else {
                    &ct
                }
            )));
        }
        let mut parser = SseParser::new(opts.max_message_bytes);
        let mut items = Vec::new();
        loop {
            let chunk = resp
                .chunk()
                .await
                .map_err(|e| fail(describe(&e)))?
                .ok_or_else(|| fail("the stream ended before an endpoint event".to_owned()))?;
            parser.push(&chunk, &mut items);
            let found = items.iter().enumerate().find_map(|(pos, item)| match item {
                SseItem::Event(e) if e.event_type() == "endpoint" => Some((pos, e.data.clone())),
                _ => None,
            });
            if let Some((pos, data)) = found {
                items.remove(pos);
                let endpoint = resolve_endpoint(&opts.url, &data).map_err(fail)?;
                // Events before the endpoint are not meaningful yet; those after it are.
                let early = items.split_off(pos);
                return Ok(Conn {
                    endpoint,
                    resp,
                    parser,
                    early,
                });
            }
        }
    };
    tokio::time::timeout(opts.connect_timeout, handshake)
        .await
        .map_err(|_| fail("no endpoint event within --connect-timeout".to_owned()))?
}

/// Resolves the endpoint event's data against the SSE URL; refuses another origin.
fn resolve_endpoint(base: &reqwest::Url, data: &[u8]) -> Result<reqwest::Url, String> {
    let text = std::str::from_utf8(data)
        .map_err(|_| "the endpoint event is not UTF-8".to_owned())?
        .trim();
    let endpoint = base
        .join(text)
        .map_err(|e| format!("the endpoint event is not a URL ({e})"))?;
    let origin = |u: &reqwest::Url| {
        (
            u.scheme().to_owned(),
            u.host_str().map(str::to_owned),
            u.port_or_known_default(),
        )
    };
    if origin(&endpoint) != origin(base) {
        return Err(format!(
            "the endpoint event points to another origin ({}); refusing to send messages there",
            display_url(&endpoint)
        ));
    }
    Ok(endpoint)
}

/// Drives a legacy session until the host is done, `shutdown` is called, or the stream ends.
pub(crate) async fn run(
    shared: Arc<Shared>,
    mut outbound: mpsc::Receiver<Vec<u8>>,
    conn: Conn,
    first: Option<Vec<u8>>,
) -> UpstreamExit {
    let pending: Pending = Arc::new(Mutex::new(Vec::new()));
    let endpoint = conn.endpoint.clone();
    let mut reader = tokio::spawn(read_stream(shared.clone(), conn, pending.clone()));
    if let Some(first) = first {
        post(&shared, &endpoint, first, &pending).await;
    }
    let mut stop = shared.stop.clone();
    loop {
        tokio::select! {
            biased;
            _ = stop.changed() => break,
            ended = &mut reader => {
                let reason = match ended {
                    Ok(reason) => reason,
                    Err(e) => format!("stream reader failed: {e}"),
                };
                answer_pending(&shared, &pending, &reason).await;
                return UpstreamExit { description: reason, code: None, expected: false };
            }
            msg = outbound.recv() => {
                let Some(bytes) = msg else { break };
                post(&shared, &endpoint, bytes, &pending).await;
            }
        }
    }
    // Give outstanding requests until `grace` after shutdown (or the request timeout).
    let drained = async {
        while pending.lock().map(|p| !p.is_empty()).unwrap_or(false) {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    };
    tokio::select! {
        _ = drained => {}
        _ = shared.drain_deadline() => {}
        ended = &mut reader => {
            let reason = ended.unwrap_or_else(|e| format!("stream reader failed: {e}"));
            answer_pending(&shared, &pending, &reason).await;
        }
    }
    reader.abort();
    UpstreamExit {
        description: "legacy SSE session ended".to_owned(),
        code: None,
        expected: true,
    }
}

async fn post(shared: &Shared, endpoint: &reqwest::Url, bytes: Vec<u8>, pending: &Pending) {
    let info = probe_outbound(&bytes);
    let waiting = match (&info.id, info.is_request()) {
        (Some(id), true) => serde_json::from_str::<serde_json::Value>(id)
            .ok()
            .map(|v| (id.clone(), v)),
        _ => None,
    };
    if let (Some(entry), Ok(mut p)) = (waiting.clone(), pending.lock()) {
        p.push(entry);
    }
    let req = shared
        .client
        .post(endpoint.clone())
        .header(CONTENT_TYPE, "application/json");
    let req = with_common_headers(shared, req, None).body(bytes);
    let outcome = tokio::time::timeout(shared.opts.request_timeout, req.send()).await;
    let failure = match outcome {
        Ok(Ok(resp)) if resp.status().is_success() => None,
        Ok(Ok(resp)) => Some((
            CODE_UPSTREAM,
            format!(
                "upstream answered HTTP {} to the message POST",
                resp.status().as_u16()
            ),
        )),
        Ok(Err(err)) => Some((
            if err.is_timeout() {
                CODE_TIMEOUT
            } else {
                CODE_UPSTREAM
            },
            format!("upstream HTTP request failed: {}", describe(&err)),
        )),
        Err(_) => Some((
            CODE_TIMEOUT,
            "upstream did not accept the message within --request-timeout".to_owned(),
        )),
    };
    let Some((code, reason)) = failure else {
        return;
    };
    match waiting {
        Some((raw, value)) => {
            let still_pending = take_pending(pending, &value);
            if still_pending {
                shared
                    .fail_request(&raw, code, &reason, json!({"transport": "sse"}))
                    .await;
            }
        }
        None => {
            let method = info.method.as_deref().unwrap_or("(response)");
            tracing::warn!(target: LOG, method, "upstream did not take a message: {reason}");
        }
    }
}

/// Removes a pending request by id; whether it was there.
fn take_pending(pending: &Pending, id: &serde_json::Value) -> bool {
    let Ok(mut p) = pending.lock() else {
        return false;
    };
    let raw_matches = |raw: &String| same_id(id, raw);
    match p.iter().position(|(raw, _)| raw_matches(raw)) {
        Some(pos) => {
            p.remove(pos);
            true
        }
        None => false,
    }
}

async fn answer_pending(shared: &Shared, pending: &Pending, reason: &str) {
    let waiting: Vec<_> = pending
        .lock()
        .map(|mut p| std::mem::take(&mut *p))
        .unwrap_or_default();
    for (raw, _) in waiting {
        let message = format!("upstream connection lost before the response: {reason}");
        shared
            .fail_request(
                &raw,
                CODE_UPSTREAM,
                &message,
                json!({"reason": "connection_lost"}),
            )
            .await;
    }
}

/// Relays the stream until it ends; returns why it ended.
async fn read_stream(shared: Arc<Shared>, conn: Conn, pending: Pending) -> String {
    let Conn {
        mut resp,
        mut parser,
        early,
        ..
    } = conn;
    for item in early {
        relay(&shared, item, &pending).await;
    }
    let mut items = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                parser.push(&chunk, &mut items);
                for item in items.drain(..) {
                    relay(&shared, item, &pending).await;
                }
            }
            Ok(None) => return "upstream closed the SSE stream".to_owned(),
            Err(err) => return format!("SSE stream broke: {}", describe(&err)),
        }
    }
}

async fn relay(shared: &Shared, item: SseItem, pending: &Pending) {
    match item {
        SseItem::Event(event) => {
            if event.event_type() != "message" {
                tracing::debug!(target: LOG, event = event.event_type(), "ignoring non-message SSE event");
                return;
            }
            if event.data.iter().all(u8::is_ascii_whitespace) {
                return;
            }
            match split_messages(&event.data) {
                Ok(messages) => {
                    for msg in messages {
                        if let Some(id) = response_id(&msg) {
                            take_pending(pending, &id);
                        }
                        shared.emit(UpstreamEvent::Message(msg)).await;
                    }
                }
                Err(err) => {
                    tracing::warn!(target: LOG, "dropped an SSE event that is not JSON-RPC: {err}")
                }
            }
        }
        SseItem::Oversized { len, head, .. } => {
            tracing::warn!(target: LOG, len, "upstream SSE event over the message size limit");
            // The relay answers the request whose id it reads from the head; it is no longer
            // ours to answer if the stream ends.
            let seen = crate::jsonrpc::recover::recover(&head);
            if let (false, Some(id)) = (seen.has_method, seen.id.as_deref())
                && let Ok(id) = serde_json::from_str::<serde_json::Value>(id)
            {
                take_pending(pending, &id);
            }
            shared.emit(UpstreamEvent::Oversized { len, head }).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_resolves_relative_and_refuses_other_origins() {
        let base = reqwest::Url::parse("http://127.0.0.1:3001/sse").unwrap();
        let e = resolve_endpoint(&base, b"/message?sessionId=abc").unwrap();
        assert_eq!(e.as_str(), "http://127.0.0.1:3001/message?sessionId=abc");
        let e = resolve_endpoint(&base, b"http://127.0.0.1:3001/m").unwrap();
        assert_eq!(e.path(), "/m");
        assert!(resolve_endpoint(&base, b"http://evil.example/m").is_err());
        assert!(resolve_endpoint(&base, b"http://127.0.0.1:9999/m").is_err());
        assert!(resolve_endpoint(&base, b"https://127.0.0.1:3001/m").is_err());
    }
}
