// What the browser benchmarks share: Debian's Chromium with the flags this
// closed network needs, and, for the bench-web pages (analysis.mjs,
// search.mjs), a server for bench/ and target/bench-web/ only.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Chromium (`CHROMIUM`, else /usr/bin/chromium). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Exits with what to run when a build of crates/bench-web is missing. */
export function requireBenchBuilds(root, builds) {
  for (const b of builds) {
    const glue = path.join(root, 'target', 'bench-web', b, 'crossread_bench_web.js');
    if (!fs.existsSync(glue)) {
      console.error(`${glue} is missing: run scripts/bench.sh (or build crossread-bench-web and wasm-bindgen it)`);
      process.exit(1);
    }
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };

/** Serves bench/ and target/bench-web/ below `root` on 127.0.0.1; resolves to { origin, close }. */
export async function serveBench(root) {
  const allowed = [path.join(root, 'bench') + path.sep, path.join(root, 'target', 'bench-web') + path.sep];
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(root, rel);
    if (!allowed.some((dir) => file.startsWith(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
