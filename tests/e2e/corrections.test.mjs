// Corrections by hand, in real Chromium: each kind made through the page
// changes the views, is kept across a reload, undoes (one by one and the
// last), goes into Export JSON (which the CLI validates and reproduces byte
// for byte), and imports again with the corrected analysis; axe is clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser, openPage, ready } from './support.mjs';

const env = useBrowser();
const BIN = process.env.CROSSREAD_BIN || 'target/release/crossread';
const ANALYSIS = JSON.parse(execFileSync(BIN, ['analyze', 'corpus/corpus.json'], { maxBuffer: 64 << 20 }).toString());

// Targets picked from the CLI's analysis, which the browser's equals.
const S = ANALYSIS.statements;
const P = ANALYSIS.propositions.find((p) => p.statements.length > 1 && S.find((s) => s.id === p.statements[0]).speaker);
const first = S.find((s) => s.id === P.statements[0]);
const others = S.filter((s) => s.speaker && s.proposition !== P.id);
const stanced = others[0];
const newStance = stanced.stance === 'denies' ? 'qualifies' : 'denies';
const spoken = others.find((s) => s.proposition !== stanced.proposition) || others[1];
const newSpeaker = S.find((s) => s.speaker && s.speaker !== spoken.speaker).speaker;
const used = new Set([P.id, stanced.proposition, spoken.proposition]);
const [M1, M2] = ANALYSIS.propositions.filter((p) => !used.has(p.id));
const mentioned = new Set(ANALYSIS.articles.flatMap((a) => a.mentions.map((m) => m.entity)));
const people = ANALYSIS.entities.filter((e) => e.type === 'person' && mentioned.has(e.id));
const [E1, E2, E3] = people;

// Sets the hash, keeping the corpus shown.
const hash = (page, h) => page.evaluate((x) => {
  const corpus = new URLSearchParams(location.hash.slice(1)).get('corpus');
  location.hash = corpus ? `corpus=${encodeURIComponent(corpus)}&${x}` : x;
}, h);
const notice = (page) => page.evaluate(() => document.querySelector('#corpus-notice')?.textContent ?? '');
// Runs `act` (which clicks a correction's button) and waits for the notice that says it was done.
async function fix(page, act) {
  const before = await notice(page);
  await act();
  await page.waitForFunction((b) => {
    const t = document.querySelector('#corpus-notice')?.textContent ?? '';
    return t !== b && /^(Corrected|Undone)/.test(t);
  }, before);
}
const cell = (p, speaker) => `view=map&cell=${encodeURIComponent(p)}~${encodeURIComponent(speaker)}`;
const kinds = (page) => page.getByTestId('correction').evaluateAll((els) => els.map((e) => e.dataset.kind));
async function corrections(page, n) {
  await hash(page, 'view=about');
  await page.waitForFunction((k) => document.querySelectorAll('[data-testid="correction"]').length === k
    && document.querySelector('[data-testid="corrections"]'), n);
  return kinds(page);
}
async function exportJson(page) {
  await hash(page, 'view=map');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  return fs.readFileSync(await dl.path(), 'utf8');
}
// How many corrections of the built-in corpus the browser keeps (IndexedDB).
const keptCount = (page) => page.evaluate(() => new Promise((resolve) => {
  const open = indexedDB.open('crossread', 1);
  open.onerror = () => resolve(-1);
  open.onsuccess = () => {
    try {
      const get = open.result.transaction('corpora').objectStore('corpora').get('');
      get.onsuccess = () => {
        open.result.close();
        const record = get.result;
        resolve(record ? JSON.parse(record.split('\n').slice(2).join('\n')).corrections?.length ?? 0 : 0);
      };
      get.onerror = () => resolve(-1);
    } catch {
      resolve(-1);
    }
  };
}));
async function kept(page, n) {
  for (let i = 0; i < 100 && (await keptCount(page)) !== n; i++) await page.waitForTimeout(50);
  assert.equal(await keptCount(page), n);
}
async function axeClean(page, what) {
  const result = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], what);
}

test('the targets exist in the analysis', () => {
  assert.ok(P && first && stanced && spoken && newSpeaker && M1 && M2 && E1 && E2 && E3);
});

