import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRedisServer, type TestRedis } from '@/e2e/servers/redis-server';
import { getContentSyncState } from '@/lib/cache/content-generation.mjs';
import { announceContentReload, startContentSync } from '@/lib/cache/content-sync';
import { getRedisKeys } from '@/lib/cache/redis-keys.mjs';

// This process is one instance; the test's own Redis client plays the others.
let redis: TestRedis;
let other: ReturnType<typeof createClient>;
const keys = getRedisKeys('manchette-sync-test');
let rescans = 0;

beforeAll(async () => {
  redis = await startRedisServer();
  vi.stubEnv('REDIS_URL', redis.url);
  vi.stubEnv('REDIS_KEY_PREFIX', 'manchette-sync-test');
  other = createClient({ url: redis.url });
  await other.connect();
  await other.set(keys.contentGeneration, '4');
  await startContentSync(() => {
    rescans += 1;
  });
}, 30_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await other?.close();
  await redis?.stop();
});

describe('content sync between instances', () => {
  it('starts at the shared generation without rescanning', () => {
    expect(getContentSyncState().generation).toBe(4);
    expect(rescans).toBe(0);
  });

  it('rescans when another instance announces a reload', async () => {
    await other.set(keys.contentGeneration, '5');
    await other.publish(keys.contentChannel, JSON.stringify({ origin: 'autre', generation: 5 }));
    await vi.waitFor(() => expect(rescans).toBe(1));
    expect(getContentSyncState().generation).toBe(5);
  });

  it('ignores a malformed message', async () => {
    await other.publish(keys.contentChannel, '{"generation":"9"}');
    await other.publish(keys.contentChannel, 'pas du JSON');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rescans).toBe(1);
  });

  it('announces its own reload by raising the shared generation, without rescanning itself', async () => {
    const listener = other.duplicate();
    await listener.connect();
    const messages: string[] = [];
    await listener.subscribe(keys.contentChannel, (message) => messages.push(message));
    await announceContentReload();
    expect(await other.get(keys.contentGeneration)).toBe('6');
    expect(getContentSyncState().generation).toBe(6);
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(JSON.parse(messages[0] ?? '{}')).toMatchObject({ generation: 6 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rescans).toBe(1);
    await listener.close();
  });
});
