import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleHeader } from '@/components/article/article-header';
import { Breadcrumb } from '@/components/article/breadcrumb';
import { Corrections } from '@/components/article/corrections';
import { HeroImage } from '@/components/article/hero-image';
import { RelatedArticles } from '@/components/article/related-articles';
import { SectionNeighbours } from '@/components/article/section-neighbours';
import { ShareLinks } from '@/components/article/share-links';
import { TagList } from '@/components/article/tag-list';
import { ContentErrorPanel } from '@/components/editor/content-error-panel';
import { StatusBanner } from '@/components/editor/status-banner';
import { LiveBadge } from '@/components/live/live-badge';
import { LiveUpdates } from '@/components/live/live-updates';
import { MdxContent } from '@/components/mdx/mdx-content';
import { JsonLd } from '@/components/seo/json-ld';
import { getArticleBreadcrumb } from '@/lib/breadcrumb';
import {
  ContentError,
  getArticleAuthors,
  getArticleSource,
  getLiveStatus,
  getPublicationState,
  isEditorMode,
  lookUpArticle,
  listPrerenderedArticleParams,
  getRelatedArticles,
  getSection,
  getSectionNeighbours,
} from '@/lib/content';
import { getArticleJsonLd } from '@/lib/seo/json-ld';
import { getArticleMetadata } from '@/lib/seo/metadata';
import { getSiteUrl } from '@/lib/seo/site';
import { articleLivePath, articlePath } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

// Scheduled articles go live, and corrections show, without a rebuild.
export const revalidate = 60;

/** The article for this request; drafts and scheduled ones only in preview or `next dev`. */
async function lookUp(params: Props['params']) {
  const draft = (await draftMode()).isEnabled;
  const preview = draft || isEditorMode();
  const lookup = lookUpArticle((await params).slug, { preview });
  return { lookup, preview, draft };
}

export function generateStaticParams() {
  return listPrerenderedArticleParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lookup, preview } = await lookUp(params);
  return lookup.kind === 'article' ? getArticleMetadata(lookup.article, { preview }) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { lookup, draft } = await lookUp(params);
  if (lookup.kind === 'redirect') permanentRedirect(articlePath(lookup.slug));
  if (lookup.kind === 'broken') {
    if (isEditorMode()) return <ContentErrorPanel problems={lookup.problems} />;
    throw new ContentError(lookup.problems);
  }
  if (lookup.kind !== 'article') notFound();
  const { article } = lookup;
  const state = getPublicationState(article);
  const section = getSection(article.section);
  const neighbours = getSectionNeighbours(article);
  const live = getLiveStatus(article);
  return (
    <article className="mx-auto max-w-3xl">
      {state === 'published' ? <JsonLd document={getArticleJsonLd(article)} /> : null}
      <Breadcrumb trail={getArticleBreadcrumb(article)} />
      {state !== 'published' ? (
        <StatusBanner state={state} date={article.date} previewing={draft} />
      ) : null}
      {live ? <LiveBadge status={live} /> : null}
      <ArticleHeader article={article} authors={getArticleAuthors(article)} section={section} />
      <Corrections corrections={article.corrections} />
      {article.image ? <HeroImage image={article.image} /> : null}
      <div className="article-body prose prose-lg max-w-none font-serif">
        {/* Only while the coverage runs: an ended live blog ships no extra JavaScript. */}
        {live === 'live' && article.live ? (
          <LiveUpdates
            key={article.modified}
            endpoint={articleLivePath(article.slug)}
            since={article.live.entries[0]?.publishedAt ?? 0}
          />
        ) : null}
        <MdxContent source={getArticleSource(article)} />
      </div>
      <TagList tags={article.tags} />
      <ShareLinks
        url={new URL(articlePath(article.slug), getSiteUrl()).href}
        title={article.title}
      />
      <SectionNeighbours previous={neighbours.previous} next={neighbours.next} />
      <RelatedArticles articles={getRelatedArticles(article)} />
    </article>
  );
}
