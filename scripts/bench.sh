#!/usr/bin/env bash
# Tagging throughput of Crossread's entity stage and of compromise (npm) on
# the same >= 5 MB corpus, on this machine, in one run. The Rust bench writes
# the corpus to target/bench-corpus/ and prints `crossread: N MB/s`; the node
# script tags the same files and prints `compromise: N MB/s`.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo bench -p crossread-core --bench tagging 2>&1 | tee "$log"
[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
node bench/compromise.mjs | tee -a "$log"
echo
echo "== tagging throughput (same files, same machine) =="
grep -E '^(crossread|compromise): ' "$log"
