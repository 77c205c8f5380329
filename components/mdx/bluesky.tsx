import type { ReactNode } from 'react';
import { PostCard } from '@/components/mdx/post/post-card';
import { blueskyPropsSchema } from '@/lib/content/mdx';

/** `<Bluesky author="…" handle="alice.bsky.social" date="…" url="…">text</Bluesky>`. */
export function Bluesky({
  children,
  ...source
}: {
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
  lang?: string;
  children?: ReactNode;
}) {
  const parsed = blueskyPropsSchema.safeParse(source);
  // The content pipeline rejects invalid props first; this keeps the text if one slips through.
  if (!parsed.success) return <blockquote>{children}</blockquote>;
  const { handle, ...post } = parsed.data;
  return (
    <PostCard
      network={{ id: 'bluesky', name: 'Bluesky' }}
      post={{ ...post, handle: `@${handle}`, profileUrl: `https://bsky.app/profile/${handle}` }}
    >
      {children}
    </PostCard>
  );
}
