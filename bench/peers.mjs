// Entity tagging side by side, in one Node process, on the same files:
// Crossread (its wasm, the release build of crates/bench-web, called from
// JavaScript), compromise and wink-nlp (npm).
//
// 1. Throughput on the benchmark corpus (target/bench-corpus/*.txt, written
//    by `cargo bench -p crossread-core --bench tagging`), after one warm-up
//    file; prints `crossread-wasm: N MB/s`, `compromise: N MB/s` and
//    `wink-nlp: N MB/s` lines (MB = 10^6 bytes of UTF-8).
// 2. Precision and recall of person / organisation / place mentions on the
//    seed articles (corpus/corpus.json) against the hand annotation that
//    crates/core/tests/entity_quality.rs reads
//    (crates/core/tests/fixtures/gold/entities.json), with offsets in bytes
//    of the body:
//    - typed, exact: same start, end and type (the quality test's rule);
//    - typed, overlap: a prediction and a gold mention of the same type
//      that share a character, matched one to one (peers draw span edges
//      differently: titles, possessives, "the");
//    - untyped, overlap: any type, against all gold person/org/place
//      mentions (measures finding names at all; wink-nlp is only scored
//      this way, see below).
//    How each tagger's output maps to our types:
//    - Crossread: its person, org and place mentions (nationality, date,
//      event and quantity are left out, as the gold's are).
//    - compromise 14: people() -> person, organizations() -> org,
//      places() -> place.
//    - wink-nlp 2 with wink-eng-lite-web-model: its named entities are
//      DATE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL and the like, with no
//      person, organisation or place type, so nothing maps to ours (typed
//      recall 0). For the untyped score, each maximal run of tokens tagged
//      PROPN by its part-of-speech tagger counts as one named mention.
// Prints one comparison table. Usage: node bench/peers.mjs [NATIVE_MB_S]
// (the native criterion figure, shown in the table when given).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');
const wink = winkNLP(winkModel);
const its = wink.its;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const native = process.argv[2];
const glueFile = join(root, 'target', 'bench-web', 'release', 'crossread_bench_web.js');
if (!existsSync(glueFile)) {
  console.error(`${glueFile} is missing: run scripts/bench.sh (it builds crates/bench-web)`);
  process.exit(1);
}
const glue = await import(glueFile);
glue.initSync({ module: readFileSync(join(root, 'target', 'bench-web', 'release', 'crossread_bench_web_bg.wasm')) });
const versions = {
  compromise: JSON.parse(readFileSync(join(root, 'node_modules', 'compromise', 'package.json'))).version,
  wink: JSON.parse(readFileSync(join(root, 'node_modules', 'wink-nlp', 'package.json'))).version,
  model: JSON.parse(readFileSync(join(root, 'node_modules', 'wink-eng-lite-web-model', 'package.json'))).version,
};

// ---- taggers: text -> [{ start, end, type }] in UTF-16 offsets ----------
function compromiseTag(text) {
  const doc = nlp(text);
  const out = [];
  for (const [list, type] of [[doc.people(), 'person'], [doc.places(), 'place'], [doc.organizations(), 'org']]) {
    for (const m of list.json({ offset: true })) {
      const o = m.offset ?? m.terms?.[0]?.offset;
      if (o) out.push({ start: o.start, end: o.start + o.length, type });
    }
  }
  return out;
}

// wink: token offsets from the preceding spaces it keeps for each token.
function winkTag(text) {
  const doc = wink.readDoc(text);
  const tokens = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  const starts = [];
  let at = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    at += spaces[i].length;
    // Keep to the text when wink normalised something.
    const found = text.indexOf(tokens[i], at);
    if (found >= 0 && found - at < 8) at = found;
    starts.push(at);
    at += tokens[i].length;
  }
  const out = [];
  for (let i = 0; i < tokens.length;) {
    if (pos[i] !== 'PROPN') { i += 1; continue; }
    let j = i;
    while (j + 1 < tokens.length && pos[j + 1] === 'PROPN') j += 1;
    out.push({ start: starts[i], end: starts[j] + tokens[j].length, type: 'name' });
    i = j + 1;
  }
  // Its named entities, for the count (none is a person, org or place).
  const typed = doc.entities().out(its.type).length;
  return { names: out, typed };
}

