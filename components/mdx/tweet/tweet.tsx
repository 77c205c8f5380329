import type { ReactNode } from 'react';
import { TweetBody } from '@/components/mdx/tweet/tweet-body';
import { TweetContainer } from '@/components/mdx/tweet/tweet-container';
import { TweetFooter } from '@/components/mdx/tweet/tweet-footer';
import { TweetHeader } from '@/components/mdx/tweet/tweet-header';
import { tweetPropsSchema } from '@/lib/content/mdx';
import { fr } from '@/lib/i18n/fr';

/** What an editor writes: `<Tweet author="…" handle="…" date="…" url="…">text</Tweet>`. */
export interface TweetSourceProps {
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
  lang?: string;
  children?: ReactNode;
}

/**
 * A post from X rendered on our server from the data written in the MDX: no script, image or
 * font is loaded from X, and the component ships no JavaScript.
 */
export function Tweet({ children, ...source }: TweetSourceProps) {
  const parsed = tweetPropsSchema.safeParse(source);
  // The content pipeline rejects invalid props first; this keeps the text if one slips through.
  if (!parsed.success) return <blockquote>{children}</blockquote>;
  const tweet = parsed.data;
  return (
    <TweetContainer label={fr.tweet.label(tweet.author)}>
      <TweetHeader author={tweet.author} handle={tweet.handle} />
      <TweetBody url={tweet.url} lang={tweet.lang}>
        {children}
      </TweetBody>
      <TweetFooter date={tweet.date} url={tweet.url} />
    </TweetContainer>
  );
}
