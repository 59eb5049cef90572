// The foundation journey in real Chromium against the release build in dist/:
// list, reader, furniture kept aside, deep links, keyboard, Back, axe, no foreign requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, serve, openPage, ready, CORPUS, DIST } from './support.mjs';

const ARTICLES = CORPUS.articles;
const env = useBrowser();

const item = (id) => `[data-testid="article-item"][data-article-id="${id}"]`;

test('the corpus has the five seed articles', () => {
  assert.equal(ARTICLES.length, 5);
});

test('every headline is listed with its outlet or "unknown outlet"', async () => {
  const { page, errors } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const count = page.getByTestId('result-count');
  assert.equal(await count.getAttribute('data-count'), String(ARTICLES.length));
  assert.equal(await page.getByTestId('article-item').count(), ARTICLES.length);
  for (const a of ARTICLES) {
    const text = await page.locator(item(a.id)).innerText();
    assert.ok(a.headline.length > 0, `${a.id} has a headline`);
    assert.ok(text.includes(a.headline), `${a.id} shows its headline`);
    assert.ok(text.includes(a.outlet ?? 'unknown outlet'), `${a.id} shows its outlet: ${text}`);
    if (a.wire_agency) assert.ok(text.includes(a.wire_agency), `${a.id} shows its agency`);
    assert.ok(text.includes(a.published ?? 'date unknown'), `${a.id} shows its date`);
    assert.match(text, /\d+ words/);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('opening an article shows its paragraphs and none of the furniture', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  for (const a of ARTICLES) {
    await page.locator(item(a.id)).click();
    const reader = page.getByTestId('reader');
    await page.waitForSelector(`[data-testid="reader"][data-article-id="${a.id}"]`);
    assert.equal(await reader.locator('h2').innerText(), a.headline);
    const paragraphs = a.body.split('\n\n').filter((p) => p.trim());
    const shown = await reader.getByTestId('paragraph').allTextContents();
    assert.deepEqual(shown, paragraphs, `${a.id}: paragraphs as in the corpus`);
    const bodyText = await reader.getByTestId('article-body').textContent();
    for (const line of a.boilerplate) {
      if (line.trim().length > 3) assert.ok(!bodyText.includes(line), `${a.id}: furniture "${line}" is not in the body`);
    }
    const captions = await reader.getByTestId('caption').allTextContents();
    assert.equal(captions.length, a.captions.length, `${a.id}: captions shown as captions`);
    const furniture = reader.getByTestId('furniture');
    assert.equal(await furniture.getAttribute('open'), null, 'the furniture disclosure starts collapsed');
    const n = a.boilerplate.length;
    assert.ok((await furniture.locator('summary').innerText()).includes(`(${n} line${n === 1 ? '' : 's'})`));
    assert.equal(new URL(page.url()).hash, `#article=${a.id}`);
  }
  // The disclosure shows what was removed.
  const withFurniture = ARTICLES.find((a) => a.boilerplate.length > 0);
  await page.locator(item(withFurniture.id)).click();
  await page.getByTestId('furniture').locator('summary').click();
  const removed = await page.getByTestId('furniture').locator('li').allTextContents();
  assert.deepEqual(removed, withFurniture.boilerplate);
  await page.context().close();
});

test('an article URL opens that article directly', async () => {
  const { page } = await openPage(env.browser);
  const a = ARTICLES[3];
  await page.goto(`${env.server.url}#article=${a.id}`);
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${a.id}"]`);
  assert.equal(await page.getByTestId('reader').locator('h2').innerText(), a.headline);
  assert.equal(await page.locator(item(a.id)).getAttribute('aria-current'), 'page');
  await page.context().close();
});

test('a clicked article is drawn in the click\'s own task, before the browser\'s hashchange', async () => {
  const { page, context, errors } = await openPage(env.browser);
  // Registered before the app's own listener: at the browser's (trusted)
  // hashchange, which comes a task after the click, note what the reader shows.
  await context.addInitScript(() => {
    addEventListener('hashchange', (e) => {
      if (e.isTrusted && window.__atHashchange === undefined) {
        window.__atHashchange = document.querySelector('[data-testid="reader"]')?.getAttribute('data-article-id') ?? null;
      }
    });
  });
  await page.goto(`${env.server.url}#article=${ARTICLES[0].id}`);
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[0].id}"]`);
  await page.locator(item(ARTICLES[2].id)).click();
  await page.waitForFunction(() => window.__atHashchange !== undefined);
  assert.equal(await page.evaluate(() => window.__atHashchange), ARTICLES[2].id);
  // Back still follows the address.
  await page.goBack();
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[0].id}"]`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown article id says so instead of failing', async () => {
  const { page, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}#article=no-such-article`);
  await ready(page);
  assert.match(await page.getByTestId('reader').innerText(), /not found/i);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the keyboard moves between articles, and Back returns', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  // Tab into the list and open the first article with Enter.
  await page.locator(item(ARTICLES[0].id)).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[0].id}"]`);
  // Arrow keys in the list move and open.
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[1].id}"]`);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.articleId), ARTICLES[1].id);
  await page.keyboard.press('End');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES.at(-1).id}"]`);
  await page.keyboard.press('Home');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[0].id}"]`);
  // j and k work from anywhere outside a text field.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[1].id}"]`);
  await page.keyboard.press('j');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[2].id}"]`);
  await page.keyboard.press('k');
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[1].id}"]`);
  // Back goes to the article before.
  await page.goBack();
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[2].id}"]`);
  await page.goForward();
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[1].id}"]`);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, { colorScheme });
    await page.goto(env.server.url);
    await ready(page);
    let result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), [], 'welcome view');
    await page.goto(`${env.server.url}#article=${ARTICLES[0].id}`);
    await page.waitForSelector('[data-testid="reader"] h2');
    await page.getByTestId('furniture').locator('summary').click();
    result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), [], 'reader view');
    await context.close();
  });
}

test('the page makes no request outside its own origin', async () => {
  const { page, requests } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  for (const a of ARTICLES) await page.locator(item(a.id)).click();
  await page.getByTestId('theme-toggle').click();
  const foreign = requests.filter((u) => !u.startsWith(env.server.origin + '/'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm came from the page origin');
  await page.context().close();
});

test('the site works under a sub-path', async () => {
  const sub = await serve(DIST, '/course/crossread/');
  const { page, errors } = await openPage(env.browser);
  try {
    await page.goto(`${sub.url}#article=${ARTICLES[1].id}`);
    await page.waitForSelector(`[data-testid="reader"][data-article-id="${ARTICLES[1].id}"]`);
    assert.equal(await page.getByTestId('article-item').count(), ARTICLES.length);
    assert.deepEqual(errors, []);
  } finally {
    await page.context().close();
    await sub.close();
  }
});

test('the theme toggle switches and remembers dark mode', async () => {
  const { page, context } = await openPage(env.browser, { colorScheme: 'light' });
  await page.goto(env.server.url);
  await ready(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByTestId('theme-toggle').click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.notEqual(await bg(), light);
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await context.close();
});

test('a 360 px phone gets no sideways scrolling, even on the wide claim map', async () => {
  const { page, context } = await openPage(env.browser, { viewport: { width: 360, height: 740 }, isMobile: true });
  for (const hash of [`#article=${ARTICLES[0].id}`, '#view=map']) {
    await page.goto(`${env.server.url}${hash}`);
    await ready(page);
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 360, `${hash}: page is ${width}px wide`);
  }
  await context.close();
});
