#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 60), then copies any crasher into
# fuzz/regressions/<target>/ so the stable replay test (tests/fuzz_replay.rs) keeps it forever.
#
#   scripts/fuzz.sh 600            # ten minutes per target
#   scripts/fuzz.sh 60 envelope    # one target
#
# Works on the stable toolchain (no sanitizer, `-s none`); when a nightly toolchain is installed
# it uses it with AddressSanitizer instead. Installs cargo-fuzz if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"; shift || true

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz (once)" >&2
  cargo install cargo-fuzz --locked
fi

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly); sanitizer=address
else
  toolchain=(); sanitizer=none
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cd fuzz && cargo "${toolchain[@]}" fuzz list)
fi

status=0
for t in "${targets[@]}"; do
  # New inputs go to fuzz/work/ (gitignored): fuzz/corpus/ holds curated seeds only, so the
  # repository does not grow by thousands of files per run.
  mkdir -p "fuzz/corpus/$t" "fuzz/regressions/$t" "fuzz/artifacts/$t" "fuzz/work/$t"
  echo "== $t: ${secs}s, sanitizer=$sanitizer" >&2
  log="fuzz/artifacts/$t/run.log"
  if ! (cd fuzz && cargo "${toolchain[@]}" fuzz run -s "$sanitizer" "$t" "work/$t" "corpus/$t" "regressions/$t" -- \
        -max_total_time="$secs" -max_len=65536 -print_final_stats=1) >"$log" 2>&1; then
    status=1
    echo "!! $t found a crash; see $log" >&2
  fi
  grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "$log" | tail -1 | sed "s/^/$t: /" >&2 || true
  for crash in fuzz/artifacts/"$t"/crash-* fuzz/artifacts/"$t"/timeout-* fuzz/artifacts/"$t"/oom-*; do
    [ -e "$crash" ] || continue
    mv "$crash" "fuzz/regressions/$t/"
    echo "!! kept $(basename "$crash") in fuzz/regressions/$t/" >&2
  done
done
exit $status