test('each kind of correction made on the page changes the views, is kept, undoes and travels in the export', async () => {
  const { page, errors, context } = await openPage(env.browser, { acceptDownloads: true });
  await page.goto(env.server.url);
  await ready(page);

  // A statement's stance, from the evidence of its map cell.
  await hash(page, cell(stanced.proposition, stanced.speaker));
  const li = page.locator(`[data-testid="evidence"] li[data-statement="${stanced.id}"]`);
  await li.waitFor();
  await axeClean(page, 'the map with the correction forms');
  await li.locator(`#set_stance-${stanced.id}`).selectOption(newStance);
  await fix(page, () => li.getByTestId('fix-set_stance').click());
  await hash(page, `article=${stanced.article}&stmt=${stanced.id}`);
  await page.waitForSelector(`[data-testid="statement"][data-statement="${stanced.id}"][data-stance="${newStance}"]`);

  // A statement's speaker: it moves to the new speaker's column.
  await hash(page, cell(spoken.proposition, spoken.speaker));
  const li2 = page.locator(`[data-testid="evidence"] li[data-statement="${spoken.id}"]`);
  await li2.waitFor();
  await li2.locator(`#set_speaker-${spoken.id}`).selectOption(newSpeaker);
  await fix(page, () => li2.getByTestId('fix-set_speaker').click());
  await page.waitForSelector(`[data-testid="map-cell"][data-proposition="${spoken.proposition}"][data-speaker="${newSpeaker}"]`);

  // Split a statement off a claim into a new one, then rename the claim.
  const rows = () => page.locator('.prop-label').count();
  await hash(page, cell(P.id, first.speaker));
  await page.getByTestId('evidence').waitFor();
  const before = await rows();
  await page.locator(`#fix-move-${first.id}`).check();
  await page.getByTestId('correct-proposition').locator('summary').click();
  await page.locator(`#split_proposition-${P.id}`).fill('Split off by hand');
  await fix(page, () => page.getByTestId('fix-split_proposition').click());
  await page.waitForFunction(() => [...document.querySelectorAll('.prop-label')].some((e) => e.textContent === 'Split off by hand'));
  assert.equal(await rows(), before + 1);
  await hash(page, cell(P.id, P.statements.map((id) => S.find((s) => s.id === id)).find((s) => s.id !== first.id && s.speaker)?.speaker ?? first.speaker));
  await page.getByTestId('correct-proposition').locator('summary').click();
  await page.locator(`#rename_proposition-${P.id}`).fill('Renamed by hand');
  await fix(page, () => page.getByTestId('fix-rename_proposition').click());
  await page.waitForFunction(() => [...document.querySelectorAll('.prop-label')].some((e) => e.textContent === 'Renamed by hand'));

  // Merge two claims: one row fewer.
  const m1 = S.find((s) => s.id === M1.statements.find((id) => S.find((x) => x.id === id).speaker));
  await hash(page, cell(M1.id, m1.speaker));
  await page.getByTestId('evidence').waitFor();
  const n = await rows();
  await page.getByTestId('correct-proposition').locator('summary').click();
  await page.locator(`#merge_propositions-${M1.id}`).selectOption(M2.id);
  await fix(page, () => page.getByTestId('fix-merge_propositions').click());
  await page.waitForFunction((k) => document.querySelectorAll('.prop-label').length === k, n - 1);
  // The chosen cell followed its claim.
  assert.match(await page.evaluate(() => location.hash), new RegExp(`cell=${M2.id}~`));

  // Rename an entity, by keyboard, from the entity panel.
  await hash(page, `entity=${E1.id}`);
  const panel = page.getByTestId('entity-panel');
  await panel.getByTestId('correct-entity').locator('summary').focus();
  await page.keyboard.press('Enter');
  await panel.locator(`#rename_entity-${E1.id}`).fill('Renamed Person');
  await axeClean(page, 'the entity panel with its correction form open');
  await panel.getByTestId('fix-rename_entity').focus();
  await fix(page, () => page.keyboard.press('Enter'));
  await page.waitForFunction((id) => document.querySelector(`[data-testid="entity-row"][data-entity="${id}"] a`)?.textContent === 'Renamed Person', E1.id);
  // The page is drawn afresh; focus comes back to the form's summary.
  await page.waitForFunction((id) => document.activeElement?.id === `fix-entity-${id}`, E1.id);

  // Merge two entities: the mentions of one become the other's, and the choice follows.
  await hash(page, `entity=${E2.id}`);
  await panel.getByTestId('correct-entity').locator('summary').click();
  await panel.locator(`#merge_entities-${E2.id}`).selectOption(E3.id);
  await fix(page, () => panel.getByTestId('fix-merge_entities').click());
  await page.waitForFunction((id) => !document.querySelector(`[data-testid="entity-row"][data-entity="${id}"]`), E2.id);
  assert.match(await page.evaluate(() => location.hash), new RegExp(`entity=${E3.id}`));
  const article = ANALYSIS.articles.find((a) => a.mentions.some((m) => m.entity === E2.id));
  await hash(page, `article=${article.id}`);
  await page.waitForSelector(`[data-testid="reader"][data-article-id="${article.id}"]`);
  assert.equal(await page.locator(`[data-testid="mention"][data-entity="${E2.id}"]`).count(), 0);
  assert.ok(await page.locator(`[data-testid="mention"][data-entity="${E3.id}"]`).count() > 0);

  // The list of corrections, kept across a reload.
  const all = ['set_stance', 'set_speaker', 'split_proposition', 'rename_proposition', 'merge_propositions', 'rename_entity', 'merge_entities'];
  assert.deepEqual(await corrections(page, 7), all);
  await axeClean(page, 'the list of corrections');
  await kept(page, 7);
  await page.reload();
  await ready(page);
  assert.deepEqual(await corrections(page, 7), all);
  await hash(page, `entity=${E1.id}`);
  await page.waitForFunction((id) => document.querySelector(`[data-testid="entity-row"][data-entity="${id}"] a`)?.textContent === 'Renamed Person', E1.id);

  // The export carries them; the CLI validates it and reproduces it byte for byte.
  const json = await exportJson(page);
  assert.deepEqual(JSON.parse(json).corrections.map((c) => c.kind), all);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossread-corrections-'));
  const file = path.join(dir, 'corrected.json');
  fs.writeFileSync(file, json);
  assert.equal(execFileSync(BIN, ['validate', file]).toString(), 'ok: 5 articles, 7 corrections\n');
  assert.equal(execFileSync(BIN, ['analyze', file], { maxBuffer: 64 << 20 }).toString(), json);

  // Undo one in the middle (the entity's new name).
  await corrections(page, 7);
  await fix(page, () => page.locator('[data-testid="correction-undo"][data-index="5"]').click());
  assert.deepEqual(await corrections(page, 6), all.filter((k) => k !== 'rename_entity'));
  await hash(page, `entity=${E1.id}`);
  await page.waitForFunction((id) => document.querySelector(`[data-testid="entity-row"][data-entity="${id}"] a`)?.textContent !== 'Renamed Person', E1.id);
  // Undo the last one from the notice that says it was made.
  await panel.getByTestId('correct-entity').locator('summary').click();
  await panel.locator(`#rename_entity-${E1.id}`).fill('Once more');
  await fix(page, () => panel.getByTestId('fix-rename_entity').click());
  await fix(page, () => page.getByTestId('corpus-undo').click());
  assert.deepEqual(await corrections(page, 6), all.filter((k) => k !== 'rename_entity'));
  await kept(page, 6);
  await page.reload();
  await ready(page);
  assert.deepEqual(await corrections(page, 6), all.filter((k) => k !== 'rename_entity'));
  await hash(page, `entity=${E1.id}`);
  await page.waitForSelector(`[data-testid="entity-row"][data-entity="${E1.id}"]`);
  assert.equal(await page.locator(`[data-testid="entity-row"][data-entity="${E1.id}"] a`).textContent(), E1.name);

  // The export imports again as a corpus with the corrected analysis.
  await page.getByTestId('import').setInputFiles([{ name: 'corrected.json', mimeType: 'application/json', buffer: Buffer.from(json) }]);
  await page.waitForFunction(() => location.hash.includes('corpus='));
  assert.deepEqual(await corrections(page, 7), all);
  await hash(page, 'view=map');
  await page.waitForFunction(() => [...document.querySelectorAll('.prop-label')].some((e) => e.textContent === 'Renamed by hand'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a correction that cannot be made says why and changes nothing', async () => {
  const { page, errors, context } = await openPage(env.browser);
  await page.goto(`${env.server.url}#entity=${E1.id}`);
  await ready(page);
  const panel = page.getByTestId('entity-panel');
  await panel.getByTestId('correct-entity').locator('summary').click();
  // No entity chosen to merge into, then an empty name.
  await panel.getByTestId('fix-merge_entities').click();
  await page.getByTestId('error').waitFor();
  assert.match(await page.getByTestId('error').textContent(), /Choose the entity/);
  await panel.locator(`#rename_entity-${E1.id}`).fill('   ');
  await panel.getByTestId('fix-rename_entity').click();
  await page.waitForFunction(() => /the new name is empty/.test(document.querySelector('[data-testid="error"]')?.textContent));
  assert.deepEqual(await corrections(page, 0), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the correction forms are axe clean in the dark theme', async () => {
  const { page, context } = await openPage(env.browser, { colorScheme: 'dark' });
  await page.goto(`${env.server.url}#entity=${E1.id}&${cell(stanced.proposition, stanced.speaker)}`);
  await page.getByTestId('evidence').waitFor();
  await page.getByTestId('correct-proposition').locator('summary').click();
  await page.getByTestId('correct-entity').locator('summary').click();
  await axeClean(page, 'the forms, dark');
  await context.close();
});
