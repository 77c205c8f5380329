import { getNow } from '@/lib/content/clock';
import { getContentIndex, type ContentIndex } from '@/lib/content/content-index';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import type { ArticleMeta, Author, Section, Topic } from '@/lib/content/types';

interface PublishedView {
  index: ContentIndex;
  /** The view is correct until this instant, when the next scheduled article goes live. */
  validUntil: number;
  articles: ArticleMeta[];
  bySlug: Map<string, ArticleMeta>;
  topics: Map<string, Topic>;
  bySection: Map<string, ArticleMeta[]>;
  byAuthor: Map<string, ArticleMeta[]>;
}

function groupBy(articles: readonly ArticleMeta[], keys: (article: ArticleMeta) => readonly string[]) {
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

function isPublished(article: ArticleMeta, now: number): boolean {
  return !article.draft && article.publishedAt <= now;
}

/** The published subset of the index, rebuilt only when content changes or a schedule passes. */
function getPublishedView(): PublishedView {
  const index = getContentIndex();
  const now = getNow();
  if (view && view.index === index && now < view.validUntil) return view;
  const articles = index.articles.filter((article) => isPublished(article, now));
  const upcoming = index.articles
    .filter((article) => !article.draft && article.publishedAt > now)
    .map((article) => article.publishedAt);
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
    validUntil: upcoming.length > 0 ? Math.min(...upcoming) : Number.POSITIVE_INFINITY,
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    topics,
    bySection: groupBy(articles, (article) => [article.section]),
    byAuthor: groupBy(articles, (article) => article.authors),
  };
  return view;
}

/** Published articles, newest first: no drafts, nothing scheduled after now. Used by every listing. */
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
  return [...getPublishedView().topics.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
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
export function getArticleProblems(slug: string): ContentProblem[] | undefined {
  const index = getContentIndex();
  if (!index.brokenSlugs.has(slug)) return undefined;
  return index.problems.filter((problem) => problem.file.endsWith(`/${slug}.mdx`));
}

/** Every problem found while indexing content (frontmatter, authors, sections). */
export function getContentProblems(): readonly ContentProblem[] {
  return getContentIndex().problems;
}

/**
 * The published article for a route, or undefined for a 404. An article that exists on disk but
 * fails validation throws its located ContentError, so editors see what to fix.
 */
export function findArticleForRoute(slug: string): ArticleMeta | undefined {
  const article = getArticle(slug);
  if (article) return article;
  const problems = getArticleProblems(slug);
  if (problems && problems.length > 0) throw new ContentError(problems);
  return undefined;
}

/** Author records of an article, in byline order. */
export function getArticleAuthors(article: ArticleMeta): Author[] {
  return article.authors.flatMap((slug) => getAuthor(slug) ?? []);
}
