import type { ContentIndex } from '@/lib/content/catalog';
import type { ArticleMeta } from '@/lib/content/source';
import { articlePath, authorPath, sectionPath, tagPath } from '@/lib/routes';
import { editorFr } from '@/lib/i18n/editor-fr';

// The site paths an article may link to, by the prefix lib/routes gives each kind.
const LINK_PREFIXES = [
  ['article', articlePath('')],
  ['topic', tagPath('')],
  ['section', sectionPath('')],
  ['author', authorPath('')],
] as const;

/** `/tags/huawei` → `{ kind: 'topic', slug: 'huawei' }`; undefined for any other path. */
function parseSiteLink(path: string) {
  for (const [kind, prefix] of LINK_PREFIXES) {
    if (!path.startsWith(prefix)) continue;
    const slug = path.slice(prefix.length).replace(/\/$/, '');
    return slug === '' || slug.includes('/') ? undefined : { kind, slug };
  }
  return undefined;
}

/**
 * Builds the check for site links written in `from`: `/articles/x` must be an article (published,
 * unless `from` is itself unpublished), `/tags/y` a topic with a published article, `/rubriques/z`
 * a section, `/auteurs/w` an author. Other site paths are left to the routes.
 */
export function createSiteLinkChecker(index: ContentIndex, from: ArticleMeta) {
  const tags = getPublishedTagSlugs(index);
  return (url: string): string | undefined => {
    const path = url.split(/[?#]/)[0] ?? '';
    const link = parseSiteLink(path);
    if (!link) return undefined;
    const { kind, slug } = link;
    if (kind === 'article') {
      const target =
        index.articlesBySlug.get(slug) ?? index.articlesBySlug.get(index.aliases.get(slug) ?? '');
      if (!target) return editorFr.links.noArticle(slug);
      if (target.draft && !from.draft) return editorFr.links.draftTarget(slug);
      return undefined;
    }
    if (kind === 'topic') return tags.has(slug) ? undefined : editorFr.links.noTopic(slug);
    if (kind === 'section')
      return index.sections.has(slug) ? undefined : editorFr.links.noSection(slug);
    return index.authors.has(slug) ? undefined : editorFr.links.noAuthor(slug);
  };
}

const publishedTags = new WeakMap<ContentIndex, Set<string>>();

/** Tags carried by non-draft articles, computed once per index (not once per checked article). */
function getPublishedTagSlugs(index: ContentIndex): Set<string> {
  let tags = publishedTags.get(index);
  if (!tags) {
    tags = new Set(
      index.articles
        .filter((article) => !article.draft)
        .flatMap((article) => article.tags.map((tag) => tag.slug)),
    );
    publishedTags.set(index, tags);
  }
  return tags;
}
