// Times Crossread's search in headless Chromium: serves bench/search.html
// and the wasm built into target/bench-web/<build>/ (see scripts/bench.sh),
// runs 1,000 and 10,000 synthetic articles in a fresh page each, and prints
// a table. The targets apply to the release build (the first named); it
// exits 1 when one is missed:
//   one keystroke's query with facet counts <= 16 ms at 1,000 articles and
//   <= 50 ms at 10,000 (p95 of the timed keystrokes, after one untimed
//   round); index build for 10,000 articles <= 1 s (the first build and
//   the median of 5).
// Other builds (the app's size profile) are measured against the same
// figures and reported, without failing the run.
// Usage: node bench/search.mjs [build ...]   (default: release)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, requireBenchBuilds, serveBench } from './browser.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const builds = process.argv.slice(2).length ? process.argv.slice(2) : ['release'];
const SIZES = [1000, 10000];
const TARGETS = { 1000: { query: 16 }, 10000: { query: 50, build: 1000 } };

requireBenchBuilds(root, builds);
const server = await serveBench(root);
const { origin } = server;

const browser = await launchChromium();
const rows = [];
let missed = 0;
try {
  for (const b of builds) {
    for (const n of SIZES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e}`));
      await page.goto(`${origin}/bench/search.html?build=${b}`);
      await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
      page.setDefaultTimeout(0);
      const f = await page.evaluate((n) => window.benchSearch(n), n);
      await context.close();
      const t = TARGETS[n];
      const misses = [];
      if (f.query_p95_ms > t.query) misses.push(`query p95 ${f.query_p95_ms.toFixed(1)} > ${t.query} ms`);
      // The app builds its index once, in a fresh page: the first build counts too.
      const build = Math.max(f.build_median_ms, f.build_first_ms);
      if (t.build && build > t.build) misses.push(`build ${build.toFixed(0)} > ${t.build} ms`);
      const judged = b === builds[0];
      if (judged) missed += misses.length;
      const verdict = misses.length ? `${judged ? 'MISSED' : 'would miss'}: ${misses.join('; ')}` : 'met';
      rows.push({ b, n, f, verdict });
      console.error(`${b} ${n}: ${JSON.stringify(f)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const version = browser.version ? browser.version() : '';
console.log(`\n== search in Chromium ${version} (wasm, one thread; times per keystroke include facet counts and ${10} snippets) ==`);
console.log('| build | articles | mean length | index build: median of 5 (first, min) | keystroke median | p95 | max (keystroke) | index heap | targets |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const { b, n, f, verdict } of rows) {
  console.log(`| ${b} | ${n.toLocaleString('en')} | ${(f.mean_bytes / 1000).toFixed(2)} KB | ` +
    `${f.build_median_ms.toFixed(0)} ms (${f.build_first_ms.toFixed(0)}, ${f.build_min_ms.toFixed(0)}) | ` +
    `${f.query_median_ms.toFixed(2)} ms | ${f.query_p95_ms.toFixed(2)} ms | ${f.query_max_ms.toFixed(2)} ms (${f.slowest}) | ` +
    `${(f.heap_bytes / 1e6).toFixed(1)} MB | ${verdict} |`);
}
console.log(`(${rows[0]?.f.keystrokes ?? 0} timed keystrokes per row: each prefix of "port strike" and of a quoted phrase, without and with an outlet + stance chosen, 5 rounds after one untimed round)`);
process.exit(missed ? 1 : 0);
