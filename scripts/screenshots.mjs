// Takes the README screenshots from the release build in dist/:
// node scripts/screenshots.mjs  (after `make dist`)
import fs from 'node:fs';
import { serve, launch, openPage, ready, CORPUS, DIST } from '../tests/e2e/support.mjs';

const out = 'docs/screenshots';
fs.mkdirSync(out, { recursive: true });
const server = await serve(DIST, '/');
const browser = await launch();
const first = CORPUS.articles[0]?.id ?? '';
const shots = [
  { name: 'reader-light', colorScheme: 'light', viewport: { width: 1280, height: 860 } },
  { name: 'reader-dark', colorScheme: 'dark', viewport: { width: 1280, height: 860 } },
  { name: 'reader-phone', colorScheme: 'light', viewport: { width: 360, height: 740 }, isMobile: true },
  { name: 'entities-light', colorScheme: 'light', viewport: { width: 1400, height: 900 }, entity: true },
  { name: 'entities-dark', colorScheme: 'dark', viewport: { width: 1400, height: 900 }, entity: true },
  { name: 'map-light', colorScheme: 'light', viewport: { width: 1400, height: 1000 }, map: true },
];
for (const s of shots) {
  const { page, context } = await openPage(browser, { colorScheme: s.colorScheme, viewport: s.viewport, isMobile: s.isMobile });
  const second = CORPUS.articles[1]?.id ?? first;
  if (s.map) {
    // The map with the first denial cell chosen, to show its evidence.
    await page.goto(`${server.url}#view=map`);
    await page.getByTestId('claim-map').waitFor();
    await page.locator('[data-testid="map-cell"][data-stance="denies"]').first().click();
    await page.getByTestId('evidence').waitFor();
  } else if (s.entity) {
    // Choose the most mentioned person and point at a mention, to show the card.
    await page.goto(`${server.url}#article=${second}`);
    await ready(page);
    const person = await page.locator('[data-testid="reader"] [data-testid="mention"][data-type="person"]').first().getAttribute('data-entity');
    await page.goto(`${server.url}#article=${second}&entity=${person}`);
    await page.waitForSelector('[data-testid="reader"] mark.chosen');
    await page.locator('[data-testid="reader"] [data-testid="mention"]').nth(3).hover();
    await page.getByTestId('mention-tip').waitFor();
  } else {
    await page.goto(`${server.url}#article=${first}`);
    await ready(page);
  }
  if (!s.map) await page.waitForSelector('[data-testid="reader"] h2');
  await page.screenshot({ path: `${out}/${s.name}.png` });
  console.log(`${out}/${s.name}.png`);
  await context.close();
}
await browser.close();
await server.close();
