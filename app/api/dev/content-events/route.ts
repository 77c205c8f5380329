import { notFound } from 'next/navigation';
import { getContentVersion, isEditorMode } from '@/lib/content';
import { watchContent } from '@/lib/content/editor';

export const dynamic = 'force-dynamic';

/**
 * Server-sent events for `next dev`: the content version on connection and after each save, so
 * open pages rendered from an older version refresh themselves. Production servers answer 404.
 */
export function GET(request: Request) {
  if (!isEditorMode()) notFound();
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = () => controller.enqueue(encoder.encode(`data: ${getContentVersion()}\n\n`));
      controller.enqueue(encoder.encode('retry: 1000\n\n'));
      send();
      stop = watchContent(send);
      request.signal.addEventListener('abort', () => {
        stop();
        controller.close();
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' },
  });
}
