import { NextResponse, type NextRequest } from 'next/server';
import { couldExist, resolveArticleAlias } from '@/lib/content';
import { articlePath } from '@/lib/routes';

/** Where every impossible dynamic path is rewritten: `_` is never a valid slug, so it is a 404. */
const SHARED_NOT_FOUND_PATH = articlePath('_');

/**
 * Runs before any page renders, for the dynamic routes only:
 * - former slugs of renamed articles answer a permanent redirect (a redirect thrown while
 *   rendering an ISR page would be cached with the page);
 * - paths that cannot exist (unknown slug, tag, section, author or page number) all render the one
 *   shared 404, so random URLs never add entries to Next's on-disk page cache.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const alias = pathname.startsWith('/articles/')
    ? resolveArticleAlias(pathname.slice('/articles/'.length))
    : undefined;
  if (alias) {
    const url = request.nextUrl.clone();
    url.pathname = articlePath(alias);
    return NextResponse.redirect(url, 308);
  }
  if (pathname === SHARED_NOT_FOUND_PATH || couldExist(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = SHARED_NOT_FOUND_PATH;
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: [
    '/articles/:slug',
    '/articles/:slug/og.png',
    '/tags/:path+',
    '/rubriques/:path+',
    '/auteurs/:path+',
    '/archives/page/:page',
  ],
};
