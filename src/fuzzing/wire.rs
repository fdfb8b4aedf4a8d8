//! Fuzz entry points for the wire layer: framing, the envelope parse, id recovery and the
//! errors sentinel builds from what it read.

use crate::jsonrpc::error::error_response;
use crate::jsonrpc::framing::{Frame, HEAD_BYTES, LineReader};
use crate::jsonrpc::{Kind, parse};
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// The envelope parse: never panics; an accepted line keeps its raw bytes, its id is a JSON
/// scalar, its kind agrees with its members, and an error built for its id parses back with
/// the very same id text.
pub fn envelope(data: &[u8]) {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(env) = parse(line) else {
        return;
    };
    assert_eq!(env.raw, line, "the envelope must keep the original bytes");
    match env.kind {
        Kind::Request => assert!(env.method.is_some() && env.id.is_some()),
        Kind::Notification => assert!(env.method.is_some() && env.id.is_none()),
        Kind::Response => assert!(env.result.is_some() && env.method.is_none()),
        Kind::ErrorResponse => assert!(env.error.is_some() && env.method.is_none()),
    }
    if let Some(id) = env.id_text() {
        let reply = error_response(Some(id), -32600, "fuzz", None);
        assert_same_id(&reply, id);
    }
}

/// Id recovery on arbitrary (truncated, invalid) bytes: never panics, and a recovered id is
/// one an error response can echo verbatim.
pub fn recover(data: &[u8]) {
    let found = crate::jsonrpc::recover::recover(data);
    if let Some(id) = found.id.as_deref() {
        let reply = error_response(Some(id), -32700, "fuzz", None);
        assert_same_id(&reply, id);
    }
}

/// Framing with a small limit so the oversized path is reached: never panics, no line exceeds
/// the limit, an oversized head is at most [`HEAD_BYTES`], and no byte is invented: the frames
/// account for at most the input's length.
pub fn framing(data: &[u8]) {
    // The first byte picks the limit so the fuzzer explores both sides of it.
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let limit = usize::from(pick % 64) + 1;
    let mut reader = LineReader::with_limit(rest, limit);
    let mut accounted = 0usize;
    loop {
        let frame = match block_on(reader.next_frame()) {
            Ok(Some(frame)) => frame,
            Ok(None) => break,
            Err(e) => panic!("reading from a byte slice cannot fail: {e}"),
        };
        match frame {
            Frame::Line(line) => {
                assert!(
                    line.len() <= limit,
                    "line of {} bytes over limit {limit}",
                    line.len()
                );
                assert!(!line.contains(&b'\n'), "a line never holds a newline");
                accounted += line.len();
            }
            Frame::Oversized { len, head } => {
                assert!(
                    len > limit,
                    "oversized frame of {len} bytes within limit {limit}"
                );
                assert!(head.len() <= HEAD_BYTES.min(len));
                accounted += len;
            }
        }
    }
    assert!(
        accounted <= rest.len(),
        "frames account for more bytes than were read"
    );
}

/// Asserts that `reply` is a JSON-RPC error that echoes `id` byte for byte: peers match
/// responses by the exact id text they sent (`1.0` is not `1`).
fn assert_same_id(reply: &[u8], id: &str) {
    #[derive(serde::Deserialize)]
    struct Reply<'a> {
        #[serde(borrow)]
        id: &'a serde_json::value::RawValue,
        error: serde_json::Value,
    }
    let parsed: Reply<'_> =
        serde_json::from_slice(reply).unwrap_or_else(|e| panic!("error response is not JSON: {e}"));
    assert_eq!(
        parsed.id.get(),
        id,
        "error response must echo the id verbatim"
    );
    assert!(parsed.error.is_object());
}

/// Drives a future whose I/O is an in-memory slice (always ready) to completion, without a
/// runtime, so fuzz iterations stay cheap.
fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = fut.as_mut().poll(&mut cx) {
            return out;
        }
    }
}
