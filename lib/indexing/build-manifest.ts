import { z } from 'zod';
import { getPublicationState, type ArticleMeta } from '@/lib/content';
import { listFeedPaths, type PublishedChanges } from '@/lib/indexing/push';
import { articlePath, sectionPath, tagPath } from '@/lib/routes';

const ManifestSchema = z.object({
  version: z.literal(1),
  /** The public origin the build was made for: URLs of another origin are not comparable. */
  site: z.string(),
  /** Site path of each published article → the hash of its file and the listings it is in. */
  articles: z.record(z.string(), z.object({ hash: z.string(), listings: z.array(z.string()) })),
  /** Site paths of the sections and topics whose feeds the build serves. */
  listings: z.array(z.string()),
});

/** The published articles of one build, kept in .next/cache for the next build to compare. */
export type PublishedManifest = z.infer<typeof ManifestSchema>;

interface ManifestOptions {
  site: URL;
  now: number;
  /** Slugs of every section (their feeds exist even when empty). */
  sections: readonly string[];
  hashArticle: (article: ArticleMeta) => string;
}

/**
 * The manifest of the articles published at `now` (drafts and scheduled articles are left out
 * whatever list they come in), each with `hashArticle`'s hash of its file.
 */
export function createManifest(
  articles: readonly ArticleMeta[],
  { site, now, sections, hashArticle }: ManifestOptions,
): PublishedManifest {
  const entries = articles
    .filter((article) => getPublicationState(article, now) === 'published')
    .map((article): [string, PublishedManifest['articles'][string]] => [
      articlePath(article.slug),
      {
        hash: hashArticle(article),
        listings: [sectionPath(article.section), ...article.tags.map((tag) => tagPath(tag.slug))],
      },
    ]);
  const listings = new Set(sections.map((slug) => sectionPath(slug)));
  for (const [, entry] of entries) for (const listing of entry.listings) listings.add(listing);
  return {
    version: 1,
    site: site.origin,
    articles: Object.fromEntries(entries),
    listings: [...listings].sort(),
  };
}

/** A stored manifest, or undefined when it is missing, unreadable or of another version. */
export function parseManifest(text: string | undefined): PublishedManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What changed between two builds: articles added, edited (another hash) or gone, and the feeds
 * of the site and of the listings they are or were in that the new build still serves. Without
 * a previous manifest of the same site (first build, emptied cache, new SITE_URL), nothing: the
 * new manifest is the baseline, and search engines find the existing articles in the sitemaps.
 */
export function diffManifests(
  previous: PublishedManifest | undefined,
  next: PublishedManifest,
): PublishedChanges {
  if (!previous || previous.site !== next.site) return { articlePaths: [], feedPaths: [] };
  const articlePaths: string[] = [];
  const listings = new Set<string>();
  for (const [path, entry] of Object.entries(next.articles)) {
    const before = previous.articles[path];
    if (before?.hash === entry.hash) continue;
    articlePaths.push(path);
    for (const listing of [...entry.listings, ...(before?.listings ?? [])]) listings.add(listing);
  }
  for (const [path, entry] of Object.entries(previous.articles)) {
    if (next.articles[path]) continue;
    articlePaths.push(path);
    for (const listing of entry.listings) listings.add(listing);
  }
  if (articlePaths.length === 0) return { articlePaths, feedPaths: [] };
  const served = new Set(next.listings);
  return {
    articlePaths: articlePaths.sort(),
    feedPaths: listFeedPaths([...listings].filter((listing) => served.has(listing)).sort()),
  };
}
