// Times the whole analysis (crossread_core::pipeline) in headless Chromium:
// serves bench/analysis.html and the wasm built into target/bench-web/<build>/
// (see scripts/bench.sh), and for the seeds, 1,000 and 10,000 synthetic
// articles, each in a fresh page, runs ingest of the raw files, entities,
// statements and the claim map's propositions in steps, yielding to the
// browser (a MessageChannel message) after about 12 ms of work, while a
// PerformanceObserver records every long task (> 50 ms).
// Prints a table: per size, the work time of each stage, the total work,
// the wall time with the yields, the long tasks and the longest.
// The target, judged on the first build named (by default wasm-release,
// the app's size profile after wasm-opt -Oz): no long task. Exits 1 when
// it is missed. The claim map model is then built in steps too, as the app
// builds it (claim::MapBuild), within the judged run; the table drawn from
// it (view::panels::map_view, one task) is reported beside it, not judged.
// Usage: node bench/analysis.mjs [build ...] [--sizes=0,1000,10000]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, requireBenchBuilds, serveBench } from './browser.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sizeArg = args.find((a) => a.startsWith('--sizes='));
const SIZES = sizeArg ? sizeArg.slice(8).split(',').map(Number) : [0, 1000, 10000];
const builds = args.filter((a) => !a.startsWith('--'));
if (builds.length === 0) builds.push('wasm-release');
const LONG_TASK_MS = 50;

requireBenchBuilds(root, builds);
const server = await serveBench(root);
const { origin } = server;

const browser = await launchChromium();
const version = browser.version();
const rows = [];
let missed = 0;
try {
  for (const b of builds) {
    for (const n of SIZES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e}`));
      await page.goto(`${origin}/bench/analysis.html?build=${b}`);
      await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
      page.setDefaultTimeout(0);
      const f = await page.evaluate((n) => window.benchAnalysis(n), n);
      await context.close();
      const judged = b === builds[0];
      const ok = f.long_tasks === 0;
      if (judged && !ok) missed += 1;
      const verdict = ok ? 'met' : `${judged ? 'MISSED' : 'would miss'}: ${f.long_tasks} long task(s), longest ${f.longest_task_ms.toFixed(0)} ms (longest step: ${f.longest_step_stage})`;
      rows.push({ b, n, f, verdict });
      console.error(`${b} ${n || 'seeds'}: ${JSON.stringify(f)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
console.log(`\n== analysis in Chromium ${version} (wasm, one thread, stepped: a yield after ~12 ms of work; no task may exceed ${LONG_TASK_MS} ms) ==`);
console.log('| build | articles (mean length) | statements / propositions | ingest | entities | statements | map | work total | wall total | long tasks (longest) | claim map model | map table | target |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const { b, n, f, verdict } of rows) {
  const what = n === 0 ? `seeds: ${f.articles}` : f.articles.toLocaleString('en');
  console.log(`| ${b} | ${what} (${(f.mean_bytes / 1000).toFixed(2)} KB) | ${f.statements.toLocaleString('en')} / ${f.propositions.toLocaleString('en')} | ` +
    `${ms(f.ingest_ms)} | ${ms(f.entities_ms)} | ${ms(f.statements_ms)} | ${ms(f.map_ms)} | ${ms(f.work_ms)} | ${ms(f.wall_ms)} | ` +
    `${f.long_tasks} (${f.longest_task_ms.toFixed(0)} ms) | ${ms(f.view_ms)} (longest step ${f.model_longest_step_ms.toFixed(0)} ms) | ${ms(f.table_ms)} | ${verdict} |`);
}
console.log('(work: the steps alone; wall: from the first step to the last, yields included, and so are the long tasks. The claim map model is built after the analysis in steps, as the app builds it (claim::MapBuild; its work and its longest step), within the judged run; the map table the view builds from it is one task, not judged.)');
process.exit(missed ? 1 : 0);
