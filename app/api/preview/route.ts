import { draftMode } from 'next/headers';
import { isSlug } from '@/lib/format/slug';
import { lookUpArticle } from '@/lib/content';
import { getPreviewSecret, isPreviewSecret } from '@/lib/preview/secret';
import { articlePath } from '@/lib/routes';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/**
 * `/api/preview?secret=…&slug=…`: turns on draft mode and goes to that article, draft or not.
 * The redirect target comes from the index look-up, never from the query string.
 */
export async function GET(request: Request) {
  const secret = getPreviewSecret();
  if (!secret)
    return new Response('Preview is not configured.\n', { status: 404, headers: NO_STORE });
  const params = new URL(request.url).searchParams;
  if (!isPreviewSecret(params.get('secret'), secret)) {
    return new Response('Invalid preview secret.\n', { status: 401, headers: NO_STORE });
  }
  const slug = params.get('slug') ?? '';
  const lookup = isSlug(slug)
    ? lookUpArticle(slug, { preview: true })
    : { kind: 'not-found' as const };
  const target =
    lookup.kind === 'article'
      ? lookup.article.slug
      : lookup.kind === 'redirect'
        ? lookup.slug
        : undefined;
  if (!target) return new Response('Unknown article.\n', { status: 404, headers: NO_STORE });
  (await draftMode()).enable();
  return new Response(null, {
    status: 307,
    headers: { ...NO_STORE, Location: articlePath(target) },
  });
}
