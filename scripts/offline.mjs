#!/usr/bin/env node
// Trunk's post_build hook (also runnable by hand: node scripts/offline.mjs DIR).
// On the built site in DIR (trunk's staging dir) it:
//  1. locks down index.html with a Content-Security-Policy meta tag: only the
//     page's own files, 'wasm-unsafe-eval', and trunk's inline loader by hash;
//  2. writes offline/crossread.html: one self-contained file (CSS, JS glue, wasm
//     as base64, favicon; the corpus is inside the wasm) that runs from file://,
//     with its own CSP made of the hashes of its inline script and style;
//  3. writes crossread-site.zip: the whole site, to unpack on any static host.
// Before these it trims the wasm and its glue (steps 0 to 0c), and it minifies
// the hosted glue after the single file is written (2b).
// Headers a meta tag cannot carry (frame-ancestors) are in the README.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const fail = (msg) => {
  console.error(`offline.mjs: ${msg}`);
  process.exit(1);
};
const read = (name) => fs.readFileSync(path.join(dir, name));
// An unsigned LEB128 number of the wasm binary `b` at `i`: [value, next].
const leb = (b, i) => {
  let r = 0;
  let shift = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** shift;
    shift += 7;
    if (x < 0x80) return [r, i];
  }
};
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// The integrity hash trunk writes in index.html for a file's bytes.
const sri = (buf) => `sha384-${crypto.createHash('sha384').update(buf).digest('base64')}`;

let index = read('index.html').toString('utf8');
if (index.includes('Content-Security-Policy')) fail('index.html already has a CSP (ran twice?)');

