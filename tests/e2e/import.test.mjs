// Bringing your own corpus, in real Chromium: picking and pasting files,
// several corpora side by side kept across reloads (IndexedDB), rename and
// delete with undo, bad input reported by file with nothing lost, a full
// store, and hostile text shown as text with no script run and no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready, CORPUS } from './support.mjs';

const env = useBrowser();

const file = (name, text, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text) });
const ids = (page) => page.getByTestId('article-item').evaluateAll((els) => els.map((e) => e.dataset.articleId));
const options = (page) => page.getByTestId('corpus-switch').locator('option').allTextContents();
const chosen = (page) => page.getByTestId('corpus-switch').inputValue();
// Waits until the list shows exactly these article ids (the redraw follows the URL by a tick).
const listed = (page, want) => page.waitForFunction(
  (w) => JSON.stringify([...document.querySelectorAll('[data-testid="article-item"]')].map((e) => e.dataset.articleId)) === w,
  JSON.stringify(want),
);

const STORY_A = 'Port workers vote to strike\n\nLISBON (Reuters) - Dock workers in Lisbon voted on Monday to strike, union leader Maria Santos said. "We have no choice," Santos told reporters.\n';
const STORY_B = '# Strike ends early\n\nThe Lisbon port strike ended on Wednesday, the port authority said in a statement.\n';

// The corpus names IndexedDB holds (each record is `id \n name \n corpus JSON`).
// The app writes after it shows a change; a reload before the write lands
// loses it, so a test waits for the store before it reloads.
const storedNames = (page) => page.evaluate(() => new Promise((resolve) => {
  const req = indexedDB.open('crossread', 1);
  req.onerror = () => resolve([]);
  req.onsuccess = () => {
    const db = req.result;
    try {
      const all = db.transaction('corpora').objectStore('corpora').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result.map((r) => String(r).split('\n')[1])); };
      all.onerror = () => { db.close(); resolve([]); };
    } catch {
      db.close();
      resolve([]);
    }
  };
}));
async function stored(page, test) {
  for (let i = 0; i < 150; i++) {
    if (test(await storedNames(page))) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`IndexedDB never held the change: ${JSON.stringify(await storedNames(page))}`);
}

async function importFiles(page, files) {
  await page.getByTestId('import').setInputFiles(files);
}

