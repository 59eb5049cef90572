// The claim/denial map in the browser: statements marked in the reader as
// the CLI finds them, the map's cells, the evidence of a cell linking to the
// reader at that sentence, the filters followed, the URL kept, and axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready } from './support.mjs';

const BIN = process.env.CROSSREAD_BIN || 'target/release/crossread';
const ANALYSIS = JSON.parse(execFileSync(BIN, ['analyze', 'corpus/corpus.json'], { maxBuffer: 64 << 20 }).toString());
const env = useBrowser();

test('the engine finds statements of every stance and groups them', () => {
  const stances = new Set(ANALYSIS.statements.map((s) => s.stance));
  assert.deepEqual([...stances].sort(), ['asserts', 'denies', 'qualifies']);
  assert.ok(ANALYSIS.propositions.some((p) => p.statements.length > 1), 'some proposition groups several statements');
});

test('the reader marks each statement the CLI reports, with its stance', async () => {
  const { page, errors } = await openPage(env.browser);
  for (const a of ANALYSIS.articles) {
    await page.goto(`${env.server.url}#article=${a.id}`);
    await page.waitForSelector(`[data-testid="reader"][data-article-id="${a.id}"]`);
    const want = ANALYSIS.statements.filter((s) => s.article === a.id).map((s) => [s.id, s.stance]);
    const shown = await page.$$eval('[data-testid="reader"] [data-testid="statement"]', (els) =>
      els.map((e) => [e.dataset.statement, e.dataset.stance]));
    const sortById = (x) => [...x].sort((p, q) => p[0].localeCompare(q[0], 'en', { numeric: true }));
    assert.deepEqual(sortById(shown), sortById(want), a.id);
    // Marks add no text and break no mention.
    const paragraphs = await page.getByTestId('paragraph').allTextContents();
    assert.deepEqual(paragraphs, a.body.split('\n\n').filter((p) => p.trim()));
    assert.equal(await page.locator('[data-testid="mention"] [data-testid="statement"]').count(), 0, 'no statement inside a mention');
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the map shows a cell per speaker and claim; a cell lists its evidence and links to the sentence', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#view=map`);
  await page.getByTestId('claim-map').waitFor();
  const cells = page.getByTestId('map-cell');
  assert.ok(await cells.count() > 3);
  // Every cell's stance is one of the format's and it names its proposition and speaker.
  const attrs = await cells.evaluateAll((els) => els.map((e) => [e.dataset.stance, e.dataset.proposition, e.dataset.speaker, e.textContent]));
  for (const [stance, prop, speaker, text] of attrs) {
    assert.ok(['asserts', 'denies', 'qualifies'].includes(stance));
    assert.ok(ANALYSIS.propositions.some((p) => p.id === prop), prop);
    assert.ok(ANALYSIS.statements.some((s) => s.proposition === prop && s.speaker === speaker), `${prop} ${speaker}`);
    assert.match(text, /[✓✗≈]/, 'a glyph, not colour alone');
  }
  // Choose a denial cell: the evidence lists exactly its statements.
  const denial = page.locator('[data-testid="map-cell"][data-stance="denies"]').first();
  const prop = await denial.getAttribute('data-proposition');
  const speaker = await denial.getAttribute('data-speaker');
  await denial.click();
  const evidence = page.getByTestId('evidence');
  await evidence.waitFor();
  const expected = ANALYSIS.statements.filter((s) => s.proposition === prop && s.speaker === speaker);
  assert.equal(await evidence.locator('li').count(), expected.length);
  assert.ok((await evidence.innerText()).includes(expected[0].sentence.slice(0, 40)));
  assert.match(new URL(page.url()).hash, new RegExp(`cell=${prop}~${speaker}`));
  // The cell survives a reload.
  await page.reload();
  await page.getByTestId('evidence').waitFor();
  // The link opens the reader at that sentence.
  await page.getByTestId('evidence').locator('a').first().click();
  const first = expected[0];
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${first.article}"]`);
  await page.waitForSelector(`[data-testid="statement"][data-statement="${first.id}"].focused`);
  const inView = await page.locator(`[data-statement="${first.id}"]`).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  });
  assert.ok(inView, 'the sentence is scrolled into view');
  // Back returns to the map with the cell chosen.
  await page.goBack();
  await page.getByTestId('evidence').waitFor();
  await page.context().close();
});

