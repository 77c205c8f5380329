import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { catchUpWithGeneration, getContentSyncState } from '@/lib/cache/content-generation.mjs';
import { logRedisProblem, redactUrl } from '@/lib/cache/redis-client.mjs';
import { getRedisKeys, readKeyPrefix } from '@/lib/cache/redis-keys.mjs';

/** This process, so that it ignores its own announcements. */
const ORIGIN = randomUUID();

const SYNC = Symbol.for('manchette.content-sync.clients');

/** What announcing needs of the connection. */
interface Publisher {
  incr(key: string): Promise<number>;
  publish(channel: string, message: string): Promise<number>;
}

interface SyncClients {
  publisher: Publisher;
  keys: ReturnType<typeof getRedisKeys>;
}

function getClients(): SyncClients | undefined {
  const holder = globalThis as { [SYNC]?: SyncClients };
  return holder[SYNC];
}

/**
 * With REDIS_URL, keeps this instance's content copy in step with the other instances': `rescan`
 * runs when another instance announces a reload (at once, through pub/sub) and, failing that,
 * before this instance serves a page from the shared cache (the cache handler compares
 * generations). Call once per server, from instrumentation.
 */
export async function startContentSync(rescan: () => void | Promise<void>): Promise<void> {
  const url = process.env.REDIS_URL;
  if (!url || getClients()) return;
  const keys = getRedisKeys(readKeyPrefix());
  const state = getContentSyncState();
  state.reload = async () => {
    await rescan();
  };
  const publisher = createClient({ url, disableOfflineQueue: true });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) {
    client.on('error', (error) => logRedisProblem(`content sync with ${redactUrl(url)}`, error));
  }
  (globalThis as { [SYNC]?: SyncClients })[SYNC] = { publisher, keys };
  try {
    await Promise.all([publisher.connect(), subscriber.connect()]);
    state.generation ??= Number((await publisher.get(keys.contentGeneration)) ?? 0);
    await subscriber.subscribe(keys.contentChannel, (message) => {
      const announced = parseAnnouncement(message);
      if (announced && announced.origin !== ORIGIN)
        void catchUpWithGeneration(announced.generation);
    });
  } catch (error) {
    // The clients keep reconnecting; the cache handler still compares generations meanwhile.
    logRedisProblem('content sync start', error);
  }
}

/**
 * Tells the other instances that this one reloaded its content: raises the shared generation
 * (before the caller invalidates cache tags, so that no instance re-renders from an old copy)
 * and announces it. Without REDIS_URL, does nothing.
 */
export async function announceContentReload(): Promise<void> {
  const clients = getClients();
  if (!clients) return;
  try {
    const generation = await clients.publisher.incr(clients.keys.contentGeneration);
    const state = getContentSyncState();
    state.generation = Math.max(state.generation ?? 0, generation);
    await clients.publisher.publish(
      clients.keys.contentChannel,
      JSON.stringify({ origin: ORIGIN, generation }),
    );
  } catch (error) {
    logRedisProblem(
      'content reload announcement (other instances rescan on their next miss)',
      error,
    );
  }
}

function parseAnnouncement(message: string): { origin: string; generation: number } | undefined {
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const origin = 'origin' in parsed ? parsed.origin : undefined;
    const generation = 'generation' in parsed ? parsed.generation : undefined;
    if (typeof origin !== 'string' || typeof generation !== 'number') return undefined;
    return { origin, generation };
  } catch {
    return undefined;
  }
}
