import {
  areTagsStale,
  tagsManifest,
} from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedis } from '@/e2e/servers/redis-server';
import { getContentSyncState } from '@/lib/cache/content-generation.mjs';
import { createRedisCacheHandler } from '@/lib/cache/redis-handler.mjs';
import { getRedisKeys } from '@/lib/cache/redis-keys.mjs';

// Two handler classes, each with its own connection, stand for two `next start` instances; the
// shared tag manifest of this one process is cleared between them, so only Redis can carry state.
let redis: TestRedis;
let admin: ReturnType<typeof createClient>;
const handlers: { close: () => Promise<void> }[] = [];
const PREFIX = 'test';
const keys = getRedisKeys(PREFIX);
const context = { revalidatedTags: [], _requestHeaders: {} };

function makeInstance(overrides: { buildId?: string; maxEntryBytes?: number; url?: string } = {}) {
  const Handler = createRedisCacheHandler({
    url: overrides.url ?? redis.url,
    prefix: PREFIX,
    ttlSeconds: 600,
    maxEntryBytes: overrides.maxEntryBytes ?? 1024 * 1024,
    buildId: overrides.buildId ?? 'build-a',
  });
  handlers.push(Handler);
  return new Handler(context);
}

function makePage(tags: string) {
  return {
    kind: 'APP_PAGE' as const,
    html: '<html><body>Une page</body></html>',
    rscData: Buffer.from([0, 1, 2, 250]),
    status: 200,
    postponed: undefined,
    headers: { 'x-next-cache-tags': tags },
    segmentData: new Map([['/_tree', Buffer.from('arbre')]]),
  };
}

const pageContext = { kind: 'APP_PAGE', isFallback: false };
const setContext = { cacheControl: { revalidate: 60, expire: 300 } };

beforeAll(async () => {
  redis = await startRedisServer();
  admin = createClient({ url: redis.url });
  await admin.connect();
}, 30_000);

afterEach(async () => {
  tagsManifest.clear();
  const state = getContentSyncState();
  Object.assign(state, { generation: undefined, reload: undefined, pending: undefined });
  await admin.flushAll();
});

afterAll(async () => {
  await Promise.all(handlers.map((handler) => handler.close()));
  await admin?.close();
  await redis?.stop();
});

