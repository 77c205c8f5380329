import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { PostData, PostNetwork } from '@/components/mdx/post/network';
import { PostCard } from '@/components/mdx/post/post-card';

/** What an editor writes: `<Tweet author="…" handle="…" date="…" url="…">text</Tweet>`. */
interface PostSourceProps {
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
  lang?: string;
  children?: ReactNode;
}

/**
 * The MDX component of one network: its props go through the network's schema, then the post is
 * drawn by the shared card. The content pipeline rejects invalid props first; if one slips
 * through, the text is kept as a plain quotation.
 */
export function createPostEmbed<Props>(
  network: PostNetwork,
  schema: z.ZodType<Props>,
  toPost: (props: Props) => PostData,
) {
  return function PostEmbed({ children, ...source }: PostSourceProps) {
    const parsed = schema.safeParse(source);
    if (!parsed.success) return <blockquote>{children}</blockquote>;
    return (
      <PostCard network={network} post={toPost(parsed.data)}>
        {children}
      </PostCard>
    );
  };
}
