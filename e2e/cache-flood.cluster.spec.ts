import { expect, test } from '@playwright/test';
import { SEED_PATH } from './constants';
import { startNextInstance, type NextInstance } from './servers/next-instance';

// A flood of distinct unknown article slugs fills Next's in-memory page cache with 404s (each
// one is rendered and kept). The cache is bounded (`cacheMaxMemorySize`, least recently used
// out), so the flood must not cost the real pages their cache: the seed article is still served
// from the cache afterwards. The flood runs on an instance of its own so it cannot disturb the
// other specs' server.
const FLOOD = 3_000;
const CONCURRENCY = 16;
let server: NextInstance;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startNextInstance({});
});

test.afterAll(async () => {
  await server?.stop();
});

async function get(pathname: string) {
  const response = await fetch(`${server.url}${pathname}`);
  const body = await response.text();
  return { status: response.status, nextCache: response.headers.get('x-nextjs-cache'), body };
}

test('a flood of unknown slugs answers 404 and leaves the seed article cached', async () => {
  test.setTimeout(180_000);
  const before = await get(SEED_PATH);
  expect(before.status).toBe(200);
  expect(before.nextCache).toMatch(/^(HIT|STALE)$/);
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(before.body)?.[1];
  expect(title).toBeTruthy();

  // 3,000 404 pages of about 56 KB each are more than three times the 50 MB bound.
  const statuses = new Map<number, number>();
  let next = 0;
  const run = Math.random().toString(36).slice(2, 8);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < FLOOD) {
        const index = next;
        next += 1;
        const response = await fetch(`${server.url}/articles/inondation-${run}-${index}`);
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  expect(Object.fromEntries(statuses)).toEqual({ 404: FLOOD });

  const after = await get(SEED_PATH);
  expect(after.status).toBe(200);
  expect(after.nextCache).toMatch(/^(HIT|STALE)$/);
  expect(after.body).toContain(`${title}</h1>`);
  // The server is still answering ordinary pages normally.
  expect((await get('/')).status).toBe(200);
});
