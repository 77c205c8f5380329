import { ResponsiveImage } from '@/components/site/responsive-image';
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
    <article className="card">
      <div>
        <Heading>
          <a href={articlePath(article.slug)}>{article.title}</a>
        </Heading>
        <p className="card-dek">{article.description}</p>
        <p className="card-date">
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
          className="card-image"
        />
      ) : null}
    </article>
  );
}
