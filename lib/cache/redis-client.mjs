// @ts-check
import { createClient } from 'redis';

/** How long a cache look-up waits for Redis to (re)connect before rendering without it. */
const READY_TIMEOUT_MS = 500;
/** One log line per kind of failure per this many milliseconds, so an outage cannot flood logs. */
const LOG_INTERVAL_MS = 30_000;

/** @type {Map<string, number>} */
const lastLogged = new Map();

/**
 * Logs a Redis problem, at most once per interval for the same context.
 * @param {string} context
 * @param {unknown} error
 */
export function logRedisProblem(context, error) {
  const now = Date.now();
  if (now - (lastLogged.get(context) ?? 0) < LOG_INTERVAL_MS) return;
  lastLogged.set(context, now);
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[cache redis] ${context}: ${message}`);
}

/**
 * A Redis client that fails fast: while Redis is unreachable, commands throw at once (no offline
 * queue) and callers fall back to rendering, instead of holding readers' requests.
 * @param {string} url
 */
export function connectRedis(url) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000),
    },
  });
  client.on('error', (error) => logRedisProblem(`connection to ${redactUrl(url)}`, error));
  const connecting = client.connect().catch((error) => {
    logRedisProblem(`first connection to ${redactUrl(url)}`, error);
  });
  return {
    client,
    /** Resolves with the client once it is ready, or rejects after a short wait. */
    async ready() {
      if (client.isReady) return client;
      await Promise.race([
        connecting,
        new Promise((resolve) => setTimeout(resolve, READY_TIMEOUT_MS)),
      ]);
      if (!client.isReady) throw new Error('Redis is not reachable');
      return client;
    },
    async close() {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}

/**
 * The URL without its password, for logs.
 * @param {string} url
 */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL (unparsable)';
  }
}
