//! Shared helpers for the end-to-end tests (`tests/e2e_*.rs` include this file with `#[path]`).
//!
//! The e2e tests run real components: the official reference servers (Node, installed by
//! `scripts/setup.sh` into `tests/e2e/node/node_modules`), the official Python SDK client (in
//! the venv `.deps/venv`), and the `sentinel` binary cargo built for this test run. A missing
//! dependency is a failure with instructions, never a silent skip.

#![allow(dead_code)] // each test crate uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn require(path: PathBuf, what: &str) -> PathBuf {
    assert!(
        path.exists(),
        "{what} is missing ({}). Run `scripts/setup.sh` from the repository root first \
         (it installs the pinned reference servers and the Python SDK).",
        path.display()
    );
    path
}

/// The venv's Python, which has the pinned official MCP SDK.
pub fn python() -> PathBuf {
    require(
        root().join(".deps/venv/bin/python"),
        "The Python venv with the MCP SDK",
    )
}

/// A file under `tests/e2e/`.
pub fn e2e_file(name: &str) -> PathBuf {
    root().join("tests/e2e").join(name)
}

/// The command line that starts a pinned reference server over stdio.
pub fn everything_server() -> Vec<String> {
    let entry = require(
        root().join(
            "tests/e2e/node/node_modules/@modelcontextprotocol/server-everything/dist/index.js",
        ),
        "@modelcontextprotocol/server-everything",
    );
    vec!["node".into(), path_str(&entry), "stdio".into()]
}

/// server-filesystem confined to `dir`.
pub fn filesystem_server(dir: &Path) -> Vec<String> {
    let entry = require(
        root().join(
            "tests/e2e/node/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js",
        ),
        "@modelcontextprotocol/server-filesystem",
    );
    vec!["node".into(), path_str(&entry), path_str(dir)]
}

/// The rmcp example server (`examples/rmcp_server.rs`), built on first use by this test
/// process. `cargo test --all-targets` compiles examples only as test harnesses, so the server
/// binary itself has to be asked for; building it here also keeps it from going stale.
pub fn rmcp_server() -> Vec<String> {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    let exe = BUILT.get_or_init(|| {
        let sentinel = PathBuf::from(env!("CARGO_BIN_EXE_sentinel"));
        let profile_dir = sentinel
            .parent()
            .expect("the binary lives in a target directory");
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "--locked", "--example", "rmcp_server"])
            .arg("--manifest-path")
            .arg(root().join("Cargo.toml"));
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        run(cmd);
        profile_dir.join("examples").join("rmcp_server")
    });
    assert!(exe.exists(), "{} was not built", exe.display());
    vec![path_str(exe)]
}

/// The same server command, wrapped in `sentinel proxy --target …`.
pub fn proxied(server: &[String]) -> Vec<String> {
    let mut cmd = vec![
        env!("CARGO_BIN_EXE_sentinel").to_string(),
        "proxy".into(),
        "--target".into(),
    ];
    cmd.extend(server.iter().cloned());
    cmd
}

/// The recording shim (`tests/e2e/tee.py`) writing to `dir` in front of `server`.
pub fn tapped(dir: &Path, server: &[String]) -> Vec<String> {
    let mut cmd = vec![
        "python3".to_string(),
        path_str(&e2e_file("tee.py")),
        path_str(dir),
        "--".into(),
    ];
    cmd.extend(server.iter().cloned());
    cmd
}

/// Runs the Python session tour of `kind` against `server`, returns its JSON transcript.
pub fn tour(kind: &str, workdir: Option<&Path>, server: &[String]) -> String {
    tour_era(kind, "handshake", workdir, server)
}

/// Like [`tour`], opening the session for `era`: `handshake` (initialize, protocol versions up
/// to 2025-11-25) or `modern` (server/discover and per-request `_meta`, 2026-07-28).
pub fn tour_era(kind: &str, era: &str, workdir: Option<&Path>, server: &[String]) -> String {
    tour_output(kind, era, workdir, server).0
}

/// Like [`tour_era`], also returning the stderr of the session (the client's, and the server
/// command's, which the SDK client passes through).
pub fn tour_output(
    kind: &str,
    era: &str,
    workdir: Option<&Path>,
    server: &[String],
) -> (String, String) {
    let mut cmd = Command::new(python());
    cmd.arg("-W")
        .arg("ignore")
        .arg(e2e_file("tour.py"))
        .arg(kind);
    cmd.arg("--era").arg(era);
    if let Some(dir) = workdir {
        cmd.arg("--workdir").arg(dir);
    }
    cmd.arg("--").args(server);
    let out = run(cmd);
    (
        String::from_utf8(out.stdout).expect("the tour prints UTF-8 JSON"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs a command to completion and fails the test with its stderr if it did not succeed.
pub fn run(mut cmd: Command) -> Output {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed with {}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Lossless-enough path to string for command lines (test paths are ASCII temp dirs).
pub fn path_str(p: &Path) -> String {
    p.to_str().expect("test paths are UTF-8").to_owned()
}

/// Asserts two transcripts are equal, printing the first differing line on failure.
pub fn assert_same_transcript(direct: &str, proxied: &str) {
    if direct == proxied {
        return;
    }
    let first = direct
        .lines()
        .zip(proxied.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b);
    match first {
        Some((n, (a, b))) => {
            panic!(
                "transcripts differ at line {}:\n direct:  {a}\n proxied: {b}",
                n + 1
            )
        }
        None => panic!(
            "transcripts differ in length: direct {} lines, proxied {} lines",
            direct.lines().count(),
            proxied.lines().count()
        ),
    }
}
