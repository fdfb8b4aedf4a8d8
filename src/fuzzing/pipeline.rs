//! Fuzz entry points for the scanning half of the data path: extraction, the normalization
//! views, the whole scan of a segment, and the interceptor's decision over a whole message.

use crate::extract::{self, ExtractConfig, MimeAllowlist};
use crate::intercept::SentinelInterceptor;
use crate::jsonrpc::{Envelope, parse};
use crate::normalize::{TextStats, decode_layers, normalized_view, skeleton_view};
use crate::policy::{Action, Policy};
use crate::relay::{Direction, Interceptor, MessageContext, RequestInfo, Verdict};
use crate::scan::{Engine, Origin, Segment};
use std::sync::OnceLock;
use std::time::Instant;

/// Request methods whose responses are intercepted, plus one that is not, so a fuzzed response
/// is tried as the answer to each.
const ANSWERS_TO: &[&str] = &[
    "tools/call",
    "prompts/get",
    "resources/read",
    "tools/list",
    "prompts/list",
    "resources/templates/list",
    "initialize",
    "server/discover",
    "tasks/get",
    "ping",
];

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::security().unwrap_or_else(|e| panic!("engine: {e}")))
}

/// The first byte of a fuzz input chooses among variants; the rest is the payload.
fn split(data: &[u8]) -> Option<(u8, &str)> {
    let (&pick, rest) = data.split_first()?;
    Some((pick, std::str::from_utf8(rest).ok()?))
}

/// Extraction of every intercepted shape: never panics, keeps within the byte cap, and every
/// segment's text is a piece of the message or of decoded content (never invented locations).
pub fn extract(data: &[u8]) {
    let Some((pick, line)) = split(data) else {
        return;
    };
    let Ok(msg) = parse(line) else {
        return;
    };
    let mimes = MimeAllowlist::default();
    // Small caps as well as the default, so the unscanned-content path is reached.
    let cap = [64usize, 4096, extract::DEFAULT_MAX_SCAN_BYTES][usize::from(pick % 3)];
    let cfg = ExtractConfig {
        scan_mimes: &mimes,
        max_scan_bytes: cap,
    };
    for direction in [Direction::HostToServer, Direction::ServerToHost] {
        for &method in ANSWERS_TO {
            let Some(plan) = extract::plan(&msg, direction, Some(method)) else {
                continue;
            };
            if let Ok(ex) = extract::extract(plan, &msg, cfg) {
                let scanned: usize = ex.items.iter().map(|i| i.segment.text.len()).sum();
                assert!(
                    scanned <= cap,
                    "{scanned} bytes handed to the scanner over a cap of {cap}"
                );
                for u in &ex.unscanned {
                    assert!(
                        u.item < ex.items.len(),
                        "unscanned entry points past the items"
                    );
                }
            }
        }
    }
}

/// The views and decoders: never panic, and every derived view maps back to spans inside the
/// original text.
pub fn normalize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let stats = TextStats::of(&text);
    for view in [normalized_view(&text), skeleton_view(&text)]
        .into_iter()
        .flatten()
    {
        let whole = view.source_span(0..view.text.len(), &text);
        assert!(
            whole.start <= whole.end && whole.end <= text.len(),
            "view maps outside the text"
        );
    }
    for layer in decode_layers(&text, &stats, 1 << 20) {
        assert!(
            layer.span.end <= text.len(),
            "decoded layer span outside the text"
        );
        let back = layer.parent_span(0..layer.text.len(), &text);
        assert!(back.end <= text.len(), "layer maps outside the text");
    }
}

/// The whole scan of one segment, in every origin: never panics; every finding's span is a
/// valid range of the original text, and its excerpt never repeats a long matched run in full.
pub fn scan(data: &[u8]) {
    let Some((pick, text)) = split(data) else {
        return;
    };
    let origin = Origin::ALL[usize::from(pick) % Origin::ALL.len()];
    let seg = Segment::new(origin, "fuzz", text);
    for f in engine().scan(&seg) {
        assert!(f.span.start <= f.span.end, "{}: inverted span", f.detector);
        assert!(
            f.span.end <= text.len(),
            "{}: span past the end",
            f.detector
        );
        if f.detector == "SEC-02" && f.span.len() >= 24 {
            let matched = text.get(f.span.clone()).unwrap_or("");
            assert!(
                !f.excerpt.contains(matched),
                "SEC-02 excerpt repeats the secret"
            );
        }
    }
}

/// The interceptor's decision over a whole message, in both directions and as the answer to
/// each intercepted request, under the default policy and under Redact-everything: never
/// panics; a replacement or local answer is one line of JSON-RPC echoing the message's id.
pub fn intercept(data: &[u8]) {
    static BLOCKING: OnceLock<SentinelInterceptor> = OnceLock::new();
    static REDACTING: OnceLock<SentinelInterceptor> = OnceLock::new();
    let make = |policy: Policy| {
        let engine = Engine::security().unwrap_or_else(|e| panic!("engine: {e}"));
        SentinelInterceptor::new(Box::new(engine), policy, None, None)
    };
    let Some((pick, line)) = split(data) else {
        return;
    };
    let Ok(msg) = parse(line) else {
        return;
    };
    let interceptor = if pick % 2 == 0 {
        BLOCKING.get_or_init(|| make(Policy::default()))
    } else {
        REDACTING.get_or_init(|| {
            make(Policy {
                actions: [Action::Redact; 4],
                ..Policy::default()
            })
        })
    };
    for direction in [Direction::HostToServer, Direction::ServerToHost] {
        for &method in ANSWERS_TO {
            let request = RequestInfo {
                method: method.into(),
                name: None,
                started: Instant::now(),
            };
            let ctx = MessageContext {
                direction,
                request: Some(&request),
            };
            match interceptor.inspect(&msg, &ctx) {
                Verdict::Forward => {}
                Verdict::Replace(bytes) | Verdict::Respond(bytes) => assert_answer(&msg, &bytes),
            }
        }
    }
}

/// A locally made message must be one JSON-RPC line whose id is the original's, byte for byte.
fn assert_answer(msg: &Envelope<'_>, bytes: &[u8]) {
    assert!(
        !bytes.contains(&b'\n'),
        "a replacement message holds a newline"
    );
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("replacement not UTF-8: {e}"));
    let out = parse(text).unwrap_or_else(|e| panic!("replacement is not a JSON-RPC message: {e}"));
    assert_eq!(
        out.id_text(),
        msg.id_text(),
        "replacement must keep the id verbatim"
    );
}
