import { ResponsiveImage } from '@/components/site/responsive-image';
import Link from 'next/link';
import type { ArticleMeta } from '@/lib/content';
import { formatDate } from '@/lib/format/dates';
import { articlePath } from '@/lib/routes';

/** One article in a listing: headline link, dek, date and, when asked, its image. */
export function ArticleCard({
  article,
  headingLevel = 2,
  withImage = false,
}: {
  article: ArticleMeta;
  headingLevel?: 2 | 3;
  withImage?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex gap-4 border-b border-line py-5">
      <div className="min-w-0 flex-1">
        <Heading className="font-serif text-xl font-bold leading-snug text-ink sm:text-2xl">
          <Link href={articlePath(article.slug)} className="hover:text-accent hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-2 text-base text-muted">{article.description}</p>
        <p className="mt-2 text-sm text-muted">
          <time dateTime={article.date}>{formatDate(article.date)}</time>
        </p>
      </div>
      {withImage && article.image ? (
        <ResponsiveImage
          src={article.image.src}
          alt=""
          width={article.image.width}
          height={article.image.height}
          sizes="(min-width: 640px) 12rem, 6rem"
          className="hidden h-24 w-40 shrink-0 rounded object-cover sm:block"
        />
      ) : null}
    </article>
  );
}
