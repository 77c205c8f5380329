import type { PostNetwork } from '@/components/mdx/post/network';
import { formatDate } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';

/** Date of the post (« 9 janvier 2018 ») and the link to the original. */
export function PostFooter({
  network,
  date,
  url,
}: {
  network: PostNetwork;
  date: string;
  url: string;
}) {
  return (
    <figcaption className={`${network.id}-footer`}>
      <time dateTime={date}>{formatDate(date)}</time>
      <span aria-hidden="true">·</span>
      <a href={url} rel="noopener noreferrer" className={`${network.id}-original`}>
        {fr.post.viewOriginal}
      </a>
    </figcaption>
  );
}
