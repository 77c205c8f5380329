'use client';

import { useEffect, useRef, useState } from 'react';
import {
  LIVE_SINCE_PARAM,
  readLiveUpdatesResponse,
  type LiveEntryUpdate,
} from '@/lib/live/protocol';
import { frClient } from '@/lib/i18n/fr-client';

/** Within the 30 s readers are promised, with room for a slow answer. */
const POLL_MS = 15_000;

/**
 * The live blog's only client code, rendered while the coverage runs: asks the JSON route for
 * entries newer than the page's on load, then every 15 s while the tab is visible, announces them politely
 * and shows them when the reader presses « Afficher… », so nothing moves under their eyes.
 * Stops when the tab is hidden (resumes when it shows again) and for good once the coverage ends.
 */
export function LiveUpdates({ endpoint, since }: { endpoint: string; since: number }) {
  const [pending, setPending] = useState<LiveEntryUpdate[]>([]);
  const [shown, setShown] = useState<LiveEntryUpdate[]>([]);
  const [ended, setEnded] = useState(false);
  const newest = useRef(since);
  const firstShown = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ended) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request: AbortController | undefined;
    // Set on unmount (or once ended): an answer arriving after that must not start a new round.
    let stopped = false;
    const poll = async () => {
      request = new AbortController();
      try {
        const response = await fetch(`${endpoint}?${LIVE_SINCE_PARAM}=${newest.current}`, {
          cache: 'no-store',
          signal: request.signal,
        });
        const answer = response.ok ? readLiveUpdatesResponse(await response.json()) : undefined;
        const fresh = answer?.entries.filter((entry) => entry.time > newest.current) ?? [];
        if (fresh.length > 0) {
          newest.current = Math.max(...fresh.map((entry) => entry.time));
          setPending((previous) => [...fresh, ...previous]);
        }
        if (answer && !answer.live) return setEnded(true);
      } catch {
        // Offline or aborted: try again at the next tick.
      }
      schedule();
    };
    const schedule = () => {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === 'visible')
        timer = setTimeout(() => void poll(), POLL_MS);
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') void poll();
      else {
        clearTimeout(timer);
        request?.abort();
      }
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    // Ask at once: the page may come from a cache a minute old, newer entries may already exist.
    if (document.visibilityState === 'visible') void poll();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      clearTimeout(timer);
      request?.abort();
    };
  }, [endpoint, ended]);

  useEffect(() => {
    if (shown.length > 0) firstShown.current?.focus();
  }, [shown]);

  const show = () => {
    setShown((previous) => [...pending, ...previous]);
    setPending([]);
  };

  return (
    <div className="live-updates">
      {/* The slot keeps its height whatever it holds: the button never pushes the entries down. */}
      <div className="not-prose flex min-h-12 items-center font-sans text-sm">
        {pending.length > 0 ? (
          <button
            type="button"
            onClick={show}
            className="live-show rounded-full bg-accent px-4 py-2 font-semibold text-paper shadow"
          >
            {frClient.live.show(pending.length)}
          </button>
        ) : (
          <p className="text-muted">{ended ? frClient.live.ended : frClient.live.autoUpdate}</p>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {pending.length > 0 ? frClient.live.newEntries(pending.length) : ''}
      </p>
      {shown.map((entry, index) => (
        <div
          key={entry.id}
          ref={index === 0 ? firstShown : undefined}
          tabIndex={-1}
          className="live-new-entry outline-none"
          // HTML rendered by our own MDX pipeline (raw HTML and scripts refused), as in the page.
          dangerouslySetInnerHTML={{ __html: entry.html }}
        />
      ))}
    </div>
  );
}
