import { draftMode } from 'next/headers';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/preview/exit`: turns draft mode off and goes back to the front page. A POST, so
 * that no link or image on another site can change the reader's mode (GET answers 405).
 */
export async function POST() {
  (await draftMode()).disable();
  return new Response(null, {
    status: 303,
    headers: { 'Cache-Control': 'private, no-store', Location: '/' },
  });
}
