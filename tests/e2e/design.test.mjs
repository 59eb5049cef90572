// The design journeys: a phone shows one section at a time behind ARIA tabs,
// large text for a projector (a switch, remembered, and a link), reduced
// motion, and axe on every main view in both themes at phone size (the
// desktop views are checked by the other journey files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready, focusReaches, CORPUS } from './support.mjs';

const env = useBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const [first, second] = CORPUS.articles.map((a) => a.id);

// The chosen section, by its tab's id (`sec-articles`, `sec-reader`, `sec-analysis`).
const chosen = async (page) => (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('id')).slice(4);
const tab = (page, name) => page.getByRole('tab', { name, exact: true });
const hash = (page) => decodeURIComponent(new URL(page.url()).hash);

async function noSideways(page, what) {
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= 360, `${what}: the page is ${width}px wide`);
}

async function axeClean(page, what) {
  const result = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], what);
}

test('a phone shows one section at a time behind ARIA tabs, by click and by arrow keys', async () => {
  const { page, errors, context } = await openPage(env.browser, PHONE);
  await page.goto(env.server.url);
  await ready(page);
  const tabs = await page.getByRole('tablist', { name: 'Sections' }).getByRole('tab').evaluateAll((ts) =>
    ts.map((t) => [t.id.slice(4), t.getAttribute('aria-selected'), t.tabIndex, t.getAttribute('aria-controls')]));
  assert.deepEqual(tabs, [
    ['articles', 'true', 0, 'content'],
    ['reader', 'false', -1, 'content'],
    ['analysis', 'false', -1, 'content'],
  ]);
  // The layout is the panel; it holds the landmarks, and a main landmark
  // stays in every tab.
  const panel = page.locator('#content');
  assert.equal(await panel.getAttribute('role'), 'tabpanel');
  assert.equal(await page.locator('main').count(), 1);
  // The first screen reaches the articles: the header, the corpus bar and
  // the guide leave room for them.
  const top = await page.getByTestId('article-item').first().evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top < 600, `the first article starts at ${top}px`);
  assert.equal(await page.getByTestId('entity-panel').isVisible(), false);
  await noSideways(page, 'articles');

  // By click.
  await tab(page, 'Analysis').click();
  await page.getByTestId('claim-map').waitFor();
  assert.equal(await chosen(page), 'analysis');
  assert.match(hash(page), /view=map/);
  assert.equal(await page.getByTestId('article-list').isVisible(), false);
  assert.ok(await page.getByTestId('entity-panel').isVisible());
  await noSideways(page, 'analysis');

  // By keyboard: the arrows move and choose, wrapping; Home and End.
  const focused = () => page.evaluate(() => document.activeElement?.id.slice(4));
  await tab(page, 'Analysis').focus();
  for (const [key, want] of [['ArrowLeft', 'reader'], ['ArrowLeft', 'articles'], ['ArrowLeft', 'analysis'],
    ['ArrowRight', 'articles'], ['End', 'analysis'], ['Home', 'articles'], ['ArrowRight', 'reader']]) {
    await page.keyboard.press(key);
    await page.waitForFunction((w) => document.querySelector('[role="tab"][aria-selected="true"]')?.id === `sec-${w}`, want);
    assert.equal(await focused(), want, key);
  }
  // The focus is visible, and only the chosen tab is in the tab order.
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return document.activeElement.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });
  assert.ok(ring, 'the focused tab shows a focus ring');
  assert.deepEqual(await page.getByRole('tab').evaluateAll((ts) => ts.map((t) => t.tabIndex)), [-1, 0, -1]);
  assert.ok(await page.locator('#reader-main').isVisible());
  assert.doesNotMatch(hash(page), /view=/);

  // Opening an article from the list shows it in the reader, from any view.
  for (const from of ['Reader', 'Analysis']) {
    await tab(page, from).click();
    await tab(page, 'Articles').click();
    const id = from === 'Reader' ? first : second;
    await page.locator(`[data-testid="article-item"][data-article-id="${id}"]`).click();
    await page.waitForSelector(`[data-testid="reader"][data-article-id="${id}"]`);
    assert.equal(await chosen(page), 'reader', `opened from the list after ${from}`);
    assert.equal(await page.getByTestId('article-list').isVisible(), false);
    assert.ok(await page.getByTestId('reader').isVisible());
    assert.doesNotMatch(hash(page), /view=/);
    // The focus follows to the reader in the next frame.
    await focusReaches(page, 'reader-main');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-main');
    await noSideways(page, 'reader');
  }
  // Back returns to the view before.
  await page.goBack();
  await page.waitForFunction(() => location.hash.includes('view=map'));
  assert.equal(await chosen(page), 'analysis');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone opens a deep link on the reader; the header menu and the guide are compact and keyboard-usable', async () => {
  const { page, errors, context } = await openPage(env.browser, PHONE);
  await page.goto(`${env.server.url}#article=${second}`);
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${second}"] h2`);
  assert.equal(await chosen(page), 'reader');
  assert.ok(await page.getByTestId('reader').isVisible());
  // The guide is a sentence and a "More", not screens of text, and not a dialog.
  const guide = page.getByTestId('guide');
  const height = await guide.evaluate((g) => g.getBoundingClientRect().height);
  assert.ok(height < 220, `the guide is ${height}px tall`);
  assert.equal(await page.locator('dialog[open], [role="dialog"], [aria-modal="true"]').count(), 0);
  const headline = await page.getByTestId('reader').locator('h2').evaluate((h) => h.getBoundingClientRect().top);
  assert.ok(headline < 500, `the headline starts at ${headline}px`);
  await guide.getByText('More', { exact: true }).click();
  assert.ok(await guide.getByText('The claim map').isVisible());
  // The header is one row of name, menu and switches, then the tabs.
  const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
  assert.ok(header < 120, `the header is ${header}px tall`);
  // The menu opens and closes by keyboard; its actions work and close it.
  const menu = page.locator('details.menu');
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.ok(await page.getByTestId('embed-open').isVisible());
  await noSideways(page, 'menu open');
  await axeClean(page, 'menu open');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('embed-open').isVisible(), false);
  await page.keyboard.press('Enter');
  await page.getByTestId('guide-open').click();
  assert.equal(await page.getByTestId('guide-open').isVisible(), false, 'the menu closes after an action');
  // The focus moves to the guide's title in the next frame.
  await focusReaches(page, 'guide-title');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'guide-title');
  // The switches show a glyph but keep their names.
  assert.equal(await page.getByRole('button', { name: 'Dark theme' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Large text' }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the desktop keeps its three columns, with no tabs', async () => {
  const { page, context } = await openPage(env.browser);
  await page.goto(`${env.server.url}#article=${first}`);
  await page.waitForSelector('[data-testid="reader"] h2');
  assert.equal(await page.getByRole('tab').count(), 0);
  assert.equal(await page.locator('.layout').getAttribute('role'), null);
  for (const id of ['article-list', 'reader', 'entity-panel', 'offline-download', 'embed-open']) {
    assert.ok(await page.getByTestId(id).isVisible(), id);
  }
  await context.close();
});

test('large text: a header switch, remembered across a reload, and a link for a projector', async () => {
  const { page, errors, context } = await openPage(env.browser, { viewport: { width: 1280, height: 720 } });
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.goto(`${env.server.url}#article=${first}`);
  await page.waitForSelector('[data-testid="reader"] h2');
  const toggle = page.getByTestId('text-size');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await rootSize(), 16);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.ok((await rootSize()) >= 20);
  assert.match(hash(page), /text=large/);
  // Still usable at 1280x720: no sideways page scroll, the parts of the page
  // do not overlap, and the article keeps a readable measure.
  for (const view of [`#article=${first}&text=large`, '#view=map&text=large']) {
    await page.goto(`${env.server.url}${view}`);
    await ready(page);
    const layout = await page.evaluate(() => {
      const box = (s) => document.querySelector(s).getBoundingClientRect();
      const parts = ['.article-nav', '.reader-pane', '.entity-panel', '.brand', '.site-actions'].map((s) => [s, box(s)]);
      const overlaps = [];
      for (const [a, ra] of parts) for (const [b, rb] of parts) {
        if (a < b && ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) overlaps.push(`${a} ${b}`);
      }
      return { overlaps, width: document.scrollingElement.scrollWidth, reader: box('.reader-pane').width };
    });
    assert.deepEqual(layout.overlaps, [], view);
    assert.ok(layout.width <= 1280, `${view}: the page is ${layout.width}px wide`);
    assert.ok(layout.reader >= 600, `${view}: the reader is ${layout.reader}px wide`);
  }
  await axeClean(page, 'large text, map');
  // Remembered across a reload, even from a link without it.
  await page.goto(`${env.server.url}#article=${first}`);
  await page.reload();
  await page.waitForSelector('[data-testid="reader"] h2');
  assert.ok((await rootSize()) >= 20);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  // Off again, and forgotten.
  await toggle.click();
  assert.equal(await rootSize(), 16);
  assert.doesNotMatch(hash(page), /text=/);
  await page.reload();
  await page.waitForSelector('[data-testid="reader"] h2');
  assert.equal(await rootSize(), 16);
  assert.deepEqual(errors, []);
  await context.close();
  // A link turns it on in a browser that never chose it.
  const fresh = await openPage(env.browser);
  await fresh.page.goto(`${env.server.url}#article=${first}&text=large`);
  await fresh.page.waitForSelector('[data-testid="reader"] h2');
  assert.ok(await fresh.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)) >= 20);
  assert.equal(await fresh.page.getByTestId('text-size').getAttribute('aria-pressed'), 'true');
  await fresh.context.close();
});

