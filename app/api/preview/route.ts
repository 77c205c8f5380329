import { draftMode } from 'next/headers';
import { isSlug } from '@/lib/format/slug';
import { lookUpArticle } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { buildPreviewFormPage } from '@/lib/preview/form-page';
import { readPreviewRequest } from '@/lib/preview/request';
import { getPreviewSecretState, isPreviewSecret } from '@/lib/preview/secret';
import { articlePath } from '@/lib/routes';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };
const TEXT = { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * `GET /api/preview?slug=…`: a form asking for the secret. A secret in the query string is
 * ignored (it would land in logs and history): the form posts it instead.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const slug = params.get('slug') ?? '';
  const html = buildPreviewFormPage({
    slug: isSlug(slug) ? slug : '',
    notice: params.has('secret') ? fr.preview.useForm : undefined,
  });
  return new Response(html, {
    headers: { ...NO_STORE, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/**
 * `POST /api/preview` (form fields `secret` and `slug`, or the `X-Preview-Secret` header):
 * turns on draft mode and goes to that article, draft or not. The redirect target comes from
 * the index look-up, never from the request.
 */
export async function POST(request: Request) {
  const state = getPreviewSecretState();
  if (state.kind === 'off')
    return new Response(`${fr.preview.off}\n`, { status: 404, headers: TEXT });
  if (state.kind === 'too-short') {
    return new Response(`${fr.preview.tooShort}\n`, { status: 503, headers: TEXT });
  }
  const asked = await readPreviewRequest(request);
  if (!asked) return new Response(`${fr.preview.badBody}\n`, { status: 400, headers: TEXT });
  if (!isPreviewSecret(asked.secret, state.secret)) {
    return new Response(`${fr.preview.wrongSecret}\n`, { status: 401, headers: TEXT });
  }
  const lookup = isSlug(asked.slug)
    ? lookUpArticle(asked.slug, { preview: true })
    : { kind: 'not-found' as const };
  const target =
    lookup.kind === 'article'
      ? lookup.article.slug
      : lookup.kind === 'redirect'
        ? lookup.slug
        : undefined;
  if (!target) {
    return new Response(`${fr.preview.unknownArticle}\n`, { status: 404, headers: TEXT });
  }
  (await draftMode()).enable();
  // 303: the browser follows with a GET, as after any form.
  return new Response(null, {
    status: 303,
    headers: { ...NO_STORE, Location: articlePath(target) },
  });
}
