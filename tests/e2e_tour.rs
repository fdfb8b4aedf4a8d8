//! End-to-end: the official Python SDK client tours real reference servers directly and through
//! `sentinel proxy`, and the two transcripts must be identical (see `tests/e2e/tour.py` for what
//! the transcript holds and the few run-dependent values it canonicalises).

#[path = "e2e/support.rs"]
mod support;

use support::*;

/// Runs the direct and the proxied tour at the same time (they share nothing) to halve the wait;
/// returns both transcripts and the proxied session's stderr.
fn both(
    kind: &str,
    direct: Vec<String>,
    via: Vec<String>,
    dirs: (Option<&std::path::Path>, Option<&std::path::Path>),
) -> (String, String, String) {
    std::thread::scope(|s| {
        let d = s.spawn(|| tour(kind, dirs.0, &direct));
        let p = s.spawn(|| tour_output(kind, "handshake", dirs.1, &proxied(&via)));
        let (proxied, stderr) = p.join().unwrap();
        (d.join().unwrap(), proxied, stderr)
    })
}

#[test]
fn everything_tour_is_identical_through_the_proxy() {
    let server = everything_server();
    let (direct, via_proxy, stderr) = both("everything", server.clone(), server, (None, None));
    // The tour really exercised the server: the echo, the progress stream, both server-initiated
    // requests and a blob read are in the transcript.
    for needle in [
        "Echo: hello through sentinel",
        "\"progress\": [\n  [\n   1.0,\n   3.0,",
        "sampled reply from the e2e client",
        "Ada Lovelace",
        "\"decoded_text\": \"Resource 2: This is a base64 blob created at <TIME>\"",
        "\"rootsRequested\": true",
    ] {
        assert!(
            direct.contains(needle),
            "direct transcript lacks {needle:?}:\n{direct}"
        );
    }
    assert_same_transcript(&direct, &via_proxy);
    // server-everything's stderr banner reached sentinel's stderr, prefixed, not its stdout.
    assert!(
        stderr.contains("[upstream] Starting default (STDIO) server..."),
        "sentinel's stderr lacks the prefixed upstream banner:\n{stderr}"
    );
}

#[test]
fn filesystem_tour_is_identical_through_the_proxy() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let (direct, via_proxy, stderr) = both(
        "filesystem",
        filesystem_server(a.path()),
        filesystem_server(b.path()),
        (Some(a.path()), Some(b.path())),
    );
    for needle in ["1st line\\nsecond ✓ line\\n", "Access denied", "[DIR] sub"] {
        assert!(
            direct.contains(needle),
            "direct transcript lacks {needle:?}:\n{direct}"
        );
    }
    assert_same_transcript(&direct, &via_proxy);
    // The server's stderr banner reached sentinel's stderr, prefixed, not its stdout.
    assert!(
        stderr.contains("[upstream] Secure MCP Filesystem Server running on stdio"),
        "sentinel's stderr lacks the prefixed upstream banner:\n{stderr}"
    );
    // The proxied session really wrote into its own directory.
    let written = std::fs::read_to_string(b.path().join("notes.txt")).unwrap();
    assert_eq!(written, "1st line\nsecond ✓ line\n");
}
