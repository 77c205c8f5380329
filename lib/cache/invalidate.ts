import { revalidateTag } from 'next/cache';

/**
 * Expires every response tagged with one of `tags` now: the next request for it renders again
 * (blocking) instead of getting the old version. `'max'` would serve the old version once more
 * and re-render in the background, so a reader could still see a deleted article after the
 * webhook answered. Only callable while Next handles a request (a route handler).
 */
export function invalidateCacheTags(tags: readonly string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
