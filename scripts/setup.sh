#!/usr/bin/env bash
# Installs what the end-to-end tests and the demo need, pinned, inside the repository:
#   - the official MCP reference servers (npm, tests/e2e/node/, from package-lock.json);
#   - the official MCP Python SDK and its dependency tree (PyPI, venv at .deps/venv, from
#     tests/e2e/requirements.txt).
# Idempotent and fast when nothing changed: each step keeps a stamp of the lock file it
# installed from and is skipped while the stamp matches.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

digest() { sha256sum "$@" | sha256sum | cut -d' ' -f1; }

# ---- toolchain checks ---------------------------------------------------------------------
command -v node >/dev/null || die "node (>= 20) is required; install Node.js 20 or newer"
command -v npm >/dev/null || die "npm is required (it comes with Node.js)"
command -v python3 >/dev/null || die "python3 (>= 3.10) is required"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "node $(node --version) is too old; the reference servers need >= 20"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || die "python3 $(python3 --version 2>&1) is too old; the MCP SDK needs >= 3.10"

# ---- reference servers (npm) ----------------------------------------------------------------
node_dir="tests/e2e/node"
node_stamp="$node_dir/node_modules/.sentinel-setup-stamp"
node_want="$(digest "$node_dir/package.json" "$node_dir/package-lock.json")"
if [ -f "$node_stamp" ] && [ "$(cat "$node_stamp")" = "$node_want" ]; then
  say "reference servers already installed"
else
  say "installing the MCP reference servers (npm ci in $node_dir)"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error) \
    || die "npm ci failed in $node_dir"
  echo "$node_want" > "$node_stamp"
fi

# ---- Python SDK (PyPI) ----------------------------------------------------------------------
venv=".deps/venv"
py_stamp="$venv/.sentinel-setup-stamp"
py_want="$(digest tests/e2e/requirements.txt)"
if [ -f "$py_stamp" ] && [ "$(cat "$py_stamp")" = "$py_want" ] && [ -x "$venv/bin/python" ]; then
  say "Python MCP SDK already installed"
else
  if [ ! -x "$venv/bin/python" ]; then
    say "creating the venv $venv"
    mkdir -p .deps
    if ! python3 -m venv "$venv" 2>/dev/null; then
      # Debian ships venv/ensurepip separately.
      rm -rf "$venv"
      if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        say "python3 -m venv failed; installing python3-venv with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv" || die "python3 -m venv failed even with python3-venv installed"
      else
        die "python3 -m venv failed; install your distribution's python3-venv package"
      fi
    fi
  fi
  say "installing the MCP Python SDK (pip install -r tests/e2e/requirements.txt)"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    -r tests/e2e/requirements.txt || die "pip install failed"
  echo "$py_want" > "$py_stamp"
fi

say "ready (servers in $node_dir/node_modules, Python SDK in $venv)"
