// A big import by hand, in headless Chromium (`make bench-import`): N files
// of `crossread synth` (default 13,600, about 51 MB, each from a site of its
// own) picked at once on the release site (dist/). Prints the progress line,
// the JS heap and the wasm's memory every 5 s, then the time, the longest
// tasks and what the page shows, and saves target/big-import/done.png.
// Exits 1 unless the import ends with its "Imported" notice (a crash shows
// the error instead). Usage: N=13600 node bench/big-import.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { serve, launch, openPage, ready } from '../tests/e2e/support.mjs';
const N = Number(process.env.N || 13600);
const BIN = process.env.CROSSREAD_BIN || 'target/release/crossread';
const dir = `target/big-import/files${N}`;
if (!fs.existsSync(dir)) {
  fs.mkdirSync(dir, { recursive: true });
  const synth = JSON.parse(execFileSync(BIN, ['synth', '--articles', String(N)], { maxBuffer: 1 << 30 }).toString());
  for (const a of synth.articles) fs.writeFileSync(`${dir}/${a.id}.txt`, `${a.headline}\n\n${a.body}\n`);
}
const paths = fs.readdirSync(dir).map((f) => `${dir}/${f}`);
const bytes = paths.reduce((s, p) => s + fs.statSync(p).size, 0);
console.log(`files ${paths.length}, ${(bytes / 1e6).toFixed(1)} MB`);
const server = await serve();
const browser = await launch();
const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__mem = e.detail.wasm.memory; }));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.url); await ready(page);
await page.evaluate(() => {
  window.__longest = 0; window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) { window.__longest = Math.max(window.__longest, e.duration); if (e.duration > 1000) window.__long.push([Math.round(performance.now()), Math.round(e.duration)]); } }).observe({ type: 'longtask' });
});
const t0 = Date.now();
await page.getByTestId('import').setInputFiles(paths);
console.log(`files handed over after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
for (;;) {
  const s = await page.evaluate(() => ({
    p: document.querySelector('[data-testid="import-progress"]')?.textContent ?? '',
    n: document.querySelector('.corpus-bar .notice')?.textContent ?? '',
    e: document.querySelector('[data-testid="error"]')?.textContent ?? '',
    mem: performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1e6) : 0, wasm: window.__mem ? Math.round(window.__mem.buffer.byteLength / 1e6) : -1,
  }));
  console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s: ${s.p} | ${s.n.slice(0, 80)} | ${s.e.slice(0, 120)} | heap ${s.mem} MB wasm ${s.wasm} MB`);
  if (/Imported/.test(s.n) || s.e) break;
  await new Promise((r) => setTimeout(r, 5000));
}
console.log(`done after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const r = await page.evaluate(() => ({ longest: window.__longest, long: window.__long, items: document.querySelectorAll('[data-testid="article-item"]').length, count: document.querySelector('[data-testid="result-count"]')?.textContent }));
console.log(JSON.stringify(r));
await page.screenshot({ path: 'target/big-import/done.png' });
const ok = /Imported/.test(await page.locator('.corpus-bar .notice').textContent().catch(() => ''));
await context.close(); await browser.close(); server.close?.();
process.exit(ok ? 0 : 1);
