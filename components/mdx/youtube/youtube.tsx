import type { ReactNode } from 'react';
import { YouTubePlayer } from '@/components/mdx/youtube/youtube-player';
import { YouTubePoster } from '@/components/mdx/youtube/youtube-poster';
import { youTubePropsSchema } from '@/lib/content/mdx';
import { fr } from '@/lib/i18n/fr';

/** The box of a video: 16:9, space reserved before anything loads. */
function VideoFrame({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <figure className="youtube not-prose my-8 font-sans">
      <div className="relative aspect-video overflow-hidden rounded-lg bg-[#0e0e12]">
        {children}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-3 text-sm text-muted">
        <span className="font-semibold text-ink">{title}</span>
        <a
          href={`https://www.youtube.com/watch?v=${id}`}
          rel="noopener noreferrer"
          className="youtube-link inline-block min-h-6 text-accent underline underline-offset-2"
        >
          {fr.video.watchOn}
        </a>
        <span className="youtube-notice">{fr.video.notice}</span>
      </figcaption>
    </figure>
  );
}

/**
 * Builds `<YouTube id="…" title="…" poster="/images/…" />`: a facade (our poster, a play button,
 * a link to the video) on pages; in static HTML such as feeds, the poster and the link only.
 */
export function createYouTube({ interactive }: { interactive: boolean }) {
  return function YouTube(source: { id?: string; title?: string; poster?: string }) {
    const parsed = youTubePropsSchema.safeParse(source);
    // The content pipeline rejects invalid props first; nothing is embedded if one slips through.
    if (!parsed.success) return null;
    const { id, title, poster } = parsed.data;
    const still = <YouTubePoster title={title} poster={poster} />;
    return (
      <VideoFrame title={title} id={id}>
        {interactive ? (
          <YouTubePlayer id={id} title={title}>
            {still}
          </YouTubePlayer>
        ) : (
          still
        )}
      </VideoFrame>
    );
  };
}
