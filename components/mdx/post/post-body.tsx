import type { ReactNode } from 'react';
import type { PostNetwork } from '@/components/mdx/post/network';

/** The text of the post, quoted, with its hashtags and links already turned into links. */
export function PostBody({
  network,
  url,
  lang,
  children,
}: {
  network: PostNetwork;
  url: string;
  lang: string | undefined;
  children: ReactNode;
}) {
  return (
    <blockquote cite={url} lang={lang} className={`${network.id}-body`}>
      {children}
    </blockquote>
  );
}
