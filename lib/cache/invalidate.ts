import { setTimeout as sleep } from 'node:timers/promises';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';

/**
 * How long a render that began before a reload may still run. Such a render read the old
 * content but stores its page after the first expiry, which would then count as fresh; a second
 * expiry once it has finished throws that page away too.
 */
const IN_FLIGHT_RENDER_MS = 2_000;

const expire = (tags: readonly string[]) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
};

/**
 * Expires every response tagged with one of `tags`: the next request renders it again (blocking)
 * instead of getting the old version. `'max'` would serve the old version once more and
 * re-render in the background, so a reader could still see a deleted article after the webhook
 * answered. Only callable while Next handles a request (a route handler).
 */
export function invalidateCacheTags(tags: readonly string[]): void {
  if (tags.length === 0) return;
  expire(tags);
  after(async () => {
    await sleep(IN_FLIGHT_RENDER_MS);
    expire(tags);
  });
}
