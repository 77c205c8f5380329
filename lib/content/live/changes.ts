import {
  ARTICLES_TAG,
  SITE_TAG,
  articleTag,
  authorTag,
  sectionTag,
  topicTag,
} from '@/lib/cache/tags';
import type { ContentIndex } from '@/lib/content/catalog/content-index';
import type { ArticleMeta } from '@/lib/content/source';

/** What a reload changed, by the keys cache tags and URLs are made of. */
export interface ContentChanges {
  /** Authors or sections changed: any page may show them. */
  site: boolean;
  /** Articles added, edited or removed (any state), and the former slugs they gained or lost. */
  articles: string[];
  sections: string[];
  topics: string[];
  authors: string[];
}

/**
 * Compares two indexes. An unchanged file keeps its record (the same object) across reloads, so
 * only records that differ are looked at; both versions count, so that a list an article leaves
 * is invalidated as well as the one it joins.
 */
export function diffContent(before: ContentIndex, after: ContentIndex): ContentChanges {
  const articles = new Set<string>();
  const sections = new Set<string>();
  const topics = new Set<string>();
  const authors = new Set<string>();
  const note = (article: ArticleMeta | undefined) => {
    if (!article) return;
    articles.add(article.slug);
    for (const alias of article.aliases) articles.add(alias);
    sections.add(article.section);
    for (const tag of article.tags) topics.add(tag.slug);
    for (const author of article.authors) authors.add(author);
  };
  for (const slug of new Set([...before.articlesBySlug.keys(), ...after.articlesBySlug.keys()])) {
    const old = before.articlesBySlug.get(slug);
    const now = after.articlesBySlug.get(slug);
    if (old === now) continue;
    note(old);
    note(now);
  }
  const site =
    !sameRecords(before.authors, after.authors) || !sameRecords(before.sections, after.sections);
  const sorted = (values: Set<string>) => [...values].sort();
  return {
    site,
    articles: sorted(articles),
    sections: sorted(sections),
    topics: sorted(topics),
    authors: sorted(authors),
  };
}

function sameRecords<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  return [...a].every(([key, value]) => JSON.stringify(value) === JSON.stringify(b.get(key)));
}

/**
 * The cache tags to invalidate for `changes` (see `lib/cache/tags.ts`): the articles, the lists
 * they are or were in, the site-wide lists (front page, archive, feeds, sitemaps), and the
 * articles whose pages show a changed headline (`shownWith`: section neighbours and related).
 * An authors or sections change invalidates everything.
 */
export function toCacheTags(changes: ContentChanges, shownWith: Iterable<string> = []): string[] {
  if (changes.site) return [SITE_TAG];
  if (changes.articles.length === 0) return [];
  const tags = new Set<string>([ARTICLES_TAG]);
  for (const slug of [...changes.articles, ...shownWith]) tags.add(articleTag(slug));
  for (const slug of changes.sections) tags.add(sectionTag(slug));
  for (const slug of changes.topics) tags.add(topicTag(slug));
  for (const slug of changes.authors) tags.add(authorTag(slug));
  return [...tags];
}