test('picked files become a new corpus, shown and kept across a reload; the built-in one stays', async () => {
  const { page, errors, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const before = await options(page);
  assert.equal(before.length, 1);
  await importFiles(page, [file('port-strike.txt', STORY_A), file('strike-ends.md', STORY_B, 'text/markdown')]);
  await page.waitForFunction(() => location.hash.includes('corpus='));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
  assert.deepEqual((await ids(page)).sort(), ['port-strike', 'strike-ends']);
  assert.equal((await options(page)).length, 2);
  assert.match(await page.locator('.corpus-bar .notice').textContent(), /Imported .*2 articles/);
  // The analysis ran in the browser: the union leader is an entity.
  await page.getByTestId('article-item').filter({ hasText: 'Port workers' }).click();
  await page.waitForSelector('[data-testid="reader"] [data-testid="mention"][data-type="person"]');
  const id = await chosen(page);
  assert.ok(id.length > 0);

  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="corpus-switch"] option').length === 2);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
  assert.equal(await chosen(page), id);

  // Back to the built-in corpus through the switch.
  await page.getByTestId('corpus-switch').selectOption('');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="article-item"]').length === n, CORPUS.articles.length);
  assert.ok(!new URL(page.url()).hash.includes('corpus='));
  // And Back returns to the imported one.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted text imports as pasted-1, with RTL, emoji and a very long line intact', async () => {
  const { page, errors, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const long = 'word '.repeat(40000);
  const text = `Headline with emoji 🚢 and שלום\n\nText in Hebrew: שלום עולם. And Arabic: مرحبا. ${long}\n`;
  await page.locator('.paste summary').click();
  await page.locator('#paste-text').fill(text);
  await page.getByTestId('import-paste').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="article-item"]')?.dataset.articleId === 'pasted-1');
  await page.getByTestId('article-item').first().click();
  await page.waitForSelector('[data-testid="reader"][data-article-id="pasted-1"]');
  const body = await page.getByTestId('reader').textContent();
  assert.ok(body.includes('שלום עולם') && body.includes('مرحبا'));
  assert.ok((await page.getByTestId('article-item').first().textContent()).includes('🚢'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad files each get a message naming the file and the problem; the corpora stay as they were', async () => {
  const { page, errors, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const listBefore = await ids(page);
  const optionsBefore = await options(page);
  const hashBefore = new URL(page.url()).hash;
  const big = Buffer.alloc(21 * 1024 * 1024, 0x61);
  await importFiles(page, [
    file('empty.txt', ''),
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
    file('broken.json', '{\n  "format": "crossread-analysis/1",\n  "articles": [ {,\n]}', 'application/json'),
    file('wrong.json', '{"format":"crossread-analysis/1","articles":[{"id":"x","headline":3,"body":""}]}', 'application/json'),
    file('other.json', '{"hello":"world"}', 'application/json'),
    { name: 'huge.txt', mimeType: 'text/plain', buffer: big },
  ]);
  const alert = page.getByTestId('error');
  await alert.waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="import-progress"]'));
  const messages = await alert.locator('li').allTextContents();
  const want = {
    'empty.txt': /empty/,
    'photo.png': /binary/,
    'latin1.txt': /not UTF-8/,
    'broken.json': /line 3, column \d+/,
    'wrong.json': /articles\[0\]\.headline: expected a string/,
    'other.json': /format: missing/,
    'huge.txt': /over the 20 MB limit/,
  };
  assert.equal(messages.length, Object.keys(want).length, messages.join('\n'));
  for (const [name, re] of Object.entries(want)) {
    const m = messages.find((x) => x.startsWith(`${name}: `));
    assert.ok(m, `a message names ${name}`);
    assert.match(m, re);
  }
  assert.deepEqual(await ids(page), listBefore);
  assert.deepEqual(await options(page), optionsBefore);
  assert.equal(new URL(page.url()).hash, hashBefore);
  const axe = await new AxeBuilder({ page }).include('.corpus-bar').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('good files beside bad ones go in; a corpus export imports again as it was', async () => {
  const { page, context } = await openPage(env.browser, { acceptDownloads: true });
  await page.goto(env.server.url);
  await ready(page);
  await importFiles(page, [file('port-strike.txt', STORY_A), file('empty.txt', '   ')]);
  await page.waitForFunction(() => location.hash.includes('corpus='));
  await listed(page, ['port-strike']);
  assert.match(await page.getByTestId('error').textContent(), /empty\.txt: the file is empty/);
  // Export the built-in corpus and import the file: the same articles.
  await page.getByTestId('corpus-switch').selectOption('');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="article-item"]').length === n, CORPUS.articles.length);
  await page.evaluate(() => { location.hash = 'view=map'; });
  await page.getByTestId('export-json').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const json = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c));
  await importFiles(page, [{ name: 'seeds.json', mimeType: 'application/json', buffer: json }]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="corpus-switch"] option').length === 3);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="article-item"]').length === n, CORPUS.articles.length);
  assert.deepEqual((await ids(page)).sort(), CORPUS.articles.map((a) => a.id).sort());
  await context.close();
});

test('rename and delete with undo, kept across a reload', async () => {
  const { page, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await importFiles(page, [file('port-strike.txt', STORY_A)]);
  await page.waitForFunction(() => location.hash.includes('corpus='));
  await page.getByTestId('corpus-rename').click();
  await page.locator('#corpus-name').fill('Lisbon strike');
  await page.locator('#corpus-name').press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="corpus-switch"] option')].some((o) => o.textContent === 'Lisbon strike'));
  await stored(page, (names) => names.includes('Lisbon strike'));
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="corpus-switch"] option')].some((o) => o.textContent === 'Lisbon strike'));

  await page.getByTestId('corpus-delete').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="article-item"]').length === n, CORPUS.articles.length);
  assert.ok(!(await options(page)).includes('Lisbon strike'));
  await page.getByTestId('corpus-undo').click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="corpus-switch"] option')].some((o) => o.textContent === 'Lisbon strike'));
  await listed(page, ['port-strike']);
  await stored(page, (names) => names.includes('Lisbon strike'));
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="corpus-switch"] option')].some((o) => o.textContent === 'Lisbon strike'));

  await page.getByTestId('corpus-delete').click();
  await page.waitForFunction(() => !location.hash.includes('corpus='));
  await stored(page, (names) => !names.includes('Lisbon strike'));
  await page.reload();
  await ready(page);
  await page.waitForTimeout(300);
  assert.equal((await options(page)).length, 1);
  await context.close();
});

