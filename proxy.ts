import { NextResponse, type NextRequest } from 'next/server';
import { FOLD_PATH } from '@/lib/routing/folded-slug';

/**
 * A topic, section or author typed as a reader writes it (`/tags/Cybersécurité`, `/tags/HUAWEI`,
 * `/rubriques/T%C3%A9l%C3%A9coms`) goes to `app/adresse-repliee`, which answers 308 to the
 * folded address. Only such addresses reach this function (see `config`): folded ones never do,
 * so ordinary pages pay nothing for it.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  // A malformed encoding goes on to its 400 (next.config), never to a redirect.
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.next();
  }
  return NextResponse.rewrite(new URL(`${FOLD_PATH}${pathname}${search}`, request.url));
}

export const config = {
  // List addresses whose slug holds something a folded slug never has: a capital letter, an
  // accent, a percent-encoding, punctuation.
  matcher: [
    '/(tags|rubriques|auteurs)/:slug([^/]*[^a-z0-9/-][^/]*)',
    '/(tags|rubriques|auteurs)/:slug([^/]*[^a-z0-9/-][^/]*)/:rest*',
  ],
};
