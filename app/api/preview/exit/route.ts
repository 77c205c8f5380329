import { draftMode } from 'next/headers';

export const dynamic = 'force-dynamic';

/** `/api/preview/exit`: turns draft mode off and goes back to the front page. */
export async function GET() {
  (await draftMode()).disable();
  return new Response(null, {
    status: 307,
    headers: { 'Cache-Control': 'private, no-store', Location: '/' },
  });
}
