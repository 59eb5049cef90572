// Offline bundle, embeds, print and the locked-down build, in real Chromium:
// the single file from file://, "Download for offline use", the embed snippet
// in a course page on another origin, print media, the CSP, and the network log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBrowser, serve, openPage, ready, CORPUS, DIST } from './support.mjs';

const ARTICLES = CORPUS.articles;
const SINGLE = path.join(DIST, 'offline', 'crossread.html');
const env = useBrowser();

/** The requests that left the page's own files (file://, data: and blob: are its own). */
const foreign = (requests, origin) =>
  requests.filter((u) => !(u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:') || (origin && u.startsWith(origin))));

/** Chooses the first entity in the panel and returns the count it leaves. */
async function chooseAnEntity(page) {
  const choose = page.getByTestId('entity-choose').first();
  const entity = await choose.getAttribute('data-entity');
  await choose.click();
  await page.waitForFunction((e) => location.hash.includes(`entity=${e}`), entity);
  return Number(await page.getByTestId('result-count').getAttribute('data-count'));
}

test('the single file opens from file:// with every article, filters, and no request', async () => {
  assert.ok(fs.existsSync(SINGLE), 'make dist writes dist/offline/crossread.html');
  const html = fs.readFileSync(SINGLE, 'utf8');
  assert.match(html, /http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, 'nothing is loaded from beside the file');
  const { page, errors, requests } = await openPage(env.browser);
  await page.goto(`file://${SINGLE}`);
  await ready(page);
  assert.equal(await page.getByTestId('article-item').count(), ARTICLES.length);
  const n = await chooseAnEntity(page);
  assert.ok(n >= 1 && n <= ARTICLES.length);
  assert.equal(await page.getByTestId('article-item').count(), n);
  await page.getByTestId('article-item').first().click();
  await page.waitForSelector('[data-testid="reader"] [data-testid="paragraph"]');
  await page.getByTestId('tab-map').click();
  await page.getByTestId('claim-map').waitFor();
  assert.deepEqual(errors, [], 'no script error and no CSP violation');
  assert.deepEqual(foreign(requests), []);
  await page.context().close();
});

test('"Download for offline use" saves the single file, and inside it a working copy of itself', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const [hosted] = await Promise.all([page.waitForEvent('download'), page.getByTestId('offline-download').click()]);
  assert.equal(hosted.suggestedFilename(), 'crossread.html');
  assert.equal(fs.readFileSync(await hosted.path(), 'utf8'), fs.readFileSync(SINGLE, 'utf8'));
  // From the single file, the download is a copy of that file.
  await page.goto(`file://${SINGLE}`);
  await ready(page);
  const [own] = await Promise.all([page.waitForEvent('download'), page.getByTestId('offline-download').click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-copy-'));
  const copy = path.join(dir, 'copy.html');
  fs.copyFileSync(await own.path(), copy);
  const saved = fs.readFileSync(copy, 'utf8');
  assert.match(saved, /^<!doctype html>/);
  assert.doesNotMatch(saved, /data-testid="article-list"/, 'the copy is the file, not the drawn page');
  const again = await openPage(env.browser);
  await again.page.goto(`file://${copy}`);
  await ready(again.page);
  assert.equal(await again.page.getByTestId('article-item').count(), ARTICLES.length);
  assert.deepEqual(again.errors, []);
  await again.context.close();
  await page.context().close();
});

test('the embed snippet shows the chosen view in a course page and sizes its frame', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#view=map`);
  await page.getByTestId('claim-map').waitFor();
  await page.getByTestId('embed-open').click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  assert.match(snippet, /^<iframe src="[^"]+#view=map&amp;embed=1"/);
  await page.context().close();

  // A course page on another origin, with the snippet pasted in.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-course-'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body><h1>Week 3</h1>${snippet}</body></html>`);
  const course = await serve(dir, '/');
  const host = await openPage(env.browser);
  try {
    await host.page.goto(course.url);
    const frame = host.page.frameLocator('iframe');
    await frame.getByTestId('claim-map').waitFor();
    for (const sel of ['.site-header', '[data-testid="article-list"]', '[data-testid="entity-panel"]', '.panel-tabs', '.site-footer']) {
      assert.equal(await frame.locator(sel).first().isVisible(), false, `no ${sel} in embed mode`);
    }
    assert.ok(await frame.locator('.embed-credit a').isVisible());
    assert.ok(await frame.getByTestId('map-cell').count() >= 1);
    // The frame takes the height the embedded page reports.
    await host.page.waitForFunction(() => document.querySelector('iframe').getAttribute('height') !== '600');
    // The frame's page may still be settling (a new height on its way to
    // the host): read both until they agree, for up to 5 s, then compare.
    const heights = () => Promise.all([
      host.page.evaluate(() => Number(document.querySelector('iframe').getAttribute('height'))),
      host.page.frames()[1].evaluate(() => document.documentElement.scrollHeight),
    ]);
    let [attr, inner] = await heights();
    for (const until = Date.now() + 5000; attr !== inner && Date.now() < until;) {
      await host.page.waitForTimeout(100);
      [attr, inner] = await heights();
    }
    assert.equal(attr, inner);
    assert.deepEqual(foreign(host.requests, course.origin).filter((u) => !u.startsWith(env.server.origin)), []);
  } finally {
    await host.context.close();
    await course.close();
  }
});

test('print media turns the view into a handout with its sources', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#article=${ARTICLES[0].id}`);
  await page.waitForSelector('[data-testid="reader"] [data-testid="paragraph"]');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-header', '.article-nav', '.entity-panel', '.panel-tabs', '.site-footer']) {
    assert.equal(await page.locator(sel).first().isVisible(), false, `${sel} is not printed`);
  }
  assert.ok(await page.getByTestId('reader').isVisible());
  assert.ok(await page.getByTestId('statement').first().isVisible(), 'highlights are printed');
  const sources = page.locator('.print-sources');
  assert.ok(await sources.isVisible());
  const text = await sources.innerText();
  for (const a of ARTICLES) assert.ok(text.includes(a.outlet ?? 'unknown outlet'), `source of ${a.id}`);
  // The map prints too, with the same sources.
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('tab-map').click();
  await page.getByTestId('claim-map').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByTestId('claim-map').isVisible());
  assert.ok(await sources.isVisible());
  assert.equal(await page.getByTestId('export-json').isVisible(), false);
  await page.context().close();
});

