import { findFoldedSlug, FOLDABLE_LISTS } from '@/lib/routing/folded-slug';
import { createNotFoundResponse } from '@/lib/seo/xml';

// proxy.ts rewrites here the list addresses typed with capitals, accents or punctuation
// (`/tags/Cybersécurité` → `/adresse-repliee/tags/Cybersécurité`). A route handler can answer
// with a relative Location, which a proxy cannot; nothing is rendered or cached.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

/** Redirects are long-lived (a folded slug never changes); a 404 stays short. */
const LONG = 'public, max-age=3600';

/** 308 to the folded address (the page there says whether it exists), or 404. */
export async function GET(request: Request, { params }: Context) {
  const [kind = '', slug = '', ...rest] = (await params).path;
  const folded = (FOLDABLE_LISTS as readonly string[]).includes(kind)
    ? findFoldedSlug(slug)
    : undefined;
  if (!folded || folded === slug) {
    const response = createNotFoundResponse();
    response.headers.set('Cache-Control', 'public, max-age=60');
    return response;
  }
  const tail = rest.map((segment) => `/${encodeURIComponent(segment)}`).join('');
  const location = `/${kind}/${folded}${tail}${new URL(request.url).search}`;
  return new Response(null, {
    status: 308,
    headers: { Location: location, 'Cache-Control': LONG },
  });
}
