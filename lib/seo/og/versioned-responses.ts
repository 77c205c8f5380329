import { createNotFoundResponse } from '@/lib/seo/xml';

/**
 * Answers of the routes that serve generated images under a versioned URL (`og.png`, the
 * Discover renditions): the image itself for a year, since its URL changes with it; redirects
 * and 404s for a minute, since an article may be published or its picture changed meanwhile.
 */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const SHORT_CACHE = 'public, max-age=60';

/** A redirect to the current version (307) or to a renamed article's (308), kept a minute. */
export function redirectBriefly(location: string, status: 307 | 308): Response {
  return new Response(null, {
    status,
    headers: { Location: location, 'Cache-Control': SHORT_CACHE },
  });
}

/** The small French 404, kept a minute. */
export function notFoundBriefly(): Response {
  const response = createNotFoundResponse();
  response.headers.set('Cache-Control', SHORT_CACHE);
  return response;
}
