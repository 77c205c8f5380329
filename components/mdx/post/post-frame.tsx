import type { ReactNode } from 'react';
import type { PostNetwork } from '@/components/mdx/post/network';

/** The card around a quoted post: a figure, named for assistive technologies. */
export function PostFrame({
  network,
  label,
  children,
}: {
  network: PostNetwork;
  label: string;
  children: ReactNode;
}) {
  return (
    <figure aria-label={label} className={`${network.id} post-card not-prose`}>
      {children}
    </figure>
  );
}
