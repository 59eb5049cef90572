#!/usr/bin/env bash
# Prints the release payload of a built site (wasm, JS, CSS; raw and brotli).
# With a budget in bytes as the second argument, fails when the brotli total passes it.
set -euo pipefail
dir=${1:-dist}
budget=${2:-}
shopt -s nullglob
files=("$dir"/*.wasm "$dir"/*.js "$dir"/*.css)
[ ${#files[@]} -gt 0 ] || { echo "no wasm/js/css in $dir: run make dist" >&2; exit 1; }
total_raw=0; total_br=0
printf '%-44s %10s %10s\n' file raw brotli
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  br=$(brotli -c -q 11 "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$br"
done
printf '%-44s %10d %10d\n' "total (corpus compiled into the wasm)" "$total_raw" "$total_br"
if [ -n "$budget" ]; then
  if [ "$total_br" -gt "$budget" ]; then
    echo "FAIL: release payload is $total_br bytes brotli, over the budget of $budget" >&2
    exit 1
  fi
  echo "ok: $total_br bytes brotli, within the budget of $budget"
fi
