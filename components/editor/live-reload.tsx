'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * `next dev` only: listens for content changes and re-renders the page from the server, so an
 * editor sees a saved MDX file within about a second, without reloading.
 */
export function LiveReload() {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/api/dev/content-events');
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return null;
}
