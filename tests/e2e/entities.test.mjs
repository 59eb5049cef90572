// Entities in the browser: mentions highlighted as the CLI computes them,
// the legend's switches, the mention card, the entity panel's search and
// filter (kept in the URL), mention-to-mention keys, and axe in both themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready, countAfter } from './support.mjs';

// The native engine's analysis of the shipped corpus: the browser must agree.
const BIN = process.env.CROSSREAD_BIN || 'target/release/crossread';
const ANALYSIS = JSON.parse(execFileSync(BIN, ['analyze', 'corpus/corpus.json'], { maxBuffer: 64 << 20 }).toString());
const ARTICLES = ANALYSIS.articles;
const env = useBrowser();

const readerFor = (id) => `[data-testid="reader"][data-article-id="${id}"]`;

test('the engine finds entities in every seed article', () => {
  assert.ok(ANALYSIS.entities.length > 10);
  for (const a of ARTICLES) assert.ok(a.mentions.length > 0, `${a.id} has mentions`);
});

test('the reader highlights exactly the mentions the CLI reports', async () => {
  const { page, errors } = await openPage(env.browser);
  for (const a of ARTICLES) {
    await page.goto(`${env.server.url}#article=${a.id}`);
    await page.waitForSelector(readerFor(a.id));
    const shown = await page.$$eval('[data-testid="reader"] [data-testid="mention"]', (els) =>
      els.map((e) => [e.dataset.entity, e.dataset.type, e.textContent]));
    assert.deepEqual(shown, a.mentions.map((m) => [m.entity, m.type, m.text]), a.id);
    // Highlights add no text: the paragraphs still read as the body.
    const paragraphs = await page.getByTestId('paragraph').allTextContents();
    assert.deepEqual(paragraphs, a.body.split('\n\n').filter((p) => p.trim()));
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('legend switches hide and show a type, and the URL keeps them', async () => {
  const { page } = await openPage(env.browser);
  const a = ARTICLES.find((x) => x.mentions.some((m) => m.type === 'person'));
  await page.goto(`${env.server.url}#article=${a.id}`);
  await page.waitForSelector(readerFor(a.id));
  const people = '[data-testid="reader"] [data-testid="mention"][data-type="person"]';
  const nPeople = a.mentions.filter((m) => m.type === 'person').length;
  assert.equal(await page.locator(people).count(), nPeople);
  const toggle = page.locator('[data-testid="legend-toggle"][data-type="person"]');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  assert.equal(await page.locator(people).count(), 0);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.match(new URL(page.url()).hash, /hide=person/);
  assert.ok(await page.locator('[data-testid="reader"] [data-testid="mention"]').count() > 0, 'other types stay');
  await page.reload();
  await page.waitForSelector(readerFor(a.id));
  assert.equal(await page.locator(people).count(), 0, 'hidden after reload');
  await page.locator('[data-testid="legend-toggle"][data-type="person"]').click();
  assert.equal(await page.locator(people).count(), nPeople);
  await page.context().close();
});

// The card sits just below the mention it describes, in the viewport.
async function tipUnder(page, mention) {
  const [t, m] = await page.evaluate((el) => [document.getElementById('mention-tip'), el].map((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, bottom: r.bottom };
  }), await mention.elementHandle());
  assert.ok(Math.abs(t.left - Math.max(m.left, 4)) < 2 && t.top >= m.bottom && t.top - m.bottom < 12
    && t.bottom <= innerHeightOf(page), `card at ${JSON.stringify(t)}, mention at ${JSON.stringify(m)}`);
}
const innerHeightOf = (page) => page.viewportSize().height;

test('hovering or focusing a mention shows its entity card', async () => {
  const { page, errors } = await openPage(env.browser);
  const a = ARTICLES[0];
  const m = a.mentions[0];
  const entity = ANALYSIS.entities.find((e) => e.id === m.entity);
  await page.goto(`${env.server.url}#article=${a.id}`);
  await page.waitForSelector(readerFor(a.id));
  await page.locator('[data-testid="reader"] [data-testid="mention"]').first().hover();
  const tip = page.getByTestId('mention-tip');
  await tip.waitFor();
  const text = await tip.innerText();
  assert.ok(text.includes(entity.name), text);
  assert.ok(text.includes(entity.type), text);
  // Placed by its style, which the page's policy must let through (and
  // moved when another mention is hovered).
  const mentions = page.locator('[data-testid="reader"] [data-testid="mention"]');
  await tipUnder(page, mentions.first());
  await mentions.nth(2).hover();
  await page.waitForFunction(() => document.querySelector('[data-testid="reader"] [aria-describedby="mention-tip"]'));
  await tipUnder(page, mentions.nth(2));
  // Near the window's bottom the card goes above its mention, inside the window.
  const low = mentions.nth(4);
  await low.evaluate((e) => scrollBy(0, e.getBoundingClientRect().bottom - innerHeight + 4));
  await low.hover();
  await page.waitForFunction(() => {
    const t = document.getElementById('mention-tip')?.getBoundingClientRect();
    const m = document.querySelector('[data-testid="reader"] [aria-describedby="mention-tip"]')?.getBoundingClientRect();
    return t && m && t.bottom <= m.top && t.top >= 0;
  }, null, { timeout: 5000 }).catch(() => {});
  const [card, mark] = await page.evaluate((el) => [document.getElementById('mention-tip'), el].map((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  }), await low.elementHandle());
  assert.ok(card.bottom <= mark.top && card.top >= 0 && mark.bottom <= innerHeightOf(page),
    `near the bottom: card at ${JSON.stringify(card)}, mention at ${JSON.stringify(mark)}`);
  // Keyboard: n focuses the first mention and shows its card.
  await page.mouse.move(0, 0);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('n');
  const focused = await page.evaluate(() => document.activeElement?.dataset.testid);
  assert.equal(focused, 'mention');
  await tip.waitFor();
  await tipUnder(page, page.locator(':focus'));
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('on a phone the card for a mention near the right edge stays inside the window', async () => {
  const { page, errors } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
  const a = ARTICLES[0];
  await page.goto(`${env.server.url}#article=${a.id}`);
  await page.waitForSelector(readerFor(a.id));
  // The mention whose left edge is furthest right, in the middle of the window.
  const index = await page.$$eval('[data-testid="reader"] [data-testid="mention"]', (ms) => {
    const lefts = ms.map((m) => m.getBoundingClientRect().left);
    return lefts.indexOf(Math.max(...lefts));
  });
  const mention = page.locator('[data-testid="reader"] [data-testid="mention"]').nth(index);
  await mention.evaluate((m) => m.scrollIntoView({ block: 'center' }));
  assert.ok(await mention.evaluate((m) => m.getBoundingClientRect().left > 200), 'a mention in the right half');
  await mention.hover();
  await page.getByTestId('mention-tip').waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('mention-tip').getBoundingClientRect();
    return r.left >= 0 && r.right <= document.documentElement.clientWidth;
  }, null, { timeout: 5000 }).catch(() => {});
  const [card, width] = await page.evaluate(() => [document.getElementById('mention-tip').getBoundingClientRect().toJSON(),
    document.documentElement.clientWidth]);
  assert.ok(card.left >= 0 && card.right <= width, `card ${card.left}-${card.right} in a ${width} px window`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the entity panel searches, filters the articles, and keeps the choice in the URL', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const panel = page.getByTestId('entity-panel');
  assert.equal(await panel.getByTestId('entity-row').count(), ANALYSIS.entities.filter((e) =>
    ARTICLES.some((a) => a.mentions.some((m) => m.entity === e.id))).length);
  // Pick an entity that some but not all articles mention, if there is one.
  const counts = ANALYSIS.entities.map((e) => ({ e, n: ARTICLES.filter((a) => a.mentions.some((m) => m.entity === e.id)).length }));
  const pick = counts.find((c) => c.n > 0 && c.n < ARTICLES.length) ?? counts.find((c) => c.n > 0);
  const search = page.getByTestId('entity-search');
  await search.fill(pick.e.name);
  const rows = panel.getByTestId('entity-row');
  assert.ok(await rows.count() >= 1);
  assert.ok((await rows.allTextContents()).every((t) => t.length > 0));
  await panel.locator(`[data-testid="entity-choose"][data-entity="${pick.e.id}"]`).click();
  assert.equal(await countAfter(page, pick.n), pick.n);
  assert.equal(await page.getByTestId('article-item').count(), pick.n);
  assert.match(new URL(page.url()).hash, new RegExp(`entity=${pick.e.id}`));
  // Open a listed article: the chosen entity is marked there.
  await page.getByTestId('article-item').first().click();
  await page.waitForSelector('[data-testid="reader"] mark.chosen');
  assert.ok((await page.locator('[data-testid="reader"] mark.chosen').count()) > 0);
  // n moves through the chosen entity's mentions only.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.entity), pick.e.id);
  // Reload keeps the filter; Back removes it in steps; clearing shows all.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId('result-count').getAttribute('data-count'), String(pick.n));
  await page.getByTestId('entity-clear').click();
  assert.equal(await countAfter(page, ARTICLES.length), ARTICLES.length);
  await page.goBack();
  assert.equal(await countAfter(page, pick.n), pick.n);
  await page.context().close();
});

test('opening an article patches the entity table: the same rows stay, their links follow the view', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  // Tag the drawn rows: a table drawn anew would not carry the tag.
  const rows = await page.$$eval('[data-testid="entity-row"]', (els) => {
    els.forEach((e, i) => { e.__drawn = i; });
    return els.length;
  });
  assert.ok(rows > 0);
  const id = ARTICLES[1].id;
  await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
  await page.waitForSelector(readerFor(id));
  const kept = await page.$$eval('[data-testid="entity-row"]', (els) => els.filter((e, i) => e.__drawn === i).length);
  assert.equal(kept, rows, 'every row is the element drawn before');
  // Its links keep the open article, as a table drawn anew would have.
  const href = await page.locator('[data-testid="entity-choose"]').first().getAttribute('href');
  assert.match(href, new RegExp(`article=${id}`));
  await page.locator('[data-testid="entity-choose"]').first().click();
  await page.waitForSelector(`${readerFor(id)} mark.chosen`);
  await page.context().close();
});

test('sorting by name orders the entity rows alphabetically', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByTestId('entity-sort').selectOption('name');
  const names = await page.$$eval('[data-testid="entity-choose"]', (els) => els.map((e) => e.textContent.trim().toLowerCase()));
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
  assert.equal(names.length, sorted.length);
  assert.deepEqual(names.slice(0, 5).map((n) => n[0]), sorted.slice(0, 5).map((n) => n[0]));
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations with entities shown (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, { colorScheme });
    const a = ARTICLES[0];
    const e = a.mentions[0].entity;
    await page.goto(`${env.server.url}#article=${a.id}&entity=${e}`);
    await page.waitForSelector('[data-testid="reader"] mark.chosen');
    await page.locator('[data-testid="reader"] [data-testid="mention"]').first().hover();
    await page.getByTestId('mention-tip').waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`), []);
    await context.close();
  });
}