test('the map follows the article filter', async () => {
  const { page } = await openPage(env.browser);
  // An entity mentioned by one article only restricts the map to that article's statements.
  const byArticle = new Map();
  for (const a of ANALYSIS.articles) for (const m of a.mentions) {
    if (!byArticle.has(m.entity)) byArticle.set(m.entity, new Set());
    byArticle.get(m.entity).add(a.id);
  }
  const [entity, arts] = [...byArticle].find(([, s]) => s.size === 1 && ANALYSIS.statements.some((st) => st.article === [...s][0]));
  const only = [...arts][0];
  const props = new Set(ANALYSIS.statements.filter((s) => s.article === only).map((s) => s.proposition));
  await page.goto(`${env.server.url}#view=map&entity=${entity}`);
  await page.getByTestId('claim-map').waitFor();
  const shown = new Set(await page.getByTestId('map-cell').evaluateAll((els) => els.map((e) => e.dataset.proposition)));
  for (const p of shown) assert.ok(props.has(p), `${p} comes from the filtered article`);
  assert.ok(shown.size > 0);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations on the map and marked reader (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, { colorScheme });
    await page.goto(`${env.server.url}#view=map`);
    await page.getByTestId('map-cell').first().click();
    await page.getByTestId('evidence').waitFor();
    let result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target).join(' ')})`), [], 'map');
    await page.goto(`${env.server.url}#article=${ANALYSIS.articles[0].id}`);
    await page.waitForSelector('[data-testid="statement"]');
    result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target).join(' ')})`), [], 'reader');
    await context.close();
  });
}

test('the graph draws a line per map cell, with the stance as a dash pattern', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#view=map`);
  await page.getByTestId('claim-map').waitFor();
  const cells = await page.getByTestId('map-cell').count();
  await page.getByTestId('tab-graph').click();
  const graph = page.getByTestId('claim-graph');
  await graph.waitFor();
  assert.equal(await graph.locator('line.edge').count(), cells);
  const dashes = await graph.locator('line.edge').evaluateAll((els) => els.map((e) => [e.dataset.stance, e.getAttribute('stroke-dasharray')]));
  for (const [stance, d] of dashes) assert.equal(d, { asserts: 'none', denies: '8 5', qualifies: '2 4' }[stance]);
  assert.ok(await graph.locator('a').count() >= 1, 'links to the table equivalent');
  await page.context().close();
});

test('exports: JSON byte-identical to the CLI, CSV per cell, SVG per cell', async () => {
  const { page } = await openPage(env.browser);
  await page.goto(`${env.server.url}#view=map`);
  await page.getByTestId('claim-map').waitFor();
  const fs = await import('node:fs');
  const grab = async (id) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    return fs.readFileSync(await dl.path(), 'utf8');
  };
  const json = await grab('export-json');
  const cli = execFileSync(BIN, ['analyze', 'corpus/corpus.json'], { maxBuffer: 64 << 20 }).toString();
  assert.equal(json, cli, 'the browser analysis equals the CLI byte for byte');
  const csv = await grab('export-csv');
  const lines = csv.trim().split('\n');
  assert.equal(lines[0], 'proposition_id,proposition,speaker_id,speaker,side,stance,said_on,articles,statements');
  assert.equal(lines.length - 1, await page.getByTestId('map-cell').count());
  const svg = await grab('export-svg');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((svg.match(/<line /g) || []).length, lines.length - 1);
  // ClaimReview: one per map cell, the proposition as claimReviewed, the
  // speaker as author, the articles as appearances, and never a verdict.
  const reviews = JSON.parse(await grab('export-claimreview'));
  assert.equal(reviews.length, lines.length - 1);
  const labels = new Set(ANALYSIS.propositions.map((p) => p.label));
  const ids = new Set(ANALYSIS.articles.map((a) => a.id));
  for (const r of reviews) {
    assert.equal(r['@context'], 'https://schema.org');
    assert.equal(r['@type'], 'ClaimReview');
    assert.ok(labels.has(r.claimReviewed), `claimReviewed is a proposition: ${r.claimReviewed}`);
    assert.ok(!('reviewRating' in r), 'no verdict is invented');
    assert.ok(r.itemReviewed.author.name, 'the speaker is the author');
    assert.ok(['asserts', 'denies', 'qualifies'].includes(r.itemReviewed.description));
    assert.ok(r.itemReviewed.appearance.length >= 1);
    for (const a of r.itemReviewed.appearance) assert.ok(ids.has(a.identifier));
  }
  await page.context().close();
});

