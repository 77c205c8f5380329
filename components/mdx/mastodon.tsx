import type { ReactNode } from 'react';
import { PostCard } from '@/components/mdx/post/post-card';
import { mastodonPropsSchema } from '@/lib/content/mdx';

/** `<Mastodon author="…" handle="@alice@mastodon.social" date="…" url="…">text</Mastodon>`. */
export function Mastodon({
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
  const parsed = mastodonPropsSchema.safeParse(source);
  // The content pipeline rejects invalid props first; this keeps the text if one slips through.
  if (!parsed.success) return <blockquote>{children}</blockquote>;
  const { handle, ...post } = parsed.data;
  return (
    <PostCard
      network={{ id: 'mastodon', name: 'Mastodon' }}
      post={{
        ...post,
        handle: `@${handle.user}@${handle.server}`,
        profileUrl: `https://${handle.server}/@${handle.user}`,
      }}
    >
      {children}
    </PostCard>
  );
}
