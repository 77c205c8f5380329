import { unstable_cache } from 'next/cache';
import { CONTENT_LIFETIME_SECONDS, SITE_TAG } from '@/lib/cache/tags';

const remember = async () => true;

/**
 * Tags the page or route handler being rendered with `tags` (plus the site tag) and caps its
 * lifetime at {@link CONTENT_LIFETIME_SECONDS}. Call it, awaited, where the data is read.
 *
 * Without `cacheComponents`, Next's only public way to attach tags to an ISR page or a static
 * route handler is a cached call made while it renders: Next copies the call's tags and its
 * `revalidate` onto the response it caches, including the pages prerendered by `next build`.
 * The cached value is a constant, so the call costs one in-memory cache read.
 */
export async function declareCacheTags(tags: readonly string[] = []): Promise<void> {
  await unstable_cache(remember, ['manchette-cache-tags'], {
    tags: [SITE_TAG, ...tags],
    revalidate: CONTENT_LIFETIME_SECONDS,
  })();
}
