// Tags the benchmark corpus (target/bench-corpus/*.txt, written by
// `cargo bench -p crossread-core --bench tagging`) with compromise, mapping
// its people / places / organizations to person / place / org, and prints
// one line: `compromise: N MB/s` (MB = 10^6 bytes).
import nlp from 'compromise';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, 'target', 'bench-corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`no .txt files in ${dir}: run cargo bench -p crossread-core --bench tagging first`);
  process.exit(1);
}
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

function tag(text) {
  const doc = nlp(text);
  const out = [];
  for (const [list, type] of [[doc.people(), 'person'], [doc.places(), 'place'], [doc.organizations(), 'org']]) {
    for (const m of list.json({ offset: true })) out.push({ type, text: m.text });
  }
  return out.length;
}

tag(texts[0]); // warm up the JIT and compromise's lexicon
const start = process.hrtime.bigint();
let mentions = 0;
for (const t of texts) mentions += tag(t);
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `compromise: ${(bytes / 1e6 / secs).toFixed(2)} MB/s (${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${mentions} mentions, ${secs.toFixed(3)} s)`,
);
