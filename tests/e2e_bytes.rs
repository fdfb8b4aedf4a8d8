//! End-to-end byte faithfulness with real servers: a recording shim (`tests/e2e/tee.py`) tees
//! every line each side receives, and what went into sentinel must be exactly what came out.

#[path = "e2e/support.rs"]
mod support;

use std::fs;
use std::path::Path;
use support::*;

fn read(dir: &Path, file: &str) -> Vec<u8> {
    fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{}/{file}: {e}", dir.display()))
}

/// Compares two recordings line by line so a failure names the first differing message.
fn assert_same_bytes(what: &str, expected: &[u8], actual: &[u8]) {
    if expected == actual {
        return;
    }
    let e: Vec<&[u8]> = expected.split(|b| *b == b'\n').collect();
    let a: Vec<&[u8]> = actual.split(|b| *b == b'\n').collect();
    for (n, (x, y)) in e.iter().zip(a.iter()).enumerate() {
        assert!(
            x == y,
            "{what}: line {} differs\n expected: {}\n actual:   {}",
            n + 1,
            String::from_utf8_lossy(x),
            String::from_utf8_lossy(y)
        );
    }
    panic!("{what}: {} lines expected, {} lines seen", e.len(), a.len());
}

fn line_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}

/// Runs one tour through client → tap A → sentinel proxy → tap B → `server` and requires the
/// two taps to agree byte for byte. Tap A sees what the host sent and received; tap B what the
/// server received and sent. Both record the same session, so nothing is excluded: every
/// request, response and notification must cross sentinel unchanged and in order.
fn two_taps(kind: &str, era: &str, server: Vec<String>, min_lines: usize) -> String {
    let taps = tempfile::tempdir().unwrap();
    let (a, b) = (
        taps.path().join("host_side"),
        taps.path().join("server_side"),
    );
    let chain = tapped(&a, &proxied(&tapped(&b, &server)));
    let transcript = tour_era(kind, era, None, &chain);

    let (host_sent, server_got) = (read(&a, "to_server.bin"), read(&b, "to_server.bin"));
    let (server_sent, host_got) = (read(&b, "to_client.bin"), read(&a, "to_client.bin"));
    assert!(
        line_count(&host_sent) >= min_lines && line_count(&server_sent) >= min_lines,
        "a real session should have gone through: {} lines sent, {} received",
        line_count(&host_sent),
        line_count(&server_sent)
    );
    assert_same_bytes("host → server", &host_sent, &server_got);
    assert_same_bytes("server → host", &server_sent, &host_got);
    transcript
}

/// server-everything with the full tour: initialize, lists, a dozen tool calls with progress
/// notifications, the server's own sampling, elicitation and roots requests (whose ids collide
/// with the client's), log notifications, reads with blobs, prompts and completions.
#[test]
fn everything_session_crosses_the_proxy_byte_for_byte() {
    let transcript = two_taps("everything", "handshake", everything_server(), 30);
    assert!(transcript.contains("Echo: hello through sentinel"));
}

/// The 2026-07-28 era: no initialize, `server/discover` first and every request carrying its
/// protocol version, client info and capabilities in `_meta` (rmcp example server).
#[test]
fn modern_era_session_crosses_the_proxy_byte_for_byte() {
    let transcript = two_taps("rmcp", "modern", rmcp_server(), 10);
    assert!(transcript.contains("\"2026-07-28\""), "{transcript}");
    assert!(
        transcript.contains("Please greet Grace warmly."),
        "{transcript}"
    );
}

/// Two runs, direct and proxied, each tapped in front of server-filesystem in the same
/// directory: the server must see the same bytes and answer the same bytes. server-filesystem
/// and the Python client are deterministic here (sequential ids, no clocks, no random ids, the
/// workdir path is the same in both runs), so no line is excluded.
#[test]
fn filesystem_session_is_byte_identical_direct_and_proxied() {
    let work = tempfile::tempdir().unwrap();
    let taps = tempfile::tempdir().unwrap();
    let (direct_tap, proxy_tap) = (taps.path().join("direct"), taps.path().join("proxied"));
    let server = filesystem_server(work.path());

    let direct = tour(
        "filesystem",
        Some(work.path()),
        &tapped(&direct_tap, &server),
    );
    // Start the second run from the same empty directory.
    for entry in fs::read_dir(work.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            fs::remove_dir_all(path).unwrap();
        } else {
            fs::remove_file(path).unwrap();
        }
    }
    let via_proxy = tour(
        "filesystem",
        Some(work.path()),
        &proxied(&tapped(&proxy_tap, &server)),
    );
    assert_same_transcript(&direct, &via_proxy);
    for file in ["to_server.bin", "to_client.bin"] {
        let d = read(&direct_tap, file);
        assert!(
            line_count(&d) >= 10,
            "{file}: only {} lines",
            line_count(&d)
        );
        assert_same_bytes(file, &d, &read(&proxy_tap, file));
    }
}
