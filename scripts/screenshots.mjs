// Takes the README screenshots from the release build in dist/:
// node scripts/screenshots.mjs  (after `make dist`)
//
// Every main view four times: on a desktop and on a 360 px phone, each in
// the light and the dark theme; then the phone's first screen (articles,
// with the first-run guide) and large text at 1280x720. The guide is put
// away in the other shots.
import fs from 'node:fs';
import { serve, launch, openPage, CORPUS, DIST } from '../tests/e2e/support.mjs';

const out = 'docs/screenshots';
fs.mkdirSync(out, { recursive: true });
const server = await serve(DIST, '/');
const browser = await launch();
const [first, second] = CORPUS.articles.map((a) => a.id);

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

// Each view: the hash to open, what to wait for, and an optional step.
const VIEWS = {
  reader: { hash: `#article=${first}`, wait: '[data-testid="reader"] h2' },
  entities: { hash: `#article=${second}`, wait: '[data-testid="reader"] h2', entity: true },
  map: { hash: '#view=map', wait: '[data-testid="claim-map"]', cell: true },
  graph: { hash: '#view=graph', wait: '[data-testid="claim-graph"]' },
  timeline: { hash: '#view=timeline', wait: '[data-testid="timeline"]' },
  coverage: { hash: '#view=coverage', wait: '[data-testid="coverage"]' },
  quotes: { hash: '#view=quotes', wait: '[data-testid="quote-compare"]' },
  discrepancies: { hash: '#view=discrepancies', wait: '[data-testid="discrepancies"]' },
};

const shots = [];
for (const view of Object.keys(VIEWS)) {
  for (const scheme of ['light', 'dark']) {
    shots.push({ name: `${view}-${scheme}`, view, colorScheme: scheme, ...DESKTOP });
    shots.push({ name: `${view}-phone-${scheme}`, view, colorScheme: scheme, ...PHONE });
  }
}
shots.push({ name: 'articles-phone-light', view: 'articles', colorScheme: 'light', guide: true, ...PHONE });
shots.push({ name: 'reader-large', view: 'reader', colorScheme: 'light', large: true, viewport: { width: 1280, height: 720 } });

for (const s of shots) {
  const { page, context } = await openPage(browser, { colorScheme: s.colorScheme, viewport: s.viewport, isMobile: s.isMobile, hasTouch: s.hasTouch });
  if (!s.guide) await context.addInitScript(() => localStorage.setItem('crossread-guide', 'dismissed'));
  const v = VIEWS[s.view] ?? { hash: '', wait: '[data-testid="article-item"]' };
  let hash = v.hash;
  if (v.entity) {
    // The most mentioned person chosen, to show the filter and the marks.
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector(v.wait);
    const person = await page.locator('[data-testid="reader"] [data-testid="mention"][data-type="person"]').first().getAttribute('data-entity');
    hash += `&entity=${person}`;
  }
  if (s.large) hash += '&text=large';
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector(v.wait);
  if (v.cell) {
    // The first denial chosen, to show its evidence.
    await page.locator('[data-testid="map-cell"][data-stance="denies"]').first().click();
    await page.getByTestId('evidence').waitFor();
  }
  if (v.entity) {
    if (s.isMobile) {
      // On a phone the entity table is in the Analysis tab.
      await page.getByRole('tab', { name: 'Analysis', exact: true }).click();
      await page.getByTestId('entity-panel').evaluate((p) => p.scrollIntoView());
    } else {
      // Point at a mention, to show its card.
      await page.locator('[data-testid="reader"] [data-testid="mention"]').nth(3).hover();
      await page.getByTestId('mention-tip').waitFor();
    }
  }
  await page.screenshot({ path: `${out}/${s.name}.png` });
  console.log(`${out}/${s.name}.png`);
  await context.close();
}
await browser.close();
await server.close();
