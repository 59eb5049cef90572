#!/usr/bin/env bash
# Benchmarks, on this machine, in one run:
# 1. Tagging throughput of Crossread's entity stage and of compromise (npm)
#    on the same >= 5 MB corpus. The Rust bench writes the corpus to
#    target/bench-corpus/ and prints `crossread: N MB/s`; the node script
#    tags the same files and prints `compromise: N MB/s`.
# 2. Search natively (criterion, crates/core/benches/search.rs) and in
#    headless Chromium (crates/bench-web, bench/search.mjs): index build,
#    keystrokes with facet counts, memory, at 1,000 and 10,000 synthetic
#    articles. The browser run measures the release profile, whose targets
#    make the script exit non-zero when missed, and the app's own size
#    profile (wasm-release + wasm-opt -Oz) for information.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo bench -p crossread-core --bench tagging 2>&1 | tee "$log"
[ -d node_modules/compromise ] || npm ci --no-audit --no-fund
node bench/compromise.mjs | tee -a "$log"

cargo bench -p crossread-core --bench search 2>&1 | tee -a "$log"
for profile in release wasm-release; do
  cargo build -p crossread-bench-web --target wasm32-unknown-unknown --profile "$profile"
  wasm-bindgen --target web --out-dir "target/bench-web/$profile" \
    "target/wasm32-unknown-unknown/$profile/crossread_bench_web.wasm"
done
# The app's build runs wasm-opt -Oz after wasm-bindgen; so does this one.
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/bench-web/wasm-release/crossread_bench_web_bg.wasm \
  -o target/bench-web/wasm-release/crossread_bench_web_bg.wasm
status=0
node bench/search.mjs release wasm-release | tee -a "$log" || status=$?

echo
echo "== tagging throughput (same files, same machine) =="
grep -E '^(crossread|compromise): ' "$log"
echo
echo "== search natively (criterion bench, release) =="
grep -E '^search [0-9]+ articles \(mean [0-9]+ bytes\): build' "$log"
echo
grep -E '^(== search in Chromium|\||\([0-9]+ timed)' "$log"

# 3. Start-up and Lighthouse on the release site (make dist), served with
#    brotli and application/wasm by bench/serve.mjs: nav -> article list ->
#    first article opened in headless Chromium at 4x CPU throttling
#    (bench/startup.mjs, target <= 1 s median), and Lighthouse 12's
#    performance (>= 95) and accessibility (= 100) scores
#    (bench/lighthouse.mjs). A miss makes the run exit non-zero.
make --no-print-directory dist
slog=$(mktemp)
node bench/startup.mjs dist | tee "$slog" || status=1
CHROME_PATH=/usr/bin/chromium node bench/lighthouse.mjs dist | tee -a "$slog" || status=1
echo
grep -E '^(== (start-up|Lighthouse)|\||startup: |lighthouse: )' "$slog"
rm -f "$slog"
exit "$status"
