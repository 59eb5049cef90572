// Search and facets in real Chromium: typing, phrases, facets whose counts
// follow the query, everything in the URL (reload, Back, Forward), hits in
// the reader beside the other marks, empty states, and axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready, countAfter, CORPUS } from './support.mjs';

const ARTICLES = CORPUS.articles;
const env = useBrowser();

const count = async (page) => Number(await page.getByTestId('result-count').getAttribute('data-count'));
const listed = (page) => page.getByTestId('article-item').evaluateAll((els) => els.map((e) => e.dataset.articleId));
const hash = (page) => new URL(page.url()).hash;
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// A word of the first headline that not every article has: the test then
// sees the list narrow.
function pickWord() {
  const words = ARTICLES[0].headline.split(/[^\p{L}]+/u).filter((w) => w.length >= 6);
  const has = (a, w) => fold(`${a.headline} ${a.body}`).includes(fold(w));
  return words.find((w) => ARTICLES.filter((a) => has(a, w)).length < ARTICLES.length) ?? words[0];
}

test('"/" focuses the search; typing narrows the list with highlighted snippets, kept in the URL', async () => {
  const { page, errors } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'search');
  const word = pickWord();
  await page.keyboard.type(word.toLowerCase());
  await page.waitForFunction((w) => location.hash.includes(`q=${encodeURIComponent(w)}`), word.toLowerCase());
  const n = await count(page);
  assert.ok(n >= 1 && n <= ARTICLES.length);
  const ids = await listed(page);
  assert.equal(ids.length, n);
  const stem = fold(word).slice(0, 5);
  for (const id of ids) {
    const a = ARTICLES.find((x) => x.id === id);
    assert.ok(fold(`${a.headline} ${a.body}`).includes(stem), `${id} holds “${word}”`);
  }
  // Each result shows a snippet whose marked hits are the word.
  const hits = await page.locator('[data-testid="article-list"] [data-testid="hit"]').allTextContents();
  assert.ok(hits.length >= 1);
  for (const h of hits) assert.ok(fold(h).startsWith(stem.slice(0, 4)), h);
  // The articles that lack the word are gone.
  const without = ARTICLES.filter((a) => !fold(`${a.headline} ${a.body}`).includes(stem)).map((a) => a.id);
  for (const id of without) assert.ok(!ids.includes(id));
  // Reload: the same query, the same list.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId('search').inputValue(), word.toLowerCase());
  assert.deepEqual(await listed(page), ids);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('facets combine with the query, their counts follow it, and Back / Forward restore them', async () => {
  const { page, errors } = await openPage(env.browser);
  const word = pickWord().toLowerCase();
  await page.goto(`${env.server.url}#q=${encodeURIComponent(word)}`);
  await ready(page);
  const n = await count(page);
  await page.locator('.filters summary').click();
  // Every article has one outlet facet value: the outlet counts sum to the list.
  const outlets = page.locator('[data-testid="facet"][data-facet="outlet"]');
  const counts = await outlets.locator('.count').allTextContents();
  assert.equal(counts.reduce((s, c) => s + Number(c), 0), n);
  // Choose the first stance value (statements' stances are facets too).
  const stance = page.locator('[data-testid="facet"][data-facet="stance"]').first();
  const value = await stance.getAttribute('data-value');
  const expected = Number(await stance.locator('.count').textContent());
  await stance.click();
  await page.waitForFunction((v) => location.hash.includes(`stance=${v}`), value);
  assert.equal(await countAfter(page, expected), expected);
  assert.equal(await page.locator(`[data-testid="facet"][data-facet="stance"][data-value="${value}"]`).getAttribute('aria-current'), 'true');
  const chosen = hash(page);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('stance='));
  assert.equal(await countAfter(page, n), n);
  await page.goForward();
  await page.waitForFunction((h) => location.hash === h, chosen);
  assert.equal(await countAfter(page, expected), expected);
  // Clear all brings every article back and empties the box.
  await page.getByTestId('clear-all').click();
  await page.waitForFunction(() => !location.hash.includes('q='));
  assert.equal(await countAfter(page, ARTICLES.length), ARTICLES.length);
  assert.equal(await page.getByTestId('search').inputValue(), '');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a quoted phrase finds its article; hits sit in the reader beside mentions and statements', async () => {
  const { page, errors } = await openPage(env.browser);
  const a = ARTICLES[1];
  const words = a.body.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w));
  const phrase = `${words[2]} ${words[3]}`;
  const inOrder = a.body.includes(phrase);
  await page.goto(`${env.server.url}#q=${encodeURIComponent(`"${inOrder ? phrase : words[2]}"`)}`);
  await ready(page);
  assert.ok((await listed(page)).includes(a.id));
  await page.locator(`[data-testid="article-item"][data-article-id="${a.id}"]`).click();
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${a.id}"] [data-testid="hit"]`);
  // Marks add no text and cut none: the paragraphs still read as the body.
  const shown = await page.getByTestId('paragraph').allTextContents();
  assert.deepEqual(shown, a.body.split('\n\n').filter((p) => p.trim()));
  // No hit mark contains the edge of a mention or a statement.
  const broken = await page.evaluate(() => [...document.querySelectorAll('[data-testid="hit"]')]
    .filter((h) => h.querySelector('mark')).length);
  assert.equal(broken, 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a query that matches nothing says so and offers a way back', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByTestId('search').fill('qqzzxxnothing');
  await page.waitForFunction(() => location.hash.includes('q=qqzzxxnothing'));
  assert.equal(await count(page), 0);
  assert.match(await page.locator('.article-nav .empty').innerText(), /No article matches/);
  await page.getByTestId('clear-all').click();
  await page.waitForFunction(() => !location.hash.includes('q='));
  assert.equal(await page.getByTestId('article-item').count(), ARTICLES.length);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations with a search, its facets and hits (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, { colorScheme });
    const word = pickWord().toLowerCase();
    await page.goto(`${env.server.url}#q=${encodeURIComponent(word)}&article=${ARTICLES[0].id}`);
    await ready(page);
    await page.locator('.filters summary').click();
    await page.waitForSelector('[data-testid="reader"] [data-testid="hit"]');
    const result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target).join(' ')})`), []);
    await context.close();
  });
}
