import {
  getAuthorArticles,
  getAuthors,
  getPublishedArticles,
  getSectionArticles,
  getSections,
  getTopics,
  type ArticleMeta,
} from '@/lib/content';
import {
  archivePath,
  articlePath,
  authorPath,
  sectionPath,
  sitemapPartPath,
  tagPath,
  TOPICS_PATH,
  ABOUT_PATH,
  CONTACT_PATH,
} from '@/lib/routes';
import { latestDate } from '@/lib/format/dates';
import { toMachineDate } from '@/lib/seo/dates';
import { toAbsoluteUrl } from '@/lib/seo/site';
import { buildXml } from '@/lib/seo/xml';

/** One `<url>` of a sitemap: an absolute canonical URL and when its content last changed. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string | undefined;
}

/** The sitemap protocol's limit of URLs per file; past it, `/sitemap.xml` becomes an index. */
export const SITEMAP_URL_LIMIT = 50_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The latest modification among articles (when a listing last changed), if any. */
function getLatestModification(articles: readonly ArticleMeta[]): string | undefined {
  const latest = latestDate(articles.map((article) => article.modified));
  return latest ? toMachineDate(latest) : undefined;
}

/**
 * Every page crawlers should index, by canonical URL: front page, archive, topic index, each
 * section, topic and author page, and every published article (drafts and scheduled articles
 * never reach this list: it starts from getPublishedArticles).
 */
export function listSitemapEntries(): SitemapEntry[] {
  const articles = getPublishedArticles();
  const everything = getLatestModification(articles);
  const entry = (path: string, lastmod: string | undefined): SitemapEntry => ({
    loc: toAbsoluteUrl(path),
    lastmod,
  });
  return [
    entry('/', everything),
    entry(archivePath(), everything),
    entry(TOPICS_PATH, everything),
    entry(ABOUT_PATH, undefined),
    entry(CONTACT_PATH, undefined),
    ...getSections().map((section) =>
      entry(sectionPath(section.slug), getLatestModification(getSectionArticles(section.slug))),
    ),
    ...getTopics().map((topic) =>
      entry(tagPath(topic.slug), getLatestModification(topic.articles)),
    ),
    ...getAuthors().map((author) =>
      entry(authorPath(author.slug), getLatestModification(getAuthorArticles(author.slug))),
    ),
    ...articles.map((article) => entry(articlePath(article.slug), toMachineDate(article.modified))),
  ];
}

/** The entries cut into files of at most `limit` URLs (one file when they fit). */
export function splitSitemap(
  entries: readonly SitemapEntry[],
  limit = SITEMAP_URL_LIMIT,
): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += limit) {
    parts.push(entries.slice(start, start + limit));
  }
  return parts.length > 0 ? parts : [[]];
}

function renderUrlset(entries: readonly SitemapEntry[]): string {
  return buildXml({
    urlset: {
      '@xmlns': SITEMAP_NS,
      url: entries.map(({ loc, lastmod }) => ({ loc, ...(lastmod ? { lastmod } : {}) })),
    },
  });
}

/**
 * `/sitemap.xml`: a urlset when every entry fits in one file, else a sitemap index naming the
 * child sitemaps (`/sitemaps/1.xml`…), each with the latest lastmod of its URLs.
 */
export function renderSitemap(entries: readonly SitemapEntry[], limit = SITEMAP_URL_LIMIT): string {
  const parts = splitSitemap(entries, limit);
  if (parts.length === 1) return renderUrlset(entries);
  return buildXml({
    sitemapindex: {
      '@xmlns': SITEMAP_NS,
      sitemap: parts.map((part, index) => {
        const lastmod = part
          .flatMap((entry) => (entry.lastmod ? [entry.lastmod] : []))
          .reduce<string | undefined>(
            (latest, date) => (!latest || Date.parse(date) > Date.parse(latest) ? date : latest),
            undefined,
          );
        return { loc: toAbsoluteUrl(sitemapPartPath(index + 1)), ...(lastmod ? { lastmod } : {}) };
      }),
    },
  });
}

/** Child sitemap number `part` (from 1) of the index, or undefined when there is no such file. */
export function renderSitemapPart(
  entries: readonly SitemapEntry[],
  part: number,
  limit = SITEMAP_URL_LIMIT,
): string | undefined {
  const parts = splitSitemap(entries, limit);
  // A site that fits in one file has no index, hence no parts.
  if (parts.length === 1) return undefined;
  const chunk = parts[part - 1];
  return chunk ? renderUrlset(chunk) : undefined;
}

/** The part number in a child sitemap's file name (`3.xml` → 3), or undefined. */
export function parseSitemapPart(fileName: string): number | undefined {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(fileName);
  return match ? Number(match[1]) : undefined;
}
