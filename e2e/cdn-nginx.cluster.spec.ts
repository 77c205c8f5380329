import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SEED_PATH } from './constants';
import { startNginx, type TestNginx } from './servers/nginx-server';

// A real nginx, configured from docs/nginx/manchette.conf, in front of the production build the
// suite serves. The test owns nginx: its pid, logs and cache live in a temporary directory.
const PURGE = path.resolve(import.meta.dirname, '../docs/nginx/purge-cache.sh');
let nginx: TestNginx;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  const upstream = new URL(String(testInfo.project.use.baseURL));
  nginx = await startNginx([upstream.host]);
});

test.afterAll(async () => {
  const errors = nginx?.errors() ?? '';
  await nginx?.stop();
  // A purge or a background refresh that nginx could not handle shows up here.
  expect(errors).not.toMatch(/\[(crit|alert|emerg)\]/);
});

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${nginx.url}${pathname}`, { headers });
  return {
    status: response.status,
    cacheStatus: response.headers.get('x-cache-status'),
    contentType: response.headers.get('content-type') ?? '',
    cacheControl: response.headers.get('cache-control') ?? '',
    body: await response.text(),
  };
}

test('the first reader of a page reaches the app, the next ones get the cached copy', async () => {
  const first = await get(SEED_PATH);
  expect(first.status).toBe(200);
  expect(first.cacheStatus).toBe('MISS');
  expect(first.body).toContain('Les ambitions contrariées de Huawei aux Etats-Unis');
  const second = await get(SEED_PATH);
  expect(second.cacheStatus).toBe('HIT');
  expect(second.body).toBe(first.body);
  // The security headers travel with the cached copy.
  const response = await fetch(`${nginx.url}${SEED_PATH}`);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

test('the RSC payload of a URL is cached apart from its HTML', async () => {
  const html = await get('/');
  expect(html.contentType).toContain('text/html');
  const rsc = await get('/', { RSC: '1' });
  // A cache keyed on the URL alone would hand the HTML (or, worse, the payload) to both.
  expect(rsc.cacheStatus).toBe('MISS');
  expect(rsc.contentType).toContain('text/x-component');
  expect(rsc.body).not.toContain('<html');
  expect((await get('/', { RSC: '1' })).cacheStatus).toBe('HIT');
  const htmlAgain = await get('/');
  expect(htmlAgain.cacheStatus).toBe('HIT');
  expect(htmlAgain.contentType).toContain('text/html');
  expect(htmlAgain.body).toContain('<html');
});

test('an editor in preview always reaches the app', async () => {
  await get('/rubriques/cybersecurite');
  const preview = await get('/rubriques/cybersecurite', { Cookie: '__prerender_bypass=x' });
  expect(preview.cacheStatus).toBe('BYPASS');
});

test('the purge step of the publish hook makes the next reader reach the app', async () => {
  await get('/tags/huawei');
  expect((await get('/tags/huawei')).cacheStatus).toBe('HIT');
  const output = execFileSync(PURGE, [nginx.cacheDir], { encoding: 'utf8' });
  expect(output).toContain('emptied');
  const afterPurge = await get('/tags/huawei');
  expect(afterPurge.status).toBe(200);
  expect(afterPurge.cacheStatus).toBe('MISS');
  expect((await get('/tags/huawei')).cacheStatus).toBe('HIT');
});

test('the purge script refuses to empty anything but a cache directory', () => {
  expect(() => execFileSync(PURGE, ['/'], { stdio: 'pipe' })).toThrow(/refusing/);
  expect(() => execFileSync(PURGE, [], { stdio: 'pipe' })).toThrow(/proxy_cache_path/);
});

test('after s-maxage the stale copy is served at once and refreshed in the background', async () => {
  test.setTimeout(150_000);
  const first = await get('/archives');
  expect(first.cacheStatus).toBe('MISS');
  const maxAge = Number(/s-maxage=(\d+)/.exec(first.cacheControl)?.[1]);
  expect(first.cacheControl).toMatch(/stale-while-revalidate=\d+/);
  expect(maxAge).toBeGreaterThan(0);
  expect(maxAge).toBeLessThanOrEqual(120);
  expect((await get('/archives')).cacheStatus).toBe('HIT');
  // Waiting out the app's own lifetime is the only honest way to see nginx honour it.
  await new Promise((resolve) => setTimeout(resolve, (maxAge + 2) * 1000));
  const stale = await get('/archives');
  expect(stale.status).toBe(200);
  expect(stale.cacheStatus).toBe('STALE');
  expect(stale.body).toBe(first.body);
  // The background refresh replaces the copy: readers get a fresh HIT again.
  await expect
    .poll(async () => (await get('/archives')).cacheStatus, { timeout: 15_000 })
    .toBe('HIT');
});