test('a full store says so, and the imported corpus stays open', async () => {
  const { page, errors, context } = await openPage(env.browser);
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(env.server.url);
  await ready(page);
  await importFiles(page, [file('port-strike.txt', STORY_A)]);
  await page.waitForFunction(() => location.hash.includes('corpus='));
  const alert = page.getByTestId('error');
  await alert.waitFor();
  assert.match(await alert.textContent(), /port-strike.*not kept.*storage for this page is full/s);
  await listed(page, ['port-strike']);
  assert.equal((await options(page)).length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile text and metadata are shown as text: no script runs, no request leaves', async () => {
  const { page, requests, errors, context } = await openPage(env.browser);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(env.server.url);
  await ready(page);
  const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
  const doc = {
    format: 'crossread-analysis/1',
    articles: [{
      id: 'evil',
      headline: `Headline ${evil}`,
      outlet: '<svg onload="window.__pwned=3"><a href="javascript:window.__pwned=4">x</a></svg>',
      url: 'javascript:window.__pwned=5',
      published: '2024-01-02',
      body: `The minister said ${evil} and <style>body{display:none}</style> then <iframe src="https://evil.example/"></iframe> "quoted" text.`,
    }],
  };
  const html = `<html><head><title>Saved page</title><script>window.__pwned=6</script></head><body><h1>Saved ${evil}</h1><p onclick="window.__pwned=7">Body text that says hello.</p><img src="https://evil.example/x.png"></body></html>`;
  await importFiles(page, [
    file('evil.json', JSON.stringify(doc), 'application/json'),
    file('saved.html', html, 'text/html'),
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 2);
  for (const id of ['evil', 'saved']) {
    await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
    await page.waitForSelector(`[data-testid="reader"][data-article-id="${id}"]`);
    await page.getByTestId('reader').locator('[href^="javascript:"]').count().then((n) => assert.equal(n, 0));
  }
  await page.locator('[data-testid="article-item"][data-article-id="evil"]').click();
  await page.waitForSelector('[data-testid="reader"][data-article-id="evil"]');
  const text = await page.getByTestId('reader').textContent();
  assert.ok(text.includes('<script>window.__pwned=1</script>'), 'the markup is visible as text');
  for (const view of ['map', 'timeline', 'coverage', 'quotes', 'discrepancies']) {
    await page.evaluate((v) => { location.hash = location.hash.replace(/&?view=[a-z]+/, '') + `&view=${v}`; }, view);
    await page.waitForTimeout(100);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.page script, .page iframe, .page img[src*="evil"], .page svg[onload], .page style').count(), 0);
  assert.deepEqual(dialogs, []);
  const origin = new URL(env.server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a trap in the wasm leaves a message with a reload link at the same view, not a dead page', async () => {
  const { page, context } = await openPage(env.browser);
  await page.goto(`${env.server.url}#view=map`);
  await ready(page);
  // What the browser reports when the release build stops on a panic.
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  const note = page.locator('.crash[role="alert"][data-testid="error"]');
  await note.waitFor();
  assert.match(await note.textContent(), /stopped/);
  const href = await note.locator('a').getAttribute('href');
  assert.match(href, /\?reload=\d+#view=map$/);
  // Any other script error is not a crash of the app.
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x') })));
  assert.equal(await page.locator('.crash').count(), 1);
  await page.locator('.crash a').click();
  await ready(page);
  assert.equal(new URL(page.url()).hash, '#view=map');
  assert.equal(await page.locator('.crash').count(), 0);
  await context.close();
});

test('many files import in slices: the progress moves on while the page keeps drawing, and all go in', async () => {
  // 400 made-up articles (`crossread synth`), one .txt file each: about 1.2 MB.
  const BIN = process.env.CROSSREAD_BIN || 'target/release/crossread';
  const synth = JSON.parse(execFileSync(BIN, ['synth', '--articles', '400'], { maxBuffer: 64 << 20 }).toString());
  const files = synth.articles.map((a) => file(`${a.id}.txt`, `${a.headline}\n\n${a.body}\n`));
  const { page, errors, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  // Record what the progress line says and count the frames drawn while it says "Analysing".
  await page.evaluate(() => {
    window.__seen = [];
    window.__frames = 0;
    window.__longest = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    const tick = () => {
      const p = document.querySelector('[data-testid="import-progress"]');
      const t = p?.textContent ?? '';
      if (t.startsWith('Analysing')) {
        window.__frames += 1;
        if (window.__seen.at(-1) !== t) window.__seen.push(t);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await importFiles(page, files);
  await page.waitForFunction(() => location.hash.includes('corpus='), null, { timeout: 240000 });
  // All 400 went in (the list shows the first 300 of a long corpus).
  await page.locator('.corpus-bar .notice', { hasText: /Imported .*400 articles/ }).waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-item"]').length === 300);
  const { seen, frames, longest } = await page.evaluate(() => ({ seen: window.__seen, frames: window.__frames, longest: window.__longest }));
  // Every stage reported its progress, counting up, and the page drew frames in between:
  // one blocking task would show at most one state and draw nothing meanwhile.
  for (const stage of ['ingest', 'entities', 'statements', 'map']) {
    assert.ok(seen.some((t) => t.startsWith(`Analysing: ${stage},`)), `${stage} in ${JSON.stringify(seen.slice(0, 5))}`);
  }
  const counts = seen.map((t) => t.match(/, (\d+) of (\d+)$/)).filter(Boolean);
  assert.ok(counts.length >= 10, `${counts.length} progress states`);
  assert.ok(counts.every((m) => Number(m[1]) <= Number(m[2])));
  assert.ok(frames >= 20, `${frames} frames drawn while analysing`);
  console.log(`# many-file import: ${counts.length} progress states, ${frames} frames, longest task ${Math.round(longest)} ms`);
  // Its claim map is built in slices: the view shows how far it is (a
  // progress bar, no map cells yet) and the page draws frames meanwhile.
  await page.evaluate(() => {
    window.__pending = [];
    window.__pendingFrames = 0;
    const tick = () => {
      const bar = document.querySelector('section[aria-busy="true"] progress');
      if (bar) {
        window.__pendingFrames += 1;
        if (document.querySelector('[data-testid="map-cell"]')) window.__pending.push('cells while pending');
        if (window.__pending.at(-1) !== bar.value) window.__pending.push(bar.value);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Its claim map has hundreds of speakers: the table shows the 60 with the
  // most claims and says so; a chosen cell shows its evidence, whose
  // speaker choice lists the corpus's speakers, not all its entities.
  await page.getByTestId('tab-map').click();
  const map = page.getByTestId('claim-map');
  await map.getByText(/^Shown: .* and the 60 speakers with the most claims \(of \d+\)\./).waitFor();
  const { pending, pendingFrames } = await page.evaluate(() => ({ pending: window.__pending, pendingFrames: window.__pendingFrames }));
  assert.ok(pendingFrames >= 2, `${pendingFrames} frames drawn while the map was built (${JSON.stringify(pending)})`);
  assert.ok(pending.length >= 1 && pending.every((v) => typeof v === 'number' && v >= 0 && v < 100), JSON.stringify(pending));
  assert.equal(await page.locator('section[aria-busy="true"]').count(), 0);
  console.log(`# many-file import: claim map built over ${pendingFrames} frames, progress ${JSON.stringify(pending)}`);
  assert.equal(await map.locator('th.speaker-head').count(), 60);
  const speakers = new Set(await page.getByTestId('map-cell').evaluateAll((els) => els.map((e) => e.dataset.speaker)));
  assert.ok(speakers.size <= 60);
  await page.getByTestId('map-cell').first().click();
  await page.getByTestId('evidence').waitFor();
  const options = await page.locator('[data-testid="evidence"] select[name="speaker"]').first().locator('option').count();
  const entities = Number((await page.getByTestId('entity-panel').textContent()).match(/([\d,]+) entities found/)[1].replace(/,/g, ''));
  assert.ok(options < entities, `${options} speaker options for ${entities} entities`);
  assert.deepEqual(errors, []);
  await context.close();
});
