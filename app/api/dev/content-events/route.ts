import { notFound } from 'next/navigation';
import { isEditorMode } from '@/lib/content';
import { watchContent } from '@/lib/content/watch';

export const dynamic = 'force-dynamic';

/**
 * Server-sent events for `next dev`: one `change` event each time a content file is saved, so
 * open pages refresh themselves. Production servers answer 404.
 */
export function GET(request: Request) {
  if (!isEditorMode()) notFound();
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('retry: 1000\n\n'));
      stop = watchContent(() => controller.enqueue(encoder.encode('data: change\n\n')));
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
