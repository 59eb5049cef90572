// A small static server for the release site (dist/), as a real host would
// serve it: brotli or gzip content-encoding (node:zlib, compressed once per
// file and kept in memory), the right MIME types (application/wasm, so the
// wasm can be compiled while it streams), and cache headers: trunk's hashed
// file names are immutable for a year, everything else is revalidated.
// Used by bench/startup.mjs and bench/lighthouse.mjs; also runnable by hand:
//   node bench/serve.mjs [DIR=dist] [PORT=8090]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};
// Worth compressing (zip and png already are).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.ico']);
// trunk's content hashes: name-0123456789abcdef.ext
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

/**
 * Serves `root` at http://127.0.0.1:<port>/ (port 0: any free port).
 * Resolves to { url, origin, close, stats } where stats counts the bytes sent.
 */
export function serveDist(root = 'dist', { port = 0, log = false } = {}) {
  root = path.resolve(root);
  const cache = new Map(); // file -> { mtime, raw, br, gzip, etag }
  const stats = { requests: 0, bytes: 0 };
  const load = (file) => {
    const mtime = fs.statSync(file).mtimeMs;
    let entry = cache.get(file);
    if (!entry || entry.mtime !== mtime) {
      const raw = fs.readFileSync(file);
      entry = { mtime, raw, etag: `"${crypto.createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"` };
      if (COMPRESSIBLE.has(path.extname(file)) && raw.length > 256) {
        entry.br = zlib.brotliCompressSync(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        entry.gzip = zlib.gzipSync(raw, { level: 9 });
      }
      cache.set(file, entry);
    }
    return entry;
  };
  const server = http.createServer((req, res) => {
    stats.requests++;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!(file === root || file.startsWith(root + path.sep)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const entry = load(file);
    const ext = path.extname(file);
    const headers = {
      'content-type': TYPES[ext] || 'application/octet-stream',
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: entry.etag,
      'x-content-type-options': 'nosniff',
    };
    let body = entry.raw;
    if (entry.br) {
      headers.vary = 'Accept-Encoding';
      const accept = String(req.headers['accept-encoding'] || '');
      if (/\bbr\b/.test(accept)) {
        body = entry.br;
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept)) {
        body = entry.gzip;
        headers['content-encoding'] = 'gzip';
      }
    }
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      return;
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    stats.bytes += body.length;
    if (log) console.error(`${req.method} ${rel} ${body.length} B ${headers['content-encoding'] || 'identity'}`);
    res.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({
        origin,
        url: `${origin}/`,
        stats,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.();
            server.close(r);
          }),
      });
    });
  });
}

/** Fails early, with a hint, when `root` holds no built site. */
export function requireDist(root = 'dist') {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`${path.resolve(root)}/index.html is missing: run \`make dist\` first`);
    process.exit(2);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = process.argv[2] || 'dist';
  requireDist(root);
  const s = await serveDist(root, { port: Number(process.argv[3] || 8090), log: true });
  console.log(`serving ${path.resolve(root)} at ${s.url} (brotli/gzip, application/wasm); Ctrl-C to stop`);
}
