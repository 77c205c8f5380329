import { NextResponse, type NextRequest } from 'next/server';
import { resolveArticleAlias } from '@/lib/content';
import { articlePath } from '@/lib/routes';

/**
 * Former slugs of renamed articles answer a permanent redirect before any page renders (a redirect
 * thrown while rendering an ISR page would be cached with the page). Every other request passes.
 */
export function proxy(request: NextRequest) {
  const slug = request.nextUrl.pathname.slice('/articles/'.length);
  const target = resolveArticleAlias(slug);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = articlePath(target);
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: '/articles/:slug' };
