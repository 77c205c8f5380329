import type { PostData, PostNetwork } from '@/components/mdx/post/network';
import { fr } from '@/lib/i18n/fr';

/** Author name and handle, the handle linking to the profile on the network. */
export function PostHeader({ network, post }: { network: PostNetwork; post: PostData }) {
  return (
    <div className={`${network.id}-header flex flex-wrap items-baseline gap-x-2`}>
      <span className={`${network.id}-author font-bold text-ink`}>{post.author}</span>
      <a
        href={post.profileUrl}
        rel="noopener noreferrer"
        aria-label={fr.post.profile(post.handle, network.name)}
        className={`${network.id}-handle inline-block min-h-6 break-all text-muted underline-offset-2 hover:underline`}
      >
        {post.handle}
      </a>
      <span className="ml-auto text-xs text-muted">{fr.post.network(network.name)}</span>
    </div>
  );
}
