import Link from 'next/link';
import type { ArticleMeta } from '@/lib/content';
import { formatDate } from '@/lib/format/dates';
import { articlePath } from '@/lib/routes';

/** One article in a listing: headline link, dek and date. */
export function ArticleCard({
  article,
  headingLevel = 2,
}: {
  article: ArticleMeta;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="border-b border-line py-5">
      <Heading className="font-serif text-2xl font-bold leading-snug text-ink">
        <Link href={articlePath(article.slug)} className="hover:text-accent hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 text-base text-muted">{article.description}</p>
      <p className="mt-2 text-sm text-muted">
        <time dateTime={article.date}>{formatDate(article.date)}</time>
      </p>
    </article>
  );
}
