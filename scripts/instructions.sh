#!/usr/bin/env bash
# Instructions per byte (and per segment) of `Engine::scan` on the generated bench corpus,
# counted by callgrind: unlike wall clock, the same on every run and under any load, so it
# shows what a change does to the scanner's work. Needs valgrind (Debian package `valgrind`).
#
#   scripts/instructions.sh                 every case
#   scripts/instructions.sh code json-1k    some cases (see benches/scan_instructions.rs)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
bin=$(cargo bench --bench scan_instructions --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*scan_instructions[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bin" ] || { echo "instructions.sh: could not build the scan_instructions bench" >&2; exit 2; }
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
    cases=(code json prose logs base64 multilingual
        code-1k json-1k prose-1k logs-1k base64-1k multilingual-1k path sentence)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-16s %12s %14s %10s\n' case bytes instr/segment instr/byte
for c in "${cases[@]}"; do
    line=$(valgrind --tool=callgrind --collect-atstart=no \
        --toggle-collect='scan_instructions::measure' \
        --callgrind-out-file="$out/$c.cg" "$bin" "$c" 2>/dev/null)
    bytes=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' <<<"$line")
    segs=$(sed -n 's/.*segments=\([0-9]*\).*/\1/p' <<<"$line")
    ir=$(sed -n 's/^\(totals\|summary\): *\([0-9]*\).*/\2/p' "$out/$c.cg" | head -n 1)
    awk -v c="$c" -v b="$bytes" -v s="$segs" -v ir="$ir" \
        'BEGIN { printf "%-16s %12d %14.0f %10.1f\n", c, b, ir / s, ir / b }'
done