// ---- 1. throughput ------------------------------------------------------
const dir = join(root, 'target', 'bench-corpus');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
if (files.length === 0) {
  console.error(`no .txt files in ${dir}: run cargo bench -p crossread-core --bench tagging first`);
  process.exit(1);
}
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const speed = {};
function timeIt(name, fn) {
  const start = process.hrtime.bigint();
  const mentions = fn();
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  speed[name] = { mbs: bytes / 1e6 / secs, secs, mentions };
  console.log(`${name}: ${(bytes / 1e6 / secs).toFixed(2)} MB/s (${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${mentions} mentions, ${secs.toFixed(3)} s)`);
}
glue.tag_texts(texts[0]);
timeIt('crossread-wasm', () => glue.tag_texts(texts.join('\0')));
compromiseTag(texts[0]);
timeIt('compromise', () => texts.reduce((n, t) => n + compromiseTag(t).length, 0));
winkTag(texts[0]);
timeIt('wink-nlp', () => texts.reduce((n, t) => { const w = winkTag(t); return n + w.names.length + w.typed; }, 0));

// ---- 2. quality on the seeds -------------------------------------------
const corpus = readFileSync(join(root, 'corpus', 'corpus.json'), 'utf8');
const gold = JSON.parse(readFileSync(join(root, 'crates', 'core', 'tests', 'fixtures', 'gold', 'entities.json'), 'utf8'));
const analysed = JSON.parse(glue.analyze_json(corpus));
if (analysed.error) throw new Error(analysed.error);
const TYPES = ['person', 'org', 'place'];
const byteOffset = (text, i) => Buffer.byteLength(text.slice(0, i), 'utf8');
const toBytes = (text, ms) => ms.map((m) => ({ ...m, start: byteOffset(text, m.start), end: byteOffset(text, m.end) }));

const predictions = { crossread: [], compromise: [], 'wink-nlp': [] };
const golds = [];
for (const a of analysed.articles) {
  const g = (gold[a.id] ?? []).filter((m) => TYPES.includes(m.type));
  golds.push(g);
  predictions.crossread.push(a.mentions.filter((m) => TYPES.includes(m.type)));
  predictions.compromise.push(toBytes(a.body, compromiseTag(a.body)));
  predictions['wink-nlp'].push(toBytes(a.body, winkTag(a.body).names));
}

// Counts true positives one to one; `same` says whether p may match g.
function score(preds, golds, same) {
  let tp = 0, np = 0, ng = 0;
  preds.forEach((ps, k) => {
    const gs = golds[k];
    np += ps.length;
    ng += gs.length;
    const used = new Set();
    for (const p of ps) {
      const i = gs.findIndex((g, i) => !used.has(i) && same(p, g));
      if (i >= 0) { used.add(i); tp += 1; }
    }
  });
  return { p: np ? tp / np : NaN, r: ng ? tp / ng : NaN, tp, np, ng };
}
const exact = (p, g) => p.start === g.start && p.end === g.end && p.type === g.type;
const overlapTyped = (p, g) => p.type === g.type && p.start < g.end && g.start < p.end;
const overlap = (p, g) => p.start < g.end && g.start < p.end;
const only = (type) => (list) => list.map((ms) => ms.filter((m) => m.type === type));

const f = (x) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const pr = (s) => `${f(s.p)} / ${f(s.r)}`;
const rows = [
  ['crossread', `Crossread (wasm in Node)`, 'crossread-wasm'],
  ['compromise', `compromise ${versions.compromise}`, 'compromise'],
  ['wink-nlp', `wink-nlp ${versions.wink} + eng-lite-web-model ${versions.model}`, 'wink-nlp'],
];
console.log(`\n== entity tagging side by side (Node ${process.version}, same machine, same files) ==`);
console.log(`throughput: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB; quality: the ${analysed.articles.length} seed articles, ` +
  `${golds.flat().length} gold person/org/place mentions; P / R`);
console.log('| tagger | throughput | person, exact | org, exact | place, exact | all three, exact | all three, overlap | any name, overlap (untyped) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
if (native) console.log(`| Crossread (native, release) | ${native} MB/s | | | | | | |`);
for (const [key, label, sp] of rows) {
  const ps = predictions[key];
  const typed = key !== 'wink-nlp';
  const cells = typed
    ? [...TYPES.map((t) => pr(score(only(t)(ps), only(t)(golds), exact))), pr(score(ps, golds, exact)), pr(score(ps, golds, overlapTyped))]
    : ['– / 0.00', '– / 0.00', '– / 0.00', '– / 0.00', '– / 0.00'];
  console.log(`| ${label} | ${speed[sp].mbs.toFixed(2)} MB/s | ${cells.join(' | ')} | ${pr(score(ps, golds, overlap))} |`);
}
console.log('(exact: same byte span and type; overlap: sharing a character, one to one. wink-nlp\'s model has no person, org or place ' +
  'entity type, so its typed cells are empty; its untyped figure scores runs of PROPN tokens.)');