test('timeline, coverage and quotes views render from the analysis', async () => {
  const { page, errors } = await openPage(env.browser);
  // Timeline: every dated statement appears under its day, days in order.
  await page.goto(`${env.server.url}#view=timeline`);
  await page.getByTestId('timeline').waitFor();
  const dated = ANALYSIS.statements.filter((s) => s.said_on);
  const days = await page.locator('.tl-day').evaluateAll((els) => els.map((e) => e.dataset.day));
  assert.deepEqual(days, [...new Set(dated.map((s) => s.said_on))].sort());
  assert.equal(await page.locator('.tl-item').count(), dated.length);
  // Coverage: a row per proposition, a column per outlet; zeros are marked as left out.
  await page.getByTestId('tab-coverage').click();
  const cov = page.getByTestId('coverage');
  await cov.waitFor();
  assert.equal(await cov.locator('tbody tr').count(), ANALYSIS.propositions.length);
  const p1 = ANALYSIS.propositions[0];
  const total = await cov.locator(`tr[data-proposition="${p1.id}"] td`).evaluateAll((tds) => tds.reduce((n, td) => n + Number(td.dataset.count), 0));
  assert.equal(total, p1.statements.length);
  // Quotes and discrepancies render (their content depends on the engine).
  await page.getByTestId('tab-quotes').click();
  await page.getByTestId('quote-compare').waitFor();
  assert.match(new URL(page.url()).hash, /view=quotes/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations on timeline, coverage, quotes, graph, discrepancies (${colorScheme})`, async () => {
    const { page, context } = await openPage(env.browser, { colorScheme });
    for (const v of ['timeline', 'coverage', 'quotes', 'graph', 'discrepancies']) {
      await page.goto(`${env.server.url}#view=${v}`);
      await page.waitForSelector(`[data-testid="${v === 'quotes' ? 'quote-compare' : v === 'graph' ? 'claim-graph' : v}"]`);
      const result = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.slice(0, 3).map((n) => n.target).join(' ')})`), [], v);
    }
    await context.close();
  });
}

test('the discrepancy list names each kind and links to its evidence in the reader', async () => {
  const { page, errors } = await openPage(env.browser);
  await page.goto(env.server.url);
  await page.getByTestId('tab-discrepancies').click();
  const list = page.getByTestId('discrepancies');
  await list.waitFor();
  assert.match(new URL(page.url()).hash, /view=discrepancies/);
  const kinds = await list.locator('li.disc').evaluateAll((els) => els.map((e) => e.dataset.kind));
  // The seeds share agency copy, so at least that is found.
  assert.ok(kinds.length >= 1, 'some discrepancy is listed');
  for (const k of kinds) assert.ok(['title', 'number', 'quote_speaker', 'direction', 'shared_wire'].includes(k), k);
  // Every item links to evidence; following one opens the reader there.
  const items = list.locator('li.disc');
  for (let i = 0; i < kinds.length; i++) assert.ok(await items.nth(i).locator('.disc-evidence a').count() >= 1);
  const link = items.first().locator('.disc-evidence a').first();
  const href = await link.getAttribute('href');
  const article = new URLSearchParams(href.slice(1)).get('article');
  await link.click();
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${article}"]`);
  assert.deepEqual(errors, []);
  await page.context().close();
});