test('reduced motion: no transition, animation or smooth scrolling anywhere', async () => {
  const motion = async (reducedMotion) => {
    const { page, context } = await openPage(env.browser, { reducedMotion });
    await page.goto(`${env.server.url}#article=${first}`);
    await page.waitForSelector('[data-testid="reader"] h2');
    const moving = await page.evaluate(() => {
      // A part that asks for motion, as a later change might.
      const probe = document.createElement('button');
      probe.style.cssText = 'transition: color 1s; animation: x 1s; scroll-behavior: smooth';
      document.querySelector('.site-footer').append(probe);
      const out = [];
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          const durations = `${s.transitionDuration},${s.animationDuration}`.split(',').map(parseFloat);
          if (durations.some((d) => d > 0) || s.animationName !== 'none' || s.scrollBehavior === 'smooth') {
            out.push(`${el.tagName.toLowerCase()}${pseudo ?? ''}`);
          }
        }
      }
      return out;
    });
    await context.close();
    return moving;
  };
  assert.deepEqual(await motion('no-preference'), ['button'], 'only the probe moves');
  assert.deepEqual(await motion('reduce'), []);
});

const VIEWS = [
  ['articles', ''],
  ['reader', `#article=${first}`],
  ...['map', 'graph', 'timeline', 'coverage', 'quotes', 'discrepancies', 'about'].map((v) => [v, `#view=${v}`]),
];
for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations on every view of a phone (${colorScheme})`, async () => {
    const { page, errors, context } = await openPage(env.browser, { ...PHONE, colorScheme });
    for (const [name, view] of VIEWS) {
      // A fresh load: a link opens on its section.
      await page.goto('about:blank');
      await page.goto(`${env.server.url}${view}`);
      await ready(page);
      const section = name === 'articles' || name === 'reader' ? name : 'analysis';
      await page.waitForFunction((s) => document.querySelector('[role="tab"][aria-selected="true"]')?.id === `sec-${s}`, section);
      if (name === 'reader') await page.waitForSelector('[data-testid="reader"] h2');
      await noSideways(page, name);
      await axeClean(page, `${name} (${colorScheme})`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