// Inline scripts (trunk's loader; under `trunk serve` also its reload script).
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) fail('no inline loader script in index.html');
const loader = inline.find((s) => s.includes('module_or_path'));
if (!loader) fail('trunk loader not found in index.html');
// Quoted or not, spaced or not: trunk may minify index.html on release.
const js = loader.match(/from\s*["']\.\/([^"']+\.js)["']/)?.[1];
const wasm = loader.match(/module_or_path:\s*["']\.\/([^"']+\.wasm)["']/)?.[1];
const css = index.match(/<link[^>]*\bhref=["']?\.\/([^"'\s>]+\.css)/)?.[1];
if (!js || !wasm || !css) fail(`could not find the js, wasm and css in index.html (${js}, ${wasm}, ${css})`);

// 0. The JS glue without its comments and indentation (wasm-bindgen writes
// neither minified), with the app's inline_js snippets put in it (one module
// for both the site and the single file), and the integrity hash trunk gave
// it updated.
{
  const before = read(js);
  const glue0 = before
    .toString('utf8')
    .replace(/^import \{ \w+ \} from '\.\/(snippets\/[\w./-]+)';$/gm, (_, file) => read(file).toString('utf8').replace(/^export /gm, ''))
    .replace(/\/\*\*[\s\S]*?\*\//g, '')
    .replace(/^[ \t]*\/\/.*$/gm, '')
    .replace(/^[ \t]+/gm, '')
    .replace(/\n{2,}/g, '\n');
  const old = sri(before);
  if (index.includes(old)) index = index.replace(old, sri(Buffer.from(glue0, 'utf8')));
  fs.writeFileSync(path.join(dir, js), glue0);
  fs.rmSync(path.join(dir, 'snippets'), { recursive: true, force: true });
  index = index.replace(/<link[^>]*\bhref=["']?\.\/snippets\/[^>]*>/g, '');
}

// 0b. Short import names. wasm-bindgen names each import after its function
// plus a 16-digit hash, once in the wasm and once in the glue: about 3 KB
// of brotli that cannot compress. Both sides get the same short names.
{
  const bin = read(wasm);
  const put = (n) => {
    const out = [];
    do {
      let x = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) x |= 0x80;
      out.push(x);
    } while (n > 0);
    return Buffer.from(out);
  };
  const str = (t) => Buffer.concat([put(Buffer.byteLength(t)), Buffer.from(t, 'utf8')]);
  let glue = read(js).toString('utf8');
  const parts = [bin.subarray(0, 8)];
  let at = 8;
  let renamed = 0;
  while (at < bin.length) {
    const id = bin[at];
    const [size, body] = leb(bin, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(bin.subarray(at, end));
      at = end;
      continue;
    }
    let [count, i] = leb(bin, body);
    const entries = [];
    for (let k = 0; k < count; k++) {
      const [ml, m0] = leb(bin, i);
      const module = bin.subarray(m0, m0 + ml).toString('utf8');
      const [fl, f0] = leb(bin, m0 + ml);
      let field = bin.subarray(f0, f0 + fl).toString('utf8');
      const descStart = f0 + fl;
      const kind = bin[descStart];
      let j = descStart + 1;
      if (kind === 0) [, j] = leb(bin, j); // function: type index
      else if (kind === 1) { j += 1; const flags = bin[j]; [, j] = leb(bin, j + 1); if (flags & 1) [, j] = leb(bin, j); } // table
      else if (kind === 2) { const flags = bin[j]; [, j] = leb(bin, j + 1); if (flags & 1) [, j] = leb(bin, j); } // memory
      else if (kind === 3) j += 2; // global: type, mutability
      else fail(`unknown import kind ${kind}`);
      if (/^__wbg_[A-Za-z0-9_]+_[0-9a-f]{16}$/.test(field)) {
        const short = `_${(renamed++).toString(36)}`;
        const re = new RegExp(`\\b${field}\\b`, 'g');
        if (!re.test(glue)) fail(`import ${field} is not in the glue`);
        glue = glue.replace(re, short);
        field = short;
      }
      entries.push(Buffer.concat([str(module), str(field), bin.subarray(descStart, j)]));
      i = j;
    }
    const section = Buffer.concat([put(count), ...entries]);
    parts.push(Buffer.from([2]), put(section.length), section);
    at = end;
  }
  const out = Buffer.concat(parts);
  for (const [name, before, after] of [[wasm, bin, out], [js, read(js), Buffer.from(glue, 'utf8')]]) {
    if (index.includes(sri(before))) index = index.replace(sri(before), sri(after));
    fs.writeFileSync(path.join(dir, name), after);
  }
}

// 0c. What nothing calls, and long export names. leptos's server functions
// bring wasm-streams, whose JS classes the wasm exports though a
// client-side app never makes them: their exports go, and with them (binaryen
// drops what no export reaches) their code and the imports only it used,
// which the glue then need not supply. Closure shims are exported under
// their full Rust paths, read once in the wasm and twice in the glue: they
// get short names on both sides.
{
  const { default: binaryen } = await import('binaryen');
  const bin = read(wasm);
  let glue = read(js).toString('utf8');
  const mod = binaryen.readBinary(bin);
  // The features index.html gives wasm-opt: no newer encodings.
  const F = binaryen.Features;
  mod.setFeatures(F.BulkMemory | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.ReferenceTypes | F.Multivalue);
  const exports = [];
  for (let i = 0; i < mod.getNumExports(); i++) exports.push(binaryen.getExportInfo(mod.getExportByIndex(i)));
  let renamed = 0;
  for (const e of exports) {
    if (/intounderlying|^_WASM_SPLIT_MARKER/.test(e.name)) mod.removeExport(e.name);
    else if (e.kind === binaryen.ExternalFunction && /^wasm_bindgen_[0-9a-f]{16}_\w+$/.test(e.name)) {
      const short = `$${(renamed++).toString(36)}`;
      const re = new RegExp(`\\b${e.name}\\b`, 'g');
      if (!re.test(glue)) fail(`export ${e.name} is not in the glue`);
      glue = glue.replace(re, () => short);
      mod.removeExport(e.name);
      mod.addFunctionExport(e.value, short);
    }
  }
  mod.runPasses(['remove-unused-module-elements']);
  glue = glue
    .replace(/^export class (IntoUnderlying\w+) \{[\s\S]*?^if \(Symbol\.dispose\) \1\.[^\n]*\n/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [^\n]*\n\?[^\n]*\n:[^\n]*\n/gm, '');
  if (/intounderlying/i.test(glue)) fail(`the wasm-streams classes are still in the glue: ${glue.match(/.*intounderlying.*/i)}`);
  // Without its custom sections (producers, target features, a splitting
  // marker): nothing reads them at run time, and they cost about 290 B of brotli.
  const out = withoutCustomSections(Buffer.from(mod.emitBinary()));
  mod.dispose();
  // The import object's entries the wasm no longer imports.
  const imported = new Set(WebAssembly.Module.imports(new WebAssembly.Module(out)).map((i) => i.name));
  const start = glue.indexOf('const import0 = {');
  // Its end: the functions inside it also end in `};` on a line of their own.
  const end = glue.indexOf('\n};\nreturn {', start);
  if (start < 0 || end < 0) fail('no import object in the glue');
  const entries = glue.slice(start, end).split(/\n(?=[A-Za-z0-9_$]+: function)/);
  const kept = entries.filter((x, i) => i === 0 || imported.has(x.slice(0, x.indexOf(':'))));
  glue = glue.slice(0, start) + kept.join('\n') + glue.slice(end);
  for (const [name, before, after] of [[wasm, bin, out], [js, read(js), Buffer.from(glue, 'utf8')]]) {
    if (index.includes(sri(before))) index = index.replace(sri(before), sri(after));
    fs.writeFileSync(path.join(dir, name), after);
  }
}

// A wasm binary without its custom sections (id 0).
function withoutCustomSections(bin) {
  const parts = [bin.subarray(0, 8)];
  let at = 8;
  while (at < bin.length) {
    const [size, body] = leb(bin, at + 1);
    if (bin[at] !== 0) parts.push(bin.subarray(at, body + size));
    at = body + size;
  }
  return Buffer.concat(parts);
}

// 1. The hosted page's policy.
const hosted = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.map(sha256).join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
// Under `make serve` trunk rewrites its reload script after this hook, so
// a policy by hash would block it; the dev server goes without one.
const serving = process.env.CROSSREAD_SERVE === '1';
const charset = index.match(/<meta charset=["']?utf-8["']?\s*\/?>/i)?.[0];
if (!charset) fail('no <meta charset> in index.html');
if (!serving) index = index.replace(charset, `${charset}<meta http-equiv="Content-Security-Policy" content="${hosted}">`);
fs.writeFileSync(path.join(dir, 'index.html'), index);

// 2. The single file. The glue is an ES module; inline, its exports go and it
// is handed the wasm bytes instead of fetching them (file:// cannot fetch).
let glue = read(js).toString('utf8');
glue = glue
  .replace(/^export class /gm, 'class ')
  .replace(/^export function /gm, 'function ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '')
  .replace(/import\.meta\.url/g, 'location.href');
if (/^\s*(import|export)\b/m.test(glue)) fail('the wasm-bindgen glue has imports or exports this script does not handle (snippets?)');
const styles = read(css).toString('utf8');
const favicon = `data:image/svg+xml;base64,${read('public/favicon.svg').toString('base64')}`;
const b64 = read(wasm).toString('base64');
// The copy the page saves of itself ("Download for offline use") is this
// document as it was before the app drew into it.
const script = `window.crossreadSelf = '<!doctype html>\\n' + document.documentElement.outerHTML;
${glue}
const b64 = document.getElementById('crossread-wasm').textContent.trim();
const bin = atob(b64);
const bytes = new Uint8Array(bin.length);
for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
await __wbg_init({ module_or_path: bytes });
`;
for (const [name, text] of [['glue', script], ['css', styles]]) {
  if (/<\/(script|style)/i.test(text)) fail(`the ${name} contains a closing tag and cannot be inlined`);
}
const single = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${sha256(script)}`,
  `style-src ${sha256(styles)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const metas = [...index.matchAll(/<meta (?!http-equiv|charset)[^>]*>/g)].map((m) => m[0]).join('\n    ');
const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${single}">
    ${metas}
    <title>Crossread (offline)</title>
    <link rel="icon" type="image/svg+xml" href="${favicon}">
    <style>${styles}</style>
    <script type="module">${script}</script>
  </head>
  <body>
    <noscript>Crossread needs JavaScript and WebAssembly to run.</noscript>
    <script type="application/octet-stream" id="crossread-wasm">${b64}</script>
  </body>
</html>
`;
fs.mkdirSync(path.join(dir, 'offline'), { recursive: true });
fs.writeFileSync(path.join(dir, 'offline', 'crossread.html'), html);

// 2b. The hosted glue minified by terser (npm): trunk's own minifier stops at
// wasm-bindgen's `export default`. After the single file, whose builder reads
// the glue line by line; the integrity hash in index.html follows.
{
  const { minify } = await import('terser');
  const before = read(js);
  const { code: first } = await minify(before.toString('utf8'), { module: true, compress: { passes: 2 }, mangle: true });
  // A second run writes the import object's functions, which the first
  // gathered into one literal, as methods (`f(a){…}`): about 40 B of
  // brotli. A method cannot be called with `new`; the wasm only calls them.
  const { code } = await minify(first ?? '', { module: true, ecma: 2020, compress: { ecma: 2020, unsafe_methods: true }, mangle: true });
  if (!code) fail('terser wrote nothing');
  const after = Buffer.from(code, 'utf8');
  if (index.includes(sri(before))) {
    index = index.replace(sri(before), sri(after));
    fs.writeFileSync(path.join(dir, 'index.html'), index);
  }
  fs.writeFileSync(path.join(dir, js), after);
}

// 3. The site as a zip (stored + deflate, no dependency).
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const files = [];
const walk = (rel) => {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(r);
    else if (!r.endsWith('.zip')) files.push(r);
  }
};
walk('');
files.sort();
const parts = [];
const central = [];
let offset = 0;
for (const name of files) {
  const data = read(name);
  const packed = zlib.deflateRawSync(data, { level: 9 });
  const nameBuf = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(0, 10); // time/date: fixed, so the zip is reproducible
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  local.writeUInt16LE(0, 28);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(20, 4);
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(0x0800, 8);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(0, 12);
  cd.writeUInt32LE(crc, 16);
  cd.writeUInt32LE(packed.length, 20);
  cd.writeUInt32LE(data.length, 24);
  cd.writeUInt16LE(nameBuf.length, 28);
  cd.writeUInt32LE(offset, 42);
  central.push(cd, nameBuf);
  parts.push(local, nameBuf, packed);
  offset += 30 + nameBuf.length + packed.length;
}
const cdBuf = Buffer.concat(central);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.length, 8);
end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(cdBuf.length, 12);
end.writeUInt32LE(offset, 16);
fs.writeFileSync(path.join(dir, 'crossread-site.zip'), Buffer.concat([...parts, cdBuf, end]));
console.log(`offline.mjs: CSP in index.html; offline/crossread.html (${html.length} bytes); crossread-site.zip (${files.length} files)`);
