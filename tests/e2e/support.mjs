// Shared e2e support: a static server for dist/ (optionally under a
// sub-path), Debian's Chromium through playwright-core, and a request log.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
// The same MIME types as the bench's server (application/wasm for streaming compile).
import { TYPES } from '../../bench/serve.mjs';

export const DIST = path.resolve(process.env.DIST || 'dist');
export const CORPUS = JSON.parse(fs.readFileSync(path.resolve('corpus/corpus.json'), 'utf8'));

/** Serves `root` at http://127.0.0.1:<port><prefix>; resolves to { url, close }. */
export function serve(root = DIST, prefix = '/') {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        url: `http://127.0.0.1:${port}${prefix}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A fresh context and page that records every request and every page error.
 * Pass `colorScheme` ('light' | 'dark') or a `viewport` to emulate them.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, requests, errors };
}

/** Waits until the app has rendered its article list (attached: a phone shows it behind a tab). */
export async function ready(page) {
  await page.waitForSelector('[data-testid="article-list"]', { state: 'attached' });
}

/**
 * The result count once the view has followed a change of the address (the
 * page redraws after the hash changes, not with it): waits up to 5 s for
 * `n`, then returns whatever the count is, for the caller to assert.
 */
export async function countAfter(page, n) {
  await page.waitForFunction((want) => document.querySelector('[data-testid="result-count"]')?.dataset.count === String(want), n, { timeout: 5000 }).catch(() => {});
  return Number(await page.getByTestId('result-count').getAttribute('data-count'));
}

/**
 * Waits up to 5 s for the focus to reach the element with this id (the app
 * moves it in the next frame), then lets the caller assert where it is.
 */
export async function focusReaches(page, id) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 }).catch(() => {});
}

/**
 * Registers the usual before/after of a journey file: a server for dist/
 * (at `prefix`) and one Chromium. Returns an object whose `server` and
 * `browser` are set once `before` has run.
 */
export function useBrowser(prefix = '/') {
  const env = {};
  before(async () => {
    env.server = await serve(DIST, prefix);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
