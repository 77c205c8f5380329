import {
  getArticleAuthors,
  getSection,
  getArticleSource,
  type ArticleMeta,
  type ArticleSource,
} from '@/lib/content';
import { articlePath, authorPath } from '@/lib/routes';
import { prepareFeedHtml } from '@/lib/seo/feed-html';
import { toAbsoluteUrl } from '@/lib/seo/site';

/** Renders an article body to static HTML (links may be site-relative). */
export type BodyRenderer = (source: ArticleSource) => Promise<string>;

/** One article as every feed format needs it, with absolute URLs throughout. */
export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** The full article body as HTML, every link absolute. */
  html: string;
  published: Date;
  modified: Date;
  authors: { name: string; url: string }[];
  /** The section first, then the tags. */
  categories: { label: string; term: string }[];
  image?: string | undefined;
}

// Rendering MDX is the costly part of a feed, and an article's HTML is the same in every feed
// and format: it is kept per renderer and per article object of the index (a content change
// builds a new index, hence new objects), for as long as the site's URL stays the same.
const bodies = new WeakMap<
  BodyRenderer,
  WeakMap<ArticleMeta, { url: string; html: Promise<string> }>
>();

function renderFeedBody(article: ArticleMeta, renderBody: BodyRenderer): Promise<string> {
  const url = toAbsoluteUrl(articlePath(article.slug));
  let cache = bodies.get(renderBody);
  if (!cache) bodies.set(renderBody, (cache = new WeakMap()));
  const cached = cache.get(article);
  if (cached?.url === url) return cached.html;
  // A file that cannot be read rejects the promise, as a failed render does.
  const html = new Promise<string>((resolve) =>
    resolve(renderBody(getArticleSource(article))),
  ).then((body) => prepareFeedHtml(body, url));
  // A failed render must not stay cached: the next request tries again.
  html.catch(() => cache.delete(article));
  cache.set(article, { url, html });
  return html;
}

/** The section, then the tags; a tag that repeats the section's name is listed once. */
function listCategories(article: ArticleMeta): FeedEntry['categories'] {
  const section = getSection(article.section);
  const categories = [
    ...(section ? [{ label: section.name, term: section.slug }] : []),
    ...article.tags.map((tag) => ({ label: tag.label, term: tag.slug })),
  ];
  const seen = new Set<string>();
  return categories.filter((category) => {
    const key = category.label.toLocaleLowerCase('fr');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The feed entries of `articles`, in the same order. */
export function createFeedEntries(
  articles: readonly ArticleMeta[],
  renderBody: BodyRenderer,
): Promise<FeedEntry[]> {
  return Promise.all(
    articles.map(async (article) => ({
      url: toAbsoluteUrl(articlePath(article.slug)),
      title: article.title,
      summary: article.description,
      html: await renderFeedBody(article, renderBody),
      published: new Date(article.publishedAt),
      modified: new Date(Date.parse(article.modified)),
      authors: getArticleAuthors(article).map((author) => ({
        name: author.name,
        url: toAbsoluteUrl(authorPath(author.slug)),
      })),
      categories: listCategories(article),
      image: article.image ? toAbsoluteUrl(article.image.src) : undefined,
    })),
  );
}
