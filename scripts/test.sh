#!/usr/bin/env bash
# The project's test command: installs the pinned e2e dependencies, then runs formatting,
# lints and every test target (unit, integration, end-to-end, examples, benches in test mode).
# Exits non-zero on the first failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Incremental state is of no use to a one-shot run and was a quarter of its disk use.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step() { printf '\n==> %s\n' "$*" >&2; }

step "setup"
scripts/setup.sh
step "cargo fmt --all -- --check"
cargo fmt --all -- --check
step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings
step "corpus label checks"
python3 corpora/tools/check_corpora.py
python3 corpora/tools/check_b.py
step "cargo test --all-targets"
cargo test --all-targets
step "cargo test --doc"
cargo test --doc
step "fuzz targets compile (cargo check, stable)"
# In the main target directory: the fuzz crate resolves the same dependency versions, so this
# reuses what clippy compiled instead of building a second copy of every dependency.
cargo check --manifest-path fuzz/Cargo.toml --bins --target-dir "$root/target"
step "all checks passed"
