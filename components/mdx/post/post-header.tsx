import type { PostData, PostNetwork } from '@/components/mdx/post/network';
import { fr } from '@/lib/i18n/fr';

/** Author name and handle, the handle linking to the profile on the network. */
export function PostHeader({ network, post }: { network: PostNetwork; post: PostData }) {
  return (
    <div className={`${network.id}-header`}>
      <span className={`${network.id}-author`}>{post.author}</span>
      <a
        href={post.profileUrl}
        rel="noopener noreferrer"
        aria-label={fr.post.profile(post.handle, network.name)}
        className={`${network.id}-handle`}
      >
        {post.handle}
      </a>
      <span>{fr.post.network(network.name)}</span>
    </div>
  );
}
