import type { ContentIndex } from '@/lib/content/catalog';
import { PAGE_SIZE } from '@/lib/content/catalog/pagination';
import { listPublicFiles, type ArticleMeta } from '@/lib/content/source';
import { editorFr } from '@/lib/i18n/editor-fr';
import { findFoldedSlug } from '@/lib/routing/folded-slug';
import {
  ABOUT_PATH,
  CONTACT_PATH,
  getFeedFormat,
  NEWS_SITEMAP_PATH,
  SITEMAP_PATH,
  TOPICS_PATH,
} from '@/lib/routes';

// Pages with a fixed address (lib/routes and app/): linking to them needs no content.
const FIXED_PAGES = new Set([
  '/',
  '/archives',
  TOPICS_PATH,
  '/recherche',
  SITEMAP_PATH,
  NEWS_SITEMAP_PATH,
  '/robots.txt',
  ABOUT_PATH,
  CONTACT_PATH,
]);

// The first segment of each kind of list, as lib/routes writes it.
const LIST_KINDS = { tags: 'topic', rubriques: 'section', auteurs: 'author' } as const;
type ListKind = (typeof LIST_KINDS)[keyof typeof LIST_KINDS];
// Sections and topics have their own feeds; authors do not (app/…/flux).
const KINDS_WITH_FEEDS = new Set<ListKind>(['topic', 'section']);

/** A site link's path as Next answers it: its 308 redirects followed, with each step. */
function followRedirects(pathname: string): { final: string; redirected: boolean } {
  let final = pathname;
  // next.config: `/x/` → `/x` (no trailing slash) and `/…/page/1` → `/…`.
  if (final.length > 1 && final.endsWith('/')) final = final.replace(/\/+$/, '') || '/';
  if (final.endsWith('/page/1')) final = final.slice(0, -'/page/1'.length) || '/';
  return { final, redirected: final !== pathname };
}

/**
 * Builds the check for site links written in `from`. Every internal link is resolved against
 * the routes that exist, after the redirects Next applies (`/…/` and `/…/page/1`): an article
 * (published, unless `from` is itself unpublished; a former slug in `aliases` is fine), a topic
 * with a published article, a section, an author, a list page that exists, a feed, a fixed page
 * of the site, or a file of `public/`.
 */
export function createSiteLinkChecker(index: ContentIndex, from: ArticleMeta) {
  const facts = getSiteFacts(index);
  return (url: string): string | undefined => {
    const written = url.split(/[?#]/)[0] ?? '';
    let decoded: string;
    try {
      decoded = decodeURI(written);
    } catch {
      return editorFr.links.noPage(written);
    }
    const { final, redirected } = followRedirects(decoded);
    const problem = resolve(final, facts, from);
    if (!problem) return undefined;
    return redirected ? `${editorFr.links.redirectsTo(final)} ; ${problem}` : problem;
  };
}

/** What the site holds, worked out once per content index (not once per checked article). */
interface SiteFacts {
  index: ContentIndex;
  /** Non-draft articles per list: `topic:huawei`, `section:mobile`, `author:x`, `archive`. */
  counts: Map<string, number>;
  publicFiles: Set<string>;
}

const factsByIndex = new WeakMap<ContentIndex, SiteFacts>();

function getSiteFacts(index: ContentIndex): SiteFacts {
  let facts = factsByIndex.get(index);
  if (!facts) {
    const counts = new Map<string, number>();
    const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const article of index.articles) {
      if (article.draft) continue;
      add('archive');
      add(`section:${article.section}`);
      for (const tag of new Set(article.tags.map((item) => item.slug))) add(`topic:${tag}`);
      for (const author of article.authors) add(`author:${author}`);
    }
    facts = { index, counts, publicFiles: listPublicFiles() };
    factsByIndex.set(index, facts);
  }
  return facts;
}

/** Checks a page number segment against a list's length. */
function checkPage(segment: string, total: number, pathname: string): string | undefined {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return editorFr.links.noPage(pathname);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Number(segment);
  return page <= pages ? undefined : editorFr.links.noListPage(page, pages);
}

function resolve(pathname: string, facts: SiteFacts, from: ArticleMeta): string | undefined {
  if (FIXED_PAGES.has(pathname) || facts.publicFiles.has(pathname)) return undefined;
  const segments = pathname.split('/').slice(1);
  const [first = '', slug = '', ...rest] = segments;
  const noPage = editorFr.links.noPage(pathname);

  if (first === 'flux' && segments.length === 2) {
    return getFeedFormat(slug) ? undefined : noPage;
  }
  if (first === 'archives') {
    if (slug === 'page' && rest.length === 1)
      return checkPage(rest[0] ?? '', facts.counts.get('archive') ?? 0, pathname);
    return noPage;
  }
  if (first === 'articles') {
    if (slug === '' || rest.length > 0) return noPage;
    const { index } = facts;
    const target =
      index.articlesBySlug.get(slug) ?? index.articlesBySlug.get(index.aliases.get(slug) ?? '');
    if (!target) return editorFr.links.noArticle(slug);
    if (target.draft && !from.draft) return editorFr.links.draftTarget(slug);
    return undefined;
  }
  const kind = LIST_KINDS[first as keyof typeof LIST_KINDS] as ListKind | undefined;
  if (!kind) {
    // Not a route of the site: a file name (`/images/x.jpg`) must be a file of public/.
    const looksLikeFile = /\.[a-z0-9]{1,5}$/i.test(segments.at(-1) ?? '');
    return looksLikeFile ? editorFr.links.noFile(pathname) : noPage;
  }
  if (slug === '') return noPage;
  const listProblem = checkList(kind, slug, facts);
  if (listProblem) {
    // `/tags/Huawei` works for readers (proxy.ts folds it with a 308) but the link should not.
    const folded = findFoldedSlug(slug);
    if (folded && !checkList(kind, folded, facts))
      return editorFr.links.writeFolded(
        `/${first}/${folded}${rest.map((part) => `/${part}`).join('')}`,
      );
    return listProblem;
  }
  if (rest.length === 0) return undefined;
  const total = facts.counts.get(`${kind}:${slug}`) ?? 0;
  if (rest[0] === 'page' && rest.length === 2) return checkPage(rest[1] ?? '', total, pathname);
  if (rest[0] === 'flux' && rest.length === 2 && KINDS_WITH_FEEDS.has(kind))
    return getFeedFormat(rest[1] ?? '') ? undefined : noPage;
  return noPage;
}

function checkList(kind: ListKind, slug: string, facts: SiteFacts): string | undefined {
  if (kind === 'topic')
    return facts.counts.has(`topic:${slug}`) ? undefined : editorFr.links.noTopic(slug);
  if (kind === 'section')
    return facts.index.sections.has(slug) ? undefined : editorFr.links.noSection(slug);
  return facts.index.authors.has(slug) ? undefined : editorFr.links.noAuthor(slug);
}
