import type { ReactNode } from 'react';
import { PostCard } from '@/components/mdx/post/post-card';
import { tweetPropsSchema } from '@/lib/content/mdx';

/** What an editor writes: `<Tweet author="…" handle="…" date="…" url="…">text</Tweet>`. */
export interface TweetSourceProps {
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
  lang?: string;
  children?: ReactNode;
}

/** A post from X, as a static card: nothing is loaded from X. */
export function Tweet({ children, ...source }: TweetSourceProps) {
  const parsed = tweetPropsSchema.safeParse(source);
  // The content pipeline rejects invalid props first; this keeps the text if one slips through.
  if (!parsed.success) return <blockquote>{children}</blockquote>;
  const { handle, ...tweet } = parsed.data;
  return (
    <PostCard
      network={{ id: 'tweet', name: 'X' }}
      post={{ ...tweet, handle: `@${handle}`, profileUrl: `https://x.com/${handle}` }}
    >
      {children}
    </PostCard>
  );
}