describe('Redis cache handler', () => {
  it('serves on one instance the page another stored, bytes and segments intact', async () => {
    await makeInstance().set('/articles/une', makePage('article:une'), setContext);
    const entry = await makeInstance().get('/articles/une', pageContext);
    expect(entry?.value).toEqual(makePage('article:une'));
    expect(entry?.cacheControl).toEqual({ revalidate: 60, expire: 300 });
    const value = entry?.value;
    expect(value?.kind === 'APP_PAGE' && Buffer.isBuffer(value.rscData)).toBe(true);
  });

  it('keeps an entry no longer than its expire time and the configured bound', async () => {
    await makeInstance().set('/court', makePage('a'), {
      cacheControl: { revalidate: 60, expire: 120 },
    });
    await makeInstance().set('/long', makePage('a'), {
      cacheControl: { revalidate: 60, expire: 31_536_000 },
    });
    const short = await admin.ttl(keys.entry('build-a', '/court'));
    const long = await admin.ttl(keys.entry('build-a', '/long'));
    expect(short).toBeGreaterThan(100);
    expect(short).toBeLessThanOrEqual(120);
    expect(long).toBeGreaterThan(500);
    expect(long).toBeLessThanOrEqual(600);
  });

  it('does not share an entry over the size bound', async () => {
    const instance = makeInstance({ maxEntryBytes: 200 });
    await instance.set('/gros', makePage('a'), setContext);
    expect(await admin.exists(keys.entry('build-a', '/gros'))).toBe(0);
  });

  it('keeps the pages of one build from another build', async () => {
    await makeInstance({ buildId: 'build-a' }).set('/p', makePage('a'), setContext);
    expect(await makeInstance({ buildId: 'build-b' }).get('/p', pageContext)).toBeNull();
    expect(await makeInstance({ buildId: 'build-a' }).get('/p', pageContext)).not.toBeNull();
  });

  it('an updateTag on one instance expires the page on the other at once', async () => {
    const a = makeInstance();
    const b = makeInstance();
    await a.set('/articles/une', makePage('article:une,home'), setContext);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag(['home']);
    tagsManifest.clear();
    expect(await b.get('/articles/une', pageContext)).toBeNull();
    // A page rendered after the invalidation is served again.
    await b.set('/articles/une', makePage('article:une,home'), setContext);
    expect(await a.get('/articles/une', pageContext)).not.toBeNull();
  });

  it('a revalidateTag with a profile makes the other instance serve the page stale', async () => {
    const a = makeInstance();
    const b = makeInstance();
    await a.set('/rubriques/tech', makePage('section:tech'), setContext);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag('section:tech', { expire: 3600 });
    tagsManifest.clear();
    const entry = await b.get('/rubriques/tech', pageContext);
    expect(entry).not.toBeNull();
    // Next reads this manifest to serve the entry stale and re-render it in the background.
    expect(areTagsStale(['section:tech'], entry?.lastModified ?? 0)).toBe(true);
    expect(areTagsStale(['other'], entry?.lastModified ?? 0)).toBe(false);
  });

  it('a page with other tags stays served', async () => {
    const a = makeInstance();
    await a.set('/tags/huawei', makePage('tag:huawei'), setContext);
    await a.revalidateTag(['tag:autre']);
    tagsManifest.clear();
    expect(await makeInstance().get('/tags/huawei', pageContext)).not.toBeNull();
  });

  it('expires fetch entries by the tags of the request', async () => {
    const a = makeInstance();
    const fetchValue = {
      kind: 'FETCH' as const,
      data: { headers: {}, body: 'e30=', url: 'https://x', status: 200 },
      revalidate: 60,
    };
    await a.set('cle-fetch', fetchValue, { fetchCache: true, tags: ['donnees'] });
    const fetchContext = { kind: 'FETCH', tags: ['donnees'], softTags: [] };
    expect((await makeInstance().get('cle-fetch', fetchContext))?.value).toEqual(fetchValue);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag('donnees');
    tagsManifest.clear();
    expect(await makeInstance().get('cle-fetch', fetchContext)).toBeNull();
  });
});

describe('content generation shared through Redis', () => {
  it('rescans once, before serving, when another instance reloaded', async () => {
    const state = getContentSyncState();
    let rescans = 0;
    state.reload = async () => {
      rescans += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const instance = makeInstance();
    await instance.get('/x', pageContext);
    expect(state.generation).toBe(0);
    await admin.set(keys.contentGeneration, '3');
    await Promise.all([instance.get('/x', pageContext), instance.get('/y', pageContext)]);
    expect(rescans).toBe(1);
    expect(state.generation).toBe(3);
  });

  it('never shares a page rendered from a copy older than the shared one', async () => {
    const state = getContentSyncState();
    state.generation = 1;
    await admin.set(keys.contentGeneration, '2');
    await makeInstance().set('/vieux', makePage('a'), setContext);
    expect(await admin.exists(keys.entry('build-a', '/vieux'))).toBe(0);
    state.generation = 2;
    await makeInstance().set('/vieux', makePage('a'), setContext);
    expect(await admin.exists(keys.entry('build-a', '/vieux'))).toBe(1);
  });
});

describe('without Redis', () => {
  it('renders afresh instead of failing or waiting', async () => {
    const instance = makeInstance({ url: 'redis://127.0.0.1:1' });
    const started = Date.now();
    expect(await instance.get('/x', pageContext)).toBeNull();
    await expect(instance.set('/x', makePage('a'), setContext)).resolves.toBeUndefined();
    await expect(instance.revalidateTag('a')).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
