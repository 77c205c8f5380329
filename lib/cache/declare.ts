import { unstable_cache } from 'next/cache';
import { CONTENT_LIFETIME_SECONDS, SITE_TAG } from '@/lib/cache/tags';

const remember = async () => true;

const MAX_TAG_LENGTH = 256;

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
    // Next refuses tags past 256 characters; a URL segment that long is never a content slug, so
    // its page (a 404) needs no tag of its own.
    tags: [SITE_TAG, ...tags.filter((tag) => tag.length <= MAX_TAG_LENGTH)],
    revalidate: CONTENT_LIFETIME_SECONDS,
  })();
}
