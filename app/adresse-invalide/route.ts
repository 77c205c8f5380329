import { createBadRequestResponse } from '@/lib/seo/xml';

// next.config rewrites every path `decodeURIComponent` refuses here (see lib/routing): Next's
// router would otherwise answer a bare 500 while decoding its dynamic segments.
export const dynamic = 'force-dynamic';

/** 400, a small French page; nothing from the request is echoed back. */
export function GET() {
  return createBadRequestResponse();
}
