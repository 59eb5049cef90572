#!/usr/bin/env bash
# Benchmarks, on this machine, in one run:
# 1. Tagging throughput of Crossread's entity stage natively (criterion,
#    crates/core/benches/tagging.rs), which writes its >= 5 MB corpus to
#    target/bench-corpus/ and prints `crossread: N MB/s`.
# 2. Search natively (criterion, crates/core/benches/search.rs).
# 3. The whole analysis natively by stage at 1,000 and 10,000 synthetic
#    articles (crates/core/benches/analysis.rs).
# 4. crates/bench-web built twice for wasm: the release profile and the
#    app's size profile (wasm-release + wasm-opt -Oz, as the app ships).
# 5. Peers (bench/peers.mjs): Crossread (wasm), compromise and wink-nlp on
#    the same files in one Node process, throughput and precision/recall of
#    person/org/place mentions on the annotated seeds; one table.
# 6. Search in headless Chromium (bench/search.mjs): index build and
#    keystrokes at 1,000 and 10,000 articles; targets judged on release.
# 7. The stepped analysis in headless Chromium (bench/analysis.mjs): ingest,
#    entities, statements and map for the seeds, 1,000 and 10,000 synthetic
#    articles, with every long task (> 50 ms) recorded; the target (no long
#    task) is judged on wasm-release + wasm-opt -Oz.
# 8. Start-up and Lighthouse on the release site (see the block at the end).
# Exits non-zero when a browser target is missed (after printing all).
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo bench -p crossread-core --bench tagging 2>&1 | tee "$log"
cargo bench -p crossread-core --bench search 2>&1 | tee -a "$log"
cargo bench -p crossread-core --bench analysis 2>&1 | tee -a "$log"

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

[ -d node_modules/compromise ] && [ -d node_modules/wink-nlp ] || npm ci --no-audit --no-fund
native=$(grep -oE '^crossread: [0-9.]+' "$log" | awk '{print $2}' | tail -1)
node bench/peers.mjs "$native" | tee -a "$log"

status=0
node bench/search.mjs release wasm-release | tee -a "$log" || status=$?
node bench/analysis.mjs wasm-release release | tee -a "$log" || { rc=$?; [ "$status" -ne 0 ] || status=$rc; }

# A block of the log: from the line starting with $1 to the next line
# starting with "(" (each table ends with a note in brackets).
block() { awk -v head="$1" 'index($0, head) == 1 { on = 1 } on { print } on && /^\(/ { exit }' "$log"; }
echo
echo "== tagging throughput (same files, same machine) =="
grep -E '^(crossread|crossread-wasm|compromise|wink-nlp): ' "$log"
echo
block '== entity tagging side by side'
echo
echo "== search natively (criterion bench, release) =="
grep -E '^search [0-9]+ articles \(mean [0-9]+ bytes\): build' "$log"
echo
block '== search in Chromium'
echo
echo "== analysis natively (release, one thread) =="
grep -E '^analysis native ' "$log"
echo
block '== analysis in Chromium'

# 8. Start-up and Lighthouse on the release site (make dist), served with
#    brotli and application/wasm by bench/serve.mjs: nav -> article list ->
#    first article opened in headless Chromium at 4x CPU throttling
#    (bench/startup.mjs, target <= 1 s median of the direct clicks; the
#    locator clicks beside them), and Lighthouse 12's
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
