import { randomBytes } from 'node:crypto';

// The watcher reloads through the webhook (Next only invalidates its cache inside a request);
// when no REVALIDATE_SECRET is set, it uses this per-process token, which never leaves the
// machine. Kept on globalThis so that instrumentation and the route handler see the same one.
const TOKEN = Symbol.for('manchette.content-watch-token');
const holder = globalThis as typeof globalThis & { [TOKEN]?: string };

/** The webhook secret from `REVALIDATE_SECRET` (16 characters or more), or undefined: disabled. */
export function getRevalidateSecret(): string | undefined {
  const secret = process.env.REVALIDATE_SECRET;
  return secret && secret.length >= 16 ? secret : undefined;
}

/** This process's watcher token, created on first use. */
export function getWatchToken(): string {
  return (holder[TOKEN] ??= randomBytes(32).toString('hex'));
}

/** The watcher token if the watcher asked for one in this process. */
export function peekWatchToken(): string | undefined {
  return holder[TOKEN];
}