test('the hosted build carries a strict CSP, and nothing breaks it', async () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const csp = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'index.html has a CSP meta tag');
  const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.match(script, /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+$/, 'no unsafe-inline, no unsafe-eval, no other origin');
  assert.match(csp, /style-src 'self'(;|$)/);
  const { page, errors, requests } = await openPage(env.browser);
  for (const v of ['', '#view=map', '#view=graph', '#view=quotes', `#article=${ARTICLES[0].id}`]) {
    await page.goto(`${env.server.url}${v}`);
    await ready(page);
  }
  await page.getByTestId('embed-open').click();
  await page.getByTestId('embed-snippet').waitFor();
  assert.deepEqual(errors, [], 'no CSP violation');
  assert.deepEqual(foreign(requests, env.server.origin), []);
  await page.context().close();
});

test('the built wasm exports only what the glue calls, under short names; the glue is minified and offers exactly the imports', async () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const name = index.match(/\.\/([^"'\s]+_bg\.wasm)/)[1];
  const glue = fs.readFileSync(path.join(DIST, name.replace('_bg.wasm', '.js')), 'utf8');
  const mod = await WebAssembly.compile(fs.readFileSync(path.join(DIST, name)));
  const exports = WebAssembly.Module.exports(mod).map((e) => e.name);
  // wasm-streams' classes (never used by a client-side app) and their code are gone.
  assert.deepEqual(exports.filter((e) => /intounderlying/i.test(e)), []);
  assert.ok(!/IntoUnderlying/.test(glue));
  assert.ok(exports.every((e) => e.length < 40), exports.filter((e) => e.length >= 40).join(' '));
  // Minified: no comments, no indentation, a few long lines.
  assert.ok(glue.split('\n').length < 20, `${glue.split('\n').length} lines`);
  // The page hands the wasm an import object with exactly what it imports:
  // the wasm no longer asks for what only the stream classes used.
  const { page, errors, context } = await openPage(env.browser);
  await context.addInitScript(() => {
    const instantiate = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (source, imports) => {
      window.__offered = Object.values(imports).flatMap((o) => Object.keys(o));
      return instantiate(source, imports);
    };
  });
  await page.goto(env.server.url);
  await ready(page);
  const offered = await page.evaluate(() => window.__offered);
  const wanted = WebAssembly.Module.imports(mod).map((i) => i.name);
  assert.deepEqual([...offered].sort(), [...new Set(wanted)].sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test('make dist also writes a zip of the whole site', () => {
  const zip = fs.readFileSync(path.join(DIST, 'crossread-site.zip'));
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd > 0, 'a zip end record');
  const entries = zip.readUInt16LE(eocd + 10);
  const names = zip.toString('latin1');
  for (const f of ['index.html', 'offline/crossread.html', 'public/favicon.svg']) assert.ok(names.includes(f), f);
  assert.ok(entries >= 5);
});
