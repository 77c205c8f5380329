import { fr } from '@/lib/i18n/fr';

/** Author name and @handle, the handle linking to the profile on X. */
export function TweetHeader({ author, handle }: { author: string; handle: string }) {
  return (
    <div className="tweet-header flex flex-wrap items-baseline gap-x-2">
      <span className="tweet-author font-bold text-ink">{author}</span>
      <a
        href={`https://x.com/${handle}`}
        rel="noopener noreferrer"
        aria-label={fr.tweet.profile(handle)}
        className="tweet-handle inline-block min-h-6 text-muted underline-offset-2 hover:underline"
      >
        @{handle}
      </a>
      <span className="ml-auto text-xs text-muted">{fr.tweet.network}</span>
    </div>
  );
}
