import { ResponsiveImage } from '@/components/site/responsive-image';
import type { ArticleMeta, Section } from '@/lib/content';
import { formatDate } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';
import { articlePath } from '@/lib/routes';

/** The front page's lead story: large headline, dek and image. */
export function LeadStory({
  article,
  section,
}: {
  article: ArticleMeta;
  section: Section | undefined;
}) {
  return (
    <article
      aria-labelledby="lead-title"
      className="grid gap-6 border-b border-line pb-8 md:grid-cols-5"
    >
      <div className="md:col-span-3">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">
          {section ? section.name : fr.home.lead}
        </p>
        <h2
          id="lead-title"
          className="mt-2 font-serif text-3xl font-bold leading-tight text-balance text-ink sm:text-4xl"
        >
          <a href={articlePath(article.slug)} className="hover:text-accent hover:underline">
            {article.title}
          </a>
        </h2>
        <p className="mt-3 font-serif text-lg text-muted">{article.description}</p>
        <p className="mt-3 text-sm text-muted">
          <time dateTime={article.date}>{formatDate(article.date)}</time>
        </p>
      </div>
      {article.image ? (
        <ResponsiveImage
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          eager
          sizes="(min-width: 768px) 40vw, 100vw"
          className="h-auto w-full rounded md:col-span-2"
        />
      ) : null}
    </article>
  );
}
