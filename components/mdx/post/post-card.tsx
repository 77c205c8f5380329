import type { ReactNode } from 'react';
import type { PostData, PostNetwork } from '@/components/mdx/post/network';
import { PostBody } from '@/components/mdx/post/post-body';
import { PostFooter } from '@/components/mdx/post/post-footer';
import { PostFrame } from '@/components/mdx/post/post-frame';
import { PostHeader } from '@/components/mdx/post/post-header';
import { fr } from '@/lib/i18n/fr';

/**
 * A post from a social network rendered on our server from the data written in the MDX: no
 * script, image or font is loaded from the network, and the card ships no JavaScript.
 */
export function PostCard({
  network,
  post,
  children,
}: {
  network: PostNetwork;
  post: PostData;
  children: ReactNode;
}) {
  return (
    <PostFrame network={network} label={fr.post.label(post.author, network.name)}>
      <PostHeader network={network} post={post} />
      <PostBody network={network} url={post.url} lang={post.lang}>
        {children}
      </PostBody>
      <PostFooter network={network} date={post.date} url={post.url} />
    </PostFrame>
  );
}
