import { ArticleCard } from '@/components/article/article-card';
import { LeadStory } from '@/components/home/lead-story';
import { SectionBlock } from '@/components/home/section-block';
import { JsonLd } from '@/components/seo/json-ld';
import {
  getLeadArticle,
  getPublishedArticles,
  getSection,
  getSectionArticles,
  getSections,
} from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';
import { archivePath } from '@/lib/routes';
import { getHomeJsonLd } from '@/lib/seo/json-ld';
import { getHomeMetadata } from '@/lib/seo/metadata';

export const metadata = getHomeMetadata();

const LATEST_COUNT = 6;
const PER_SECTION = 3;

export default async function HomePage() {
  await declareCacheTags([ARTICLES_TAG]);
  const lead = getLeadArticle();
  const latest = getPublishedArticles()
    .filter((article) => article !== lead)
    .slice(0, LATEST_COUNT);
  return (
    <>
      <JsonLd document={getHomeJsonLd()} />
      <h1 className="sr-only">{`${fr.site.name} — ${fr.home.title}`}</h1>
      {lead ? (
        <LeadStory article={lead} section={getSection(lead.section)} />
      ) : (
        <p>{fr.home.empty}</p>
      )}
      {latest.length > 0 ? (
        <section aria-labelledby="derniers-articles" className="mt-8">
          <h2 id="derniers-articles" className="font-serif text-2xl font-bold text-ink">
            {fr.home.latest}
          </h2>
          <div className="grid gap-x-8 md:grid-cols-2">
            {latest.map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel={3} withImage />
            ))}
          </div>
        </section>
      ) : null}
      <div className="mt-12 grid gap-10 md:grid-cols-2">
        {getSections().map((section) => (
          <SectionBlock
            key={section.slug}
            section={section}
            articles={getSectionArticles(section.slug).slice(0, PER_SECTION)}
          />
        ))}
      </div>
      <p className="mt-12 text-center">
        <a
          href={archivePath()}
          className="inline-flex min-h-10 items-center rounded-md border border-accent px-5 font-semibold text-accent hover:bg-accent hover:text-paper"
        >
          {fr.home.allArticles}
        </a>
      </p>
    </>
  );
}
