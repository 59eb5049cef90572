// Lighthouse 12 (npm) against Debian's Chromium, on the release site (dist/)
// served compressed by bench/serve.mjs on 127.0.0.1 (nothing beyond
// localhost is fetched). Lighthouse's default settings: a mid-range phone,
// simulated slow 4G and 4x CPU slowdown; it clears the origin's cache and
// storage before each run.
//
// Categories: performance and accessibility (judged), best-practices (for
// information). Targets: performance >= 95 (the median of the runs) and
// accessibility = 100 (every run). Prints the scores, the metrics and every
// audit that did not pass; writes the reports to target/lighthouse/. Exits 1
// when a target is missed.
// Usage: node bench/lighthouse.mjs [DIR=dist]   env LH_RUNS (default 3),
//        LH_PRESET=desktop for Lighthouse's desktop settings instead (not judged).
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist, requireDist } from './serve.mjs';

const DIST = process.argv[2] || process.env.DIST || 'dist';
const RUNS = Number(process.env.LH_RUNS || 3);
const PRESET = process.env.LH_PRESET === 'desktop' ? 'desktop' : 'mobile';
const TARGETS = { performance: 95, accessibility: 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const OUT = path.join('target', 'lighthouse');

requireDist(DIST);
process.env.CHROME_PATH ||= '/usr/bin/chromium';
const server = await serveDist(DIST);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: FLAGS });
const results = [];
try {
  fs.mkdirSync(OUT, { recursive: true });
  for (let i = 0; i < RUNS; i++) {
    const flags = { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES };
    const runner = await lighthouse(server.url, flags, PRESET === 'desktop' ? desktopConfig : undefined);
    const lhr = runner.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const w of lhr.runWarnings || []) console.error(`warning: ${w}`);
    fs.writeFileSync(path.join(OUT, `${PRESET}-${i + 1}.json`), runner.report[0]);
    fs.writeFileSync(path.join(OUT, `${PRESET}-${i + 1}.html`), runner.report[1]);
    // Nothing beyond the local server may have been asked for.
    const away = (lhr.audits['network-requests']?.details?.items || [])
      .map((r) => r.url).filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|chrome)/.test(u));
    if (away.length) throw new Error(`requests beyond localhost: ${away.join(', ')}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]]));
    console.error(`run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}; `
      + METRICS.map((m) => `${m.replace(/-/g, ' ')} ${metrics[m].displayValue}`).join(', '));
    results.push({ lhr, scores, metrics });
  }
} finally {
  await chrome.kill();
  await server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// The run with the median performance score is the one whose audits are listed.
const byPerf = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
const mid = byPerf[(byPerf.length - 1) >> 1];
const { lhr } = mid;

console.log(`== Lighthouse ${lhr.lighthouseVersion} (${PRESET}: ${PRESET === 'mobile' ? 'simulated slow 4G, 4x CPU' : 'desktop, no throttling'}), `
  + `${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0].replace('Chrome', 'Chromium')}, ${RUNS} runs ==`);
console.log('| category | median | runs |');
console.log('|---|---:|---|');
for (const c of CATEGORIES) {
  const xs = results.map((r) => r.scores[c]);
  console.log(`| ${c} | ${median(xs)} | ${xs.join(', ')} |`);
}
console.log(`metrics (median-performance run): ${METRICS.map((m) => `${lhr.audits[m].title} ${lhr.audits[m].displayValue}`).join(', ')}`);

// Every audit below a full score that counts in a category, and the
// diagnostics that did not pass.
for (const c of CATEGORIES) {
  const failing = lhr.categories[c].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1
      && !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode))
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score);
  if (!failing.length) continue;
  console.log(`not passed in ${c}:`);
  for (const { ref, audit } of failing) {
    const items = audit.details?.items?.length ? `, ${audit.details.items.length} item(s)` : '';
    console.log(`  - ${audit.id} (score ${audit.score.toFixed(2)}, weight ${ref.weight})`
      + `${audit.displayValue ? `: ${audit.displayValue}` : ''}${items} — ${audit.title}`);
  }
}

let missed = 0;
if (PRESET === 'mobile') {
  const perf = median(results.map((r) => r.scores.performance));
  const a11y = Math.min(...results.map((r) => r.scores.accessibility));
  const verdicts = [
    [`performance ${perf} (median)`, perf >= TARGETS.performance, `>= ${TARGETS.performance}`],
    [`accessibility ${a11y} (lowest)`, a11y >= TARGETS.accessibility, `= ${TARGETS.accessibility}`],
  ];
  for (const [what, ok, target] of verdicts) {
    console.log(`lighthouse: ${what}, target ${target}: ${ok ? 'met' : 'MISSED'}`);
    if (!ok) missed++;
  }
  console.log(`lighthouse: best-practices ${median(results.map((r) => r.scores['best-practices']))} (median, for information)`);
} else {
  console.log('lighthouse: desktop preset, for information only (the targets apply to the default, mobile)');
}
console.log(`(reports in ${OUT}/)`);
process.exit(missed ? 1 : 0);
