import { getNow } from '@/lib/content/catalog/clock';
import {
  isEditorMode,
  type ArticleMeta,
  type Author,
  type Section,
  type Topic,
} from '@/lib/content/source';
import { getContentIndex, type ContentIndex } from '@/lib/content/catalog/content-index';
import type { ContentProblem } from '@/lib/content/problems';
import { findSectionNeighbours, pickRelatedArticles } from '@/lib/content/catalog/related';

interface PublishedView {
  index: ContentIndex;
  /** The view is correct from this instant… */
  validFrom: number;
  /** …until this one, when the next scheduled article goes live. */
  validUntil: number;
  articles: ArticleMeta[];
  bySlug: Map<string, ArticleMeta>;
  topics: Map<string, Topic>;
  bySection: Map<string, ArticleMeta[]>;
  byAuthor: Map<string, ArticleMeta[]>;
}

function groupBy(
  articles: readonly ArticleMeta[],
  keys: (article: ArticleMeta) => readonly string[],
) {
  const groups = new Map<string, ArticleMeta[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

let view: PublishedView | undefined;

/** Where an article stands at `now`: readers only ever see `published` ones. */
export function getPublicationState(
  article: ArticleMeta,
  now = getNow(),
): 'published' | 'draft' | 'scheduled' {
  if (article.draft) return 'draft';
  return article.publishedAt <= now ? 'published' : 'scheduled';
}

/** The published subset of the index, rebuilt only when content changes or a schedule passes. */
function getPublishedView(): PublishedView {
  const index = getContentIndex();
  const now = getNow();
  if (view && view.index === index && view.validFrom <= now && now < view.validUntil) return view;
  // Editors see drafts and scheduled articles in `next dev`; production never lists them.
  const showAll = isEditorMode();
  const articles = index.articles.filter(
    (article) => showAll || getPublicationState(article, now) === 'published',
  );
  const upcoming = index.articles
    .filter((article) => !article.draft && article.publishedAt > now)
    .reduce((soonest, article) => Math.min(soonest, article.publishedAt), Number.POSITIVE_INFINITY);
  const topics = new Map<string, Topic>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const topic = topics.get(tag.slug) ?? { ...tag, articles: [] };
      topic.articles.push(article);
      topics.set(tag.slug, topic);
    }
  }
  view = {
    index,
    validFrom: now,
    validUntil: upcoming,
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    topics,
    bySection: groupBy(articles, (article) => [article.section]),
    byAuthor: groupBy(articles, (article) => article.authors),
  };
  return view;
}

/**
 * Published articles, newest first: no drafts, nothing scheduled after now (except in `next dev`).
 * The one query behind every listing, topic, feed, sitemap, search and related link.
 */
export function getPublishedArticles(): readonly ArticleMeta[] {
  return getPublishedView().articles;
}

/** A published article by slug, or undefined (unknown, draft, scheduled or broken). */
export function getArticle(slug: string): ArticleMeta | undefined {
  return getPublishedView().bySlug.get(slug);
}

/** A topic (tag page) with its published articles, newest first, or undefined. */
export function getTopic(tagSlug: string): Topic | undefined {
  return getPublishedView().topics.get(tagSlug);
}

/** Every topic that has at least one published article, by label. */
export function getTopics(): Topic[] {
  return [...getPublishedView().topics.values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'fr'),
  );
}

/** Published articles of a section, newest first (empty for an unknown section). */
export function getSectionArticles(sectionSlug: string): readonly ArticleMeta[] {
  return getPublishedView().bySection.get(sectionSlug) ?? [];
}

/** Published articles signed by an author, newest first. */
export function getAuthorArticles(authorSlug: string): readonly ArticleMeta[] {
  return getPublishedView().byAuthor.get(authorSlug) ?? [];
}

/** All sections, in the order of `content/sections.yaml`. */
export function getSections(): Section[] {
  return [...getContentIndex().sections.values()];
}

/** All authors, by name. */
export function getAuthors(): Author[] {
  return [...getContentIndex().authors.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** An author record by slug. */
export function getAuthor(slug: string): Author | undefined {
  return getContentIndex().authors.get(slug);
}

/** A section record by slug. */
export function getSection(slug: string): Section | undefined {
  return getContentIndex().sections.get(slug);
}

/** Problems of one article file that could not be indexed (for the dev error page), if any. */
function getArticleProblems(slug: string): ContentProblem[] | undefined {
  const index = getContentIndex();
  if (!index.brokenSlugs.has(slug)) return undefined;
  return index.problems.filter((problem) => problem.file.endsWith(`/${slug}.mdx`));
}

/** What the article route should do for a slug. */
export type ArticleLookup =
  | { kind: 'article'; article: ArticleMeta }
  | { kind: 'redirect'; slug: string }
  | { kind: 'broken'; problems: ContentProblem[] }
  | { kind: 'not-found' };

/**
 * Resolves an article URL: the article (published, or any state when `preview` is on), a
 * permanent redirect for a former slug (`aliases`), the problems of a file that failed
 * validation, or not found. Every answer comes from the index, never from the file system.
 */
export function lookUpArticle(slug: string, { preview = false } = {}): ArticleLookup {
  const index = getContentIndex();
  const article = preview ? index.articlesBySlug.get(slug) : getArticle(slug);
  if (article) return { kind: 'article', article };
  const target = index.aliases.get(slug);
  if (target && (preview ? index.articlesBySlug.has(target) : getArticle(target))) {
    return { kind: 'redirect', slug: target };
  }
  const problems = getArticleProblems(slug);
  if (problems && problems.length > 0) return { kind: 'broken', problems };
  return { kind: 'not-found' };
}

/** Author records of an article, in byline order. */
export function getArticleAuthors(article: ArticleMeta): Author[] {
  return article.authors.flatMap((slug) => getAuthor(slug) ?? []);
}

/** Related published articles (shared tags, then section), never the article itself. */
export function getRelatedArticles(article: ArticleMeta, limit = 3): ArticleMeta[] {
  // Only articles sharing a tag or the section can qualify: score those, not the whole archive.
  // Each list is newest first; capping it keeps a 100,000-article build linear.
  const view = getPublishedView();
  const candidates = new Set<ArticleMeta>();
  for (const tag of article.tags) {
    for (const candidate of view.topics.get(tag.slug)?.articles.slice(0, RELATED_POOL) ?? [])
      candidates.add(candidate);
  }
  for (const candidate of (view.bySection.get(article.section) ?? []).slice(0, RELATED_POOL))
    candidates.add(candidate);
  return pickRelatedArticles(article, [...candidates], limit);
}

/** Newest articles per tag (and in the section) considered for « À lire aussi ». */
const RELATED_POOL = 200;

/** Older and newer published neighbours of an article within its section. */
export function getSectionNeighbours(article: ArticleMeta) {
  return findSectionNeighbours(article, getSectionArticles(article.section));
}

/** The front page's lead story: the newest featured article, else the newest one. */
export function getLeadArticle(): ArticleMeta | undefined {
  const articles = getPublishedArticles();
  return articles.find((article) => article.featured) ?? articles[0];
}
