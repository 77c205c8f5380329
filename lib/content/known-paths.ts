import { getContentIndex, type ContentIndex } from '@/lib/content/content-index';
import { PAGE_SIZE } from '@/lib/content/pagination';
import { getFeedFormat } from '@/lib/routes';

const LISTING = /^\/(tags|rubriques|auteurs)\/([^/]+)(\/.*)?$/;
const PAGE = /\/page\/([^/]+)$/;
const FEED = /\/flux\/([^/]+)$/;

/**
 * Whether a dynamic path could possibly answer 200: its slug is in the index (published or not
 * yet, so scheduled pages still go live), its page number is within the archive's size and its
 * feed file name is one we serve.
 * Unknown paths are many (every random URL), and Next caches each rendered 404 on disk: they are
 * all sent to one 404 page instead, so random URLs cannot fill the disk.
 */
export function couldExist(pathname: string): boolean {
  const feedFile = FEED.exec(pathname)?.[1];
  if (feedFile !== undefined && !getFeedFormat(feedFile)) return false;
  const index = getContentIndex();
  const page = PAGE.exec(pathname)?.[1];
  if (page !== undefined) {
    const pages = Math.max(1, Math.ceil(index.articles.length / PAGE_SIZE));
    if (!/^[1-9]\d{0,6}$/.test(page) || Number(page) > pages) return false;
  }
  const article = /^\/articles\/([^/]+)(\/og\.png)?$/.exec(pathname);
  if (article) {
    const slug = article[1] ?? '';
    return index.articlesBySlug.has(slug) || index.aliases.has(slug) || index.brokenSlugs.has(slug);
  }
  const listing = LISTING.exec(pathname);
  if (!listing) return true;
  const [, kind, slug = ''] = listing;
  if (kind === 'rubriques') return index.sections.has(slug);
  if (kind === 'auteurs') return index.authors.has(slug);
  return getTagSlugs(index).has(slug);
}

const tagSlugs = new WeakMap<ContentIndex, Set<string>>();

/** Every tag of every indexed article, computed once per index. */
function getTagSlugs(index: ContentIndex): Set<string> {
  let slugs = tagSlugs.get(index);
  if (!slugs) {
    slugs = new Set(index.articles.flatMap((article) => article.tags.map((tag) => tag.slug)));
    tagSlugs.set(index, slugs);
  }
  return slugs;
}
