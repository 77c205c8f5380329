'use client';

import { useState, type ReactNode } from 'react';
import { frClient } from '@/lib/i18n/fr-client';

/**
 * The only client part of the facade: a play button over our poster. Nothing is requested from
 * YouTube until it is pressed; then the privacy-enhanced player replaces the poster.
 */
export function YouTubePlayer({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <iframe
        src={`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
        title={frClient.video.frameTitle(title)}
        allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        className="absolute inset-0 h-full w-full border-0"
      />
    );
  }
  return (
    <>
      {children}
      <button
        type="button"
        onClick={() => setPlaying(true)}
        className="youtube-play group absolute inset-0 flex h-full w-full items-center justify-center"
      >
        <span
          aria-hidden="true"
          className="flex h-16 w-16 items-center justify-center rounded-full bg-black/75 text-3xl text-white shadow-lg group-hover:bg-[#c4302b] group-focus-visible:bg-[#c4302b]"
        >
          ▶
        </span>
        <span className="sr-only">{frClient.video.play(title)}</span>
      </button>
    </>
  );
}
