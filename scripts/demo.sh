#!/usr/bin/env bash
# The demo: installs the pinned dependencies, builds sentinel, and runs a real MCP session
# (the official Python SDK client) through `sentinel proxy` in front of the official
# filesystem server, printing what happened, sentinel's log lines included.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/setup.sh
echo "demo: building sentinel (cargo build)" >&2
cargo build --quiet --bin sentinel

workdir="$(mktemp -d "${TMPDIR:-/tmp}/sentinel-demo.XXXXXX")"
trap 'rm -rf "$workdir"' EXIT
.deps/venv/bin/python -W ignore tests/e2e/demo.py "$root/target/debug/sentinel" "$workdir"
