'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * `next dev` only: listens for content versions and re-renders the page from the server when it
 * was rendered from an older one, so an editor sees a saved MDX file within about a second,
 * without reloading — even when the save happened before this listener connected.
 */
export function LiveReload({ version }: { version: string }) {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource('/api/dev/content-events');
    events.onmessage = (event: MessageEvent<string>) => {
      if (event.data !== version) router.refresh();
    };
    return () => events.close();
  }, [router, version]);
  return null;
}
