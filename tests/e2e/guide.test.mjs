// The first-run guide (never blocking, dismissed and remembered, back on
// demand) and the "About this corpus" view, in real Chromium with axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready, focusReaches, CORPUS } from './support.mjs';

const env = useBrowser();

test('the guide shows on a first visit without blocking the page, and stays away once put away', async () => {
  const { page, errors, context } = await openPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const guide = page.getByTestId('guide');
  await guide.waitFor();
  const text = await guide.textContent();
  for (const word of ['Highlights', 'asserts', 'denies', 'qualifies', 'claim map']) assert.ok(text.includes(word), word);
  // Not modal: no dialog, and the page under it works.
  assert.equal(await page.locator('dialog[open], [role="dialog"], [aria-modal="true"]').count(), 0);
  const first = CORPUS.articles[0].id;
  await page.locator(`[data-testid="article-item"][data-article-id="${first}"]`).click();
  await page.waitForFunction((id) => location.hash.includes(`article=${id}`), first);
  // Put away with the keyboard; focus goes to the button that brings it back.
  await page.getByTestId('guide-close').focus();
  await page.keyboard.press('Enter');
  await guide.waitFor({ state: 'detached' });
  // The focus moves in the next frame, once the header is drawn again.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'guide-open', null, { timeout: 5000 });
  await page.reload();
  await ready(page);
  await page.waitForTimeout(200);
  assert.equal(await guide.count(), 0);
  await page.getByTestId('guide-open').click();
  await guide.waitFor();
  // The focus moves to the guide's title in the next frame.
  await focusReaches(page, 'guide-title');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'guide-title');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`About this corpus lists every source with what was set aside (${colorScheme}), axe clean`, async () => {
    const { page, errors, context } = await openPage(env.browser, { colorScheme });
    await page.goto(env.server.url);
    await ready(page);
    await page.getByTestId('tab-about').click();
    const about = page.getByTestId('about');
    await about.waitFor();
    assert.match(new URL(page.url()).hash, /view=about/);
    const ids = await about.getByTestId('about-source').evaluateAll((els) => els.map((e) => e.dataset.articleId));
    assert.deepEqual(ids, CORPUS.articles.map((a) => a.id));
    const summary = await about.locator('.about-summary').textContent();
    assert.match(summary, new RegExp(`^${CORPUS.articles.length} articles from \\d+ outlets? `));
    const removed = CORPUS.articles.reduce((n, a) => n + a.boilerplate.length, 0);
    assert.ok(summary.includes(`${removed} lines of page furniture`), summary);
    // Each source shows its furniture lines, exactly as the corpus holds them.
    for (const a of CORPUS.articles.filter((x) => x.boilerplate.length)) {
      const item = about.locator(`[data-testid="about-source"][data-article-id="${a.id}"]`);
      await item.locator('summary', { hasText: 'page furniture' }).click();
      const lines = await item.locator('details').first().locator('li').allTextContents();
      assert.deepEqual(lines, a.boilerplate);
    }
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    // A source's headline opens it in the reader.
    await about.getByTestId('about-source').first().locator('a').click();
    await page.getByTestId('reader').waitFor();
    assert.match(new URL(page.url()).hash, new RegExp(`article=${CORPUS.articles[0].id}`));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
