import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentIndex } from '@/lib/content/catalog';
import type { ContentProblem } from '@/lib/content/problems';
import { listPublicFiles, type ArticleMeta } from '@/lib/content/source';

/**
 * Results of earlier content checks, so that a rebuild re-checks only the articles that changed.
 * Kept in `.next/cache` (CI build caches keep it; `rm -rf .next` empties it).
 */
const CACHE_FILE = path.join(process.cwd(), '.next', 'cache', 'manchette', 'content-check.json');

// A result depends on the checking code and its libraries as much as on the article.
// The messages (lib/i18n) are part of every result, and the link check folds slugs (lib/routing).
const CHECKER_SOURCES = [
  'lib/content',
  'lib/format',
  'lib/i18n',
  'lib/routing',
  'lib/routes.ts',
  'package-lock.json',
];

/** Cached check results for the articles of one index. */
export interface CheckCache {
  /** The problems found last time, when neither the file nor its context changed since. */
  get(article: ArticleMeta): ContentProblem[] | undefined;
  set(article: ArticleMeta, problems: ContentProblem[]): void;
  /** Writes the results of this run's articles (entries of deleted or edited files are dropped). */
  save(): void;
}

function hashSources(hash: ReturnType<typeof createHash>, target: string): void {
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    hash.update(target).update(fs.readFileSync(target));
    return;
  }
  for (const name of fs.readdirSync(target).sort()) {
    if (name !== '__tests__') hashSources(hash, path.join(target, name));
  }
}

/**
 * What every article's result depends on besides its own file: the checker's code, and the facts
 * other articles contribute to it — which slugs, former slugs and authors and sections exist,
 * which articles are drafts and when they are published, which tags, section and authors
 * published articles carry (the site-link check counts each list's pages from them, and it and
 * the « Lire aussi » check read exactly these), and which files public/ holds (video posters,
 * links to static files). A body edit elsewhere changes none of them, so it keeps every other result.
 */
function readContextSignature(index: ContentIndex): string {
  const hash = createHash('sha256');
  for (const source of CHECKER_SOURCES) hashSources(hash, path.join(process.cwd(), source));
  hash.update(
    JSON.stringify([
      index.articles.map((article) => [
        article.slug,
        article.draft,
        article.publishedAt,
        article.aliases,
        article.tags.map((tag) => tag.slug),
        article.section,
        article.authors,
      ]),
      [...index.brokenSlugs],
      [...index.authors.keys()],
      [...index.sections.keys()],
      [...listPublicFiles()].sort(),
    ]),
  );
  return hash.digest('hex');
}

function isProblemList(value: unknown): value is ContentProblem[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        ['file', 'field', 'message'].every(
          (key) => key in item && typeof item[key as keyof typeof item] === 'string',
        ),
    )
  );
}

function readEntries(): Map<string, ContentProblem[]> {
  const entries = new Map<string, ContentProblem[]>();
  try {
    const data: unknown = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8'));
    if (typeof data !== 'object' || data === null) return entries;
    for (const [key, problems] of Object.entries(data))
      if (isProblemList(problems)) entries.set(key, problems);
  } catch {
    // No cache yet, or an unreadable one: everything is checked.
  }
  return entries;
}

/** Whether an earlier check left results to reuse (a warm build) or not (a cold one). */
export function hasCheckCache(): boolean {
  return fs.existsSync(CACHE_FILE);
}

/** Opens the cache for an index, or returns undefined when the checker's sources are not on disk. */
export function openCheckCache(index: ContentIndex): CheckCache | undefined {
  let context: string;
  try {
    context = readContextSignature(index);
  } catch {
    return undefined;
  }
  const previous = readEntries();
  const current = new Map<string, ContentProblem[]>();
  const keys = new Map<string, string>();
  const keyOf = (article: ArticleMeta) => {
    let key = keys.get(article.slug);
    if (!key) {
      // The path too: problems name their file, so a moved content folder must not reuse them.
      key = createHash('sha256')
        .update(context)
        .update(article.sourcePath)
        .update('\0')
        .update(fs.readFileSync(article.sourcePath))
        .digest('hex');
      keys.set(article.slug, key);
    }
    return key;
  };
  return {
    get: (article) => {
      const key = keyOf(article);
      const problems = previous.get(key);
      if (problems) current.set(key, problems);
      return problems;
    },
    set: (article, problems) => {
      current.set(keyOf(article), problems);
    },
    save: () => {
      try {
        fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
        const temporary = `${CACHE_FILE}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, JSON.stringify(Object.fromEntries(current)));
        fs.renameSync(temporary, CACHE_FILE);
      } catch {
        // A read-only disk only means the next check starts from scratch.
      }
    },
  };
}
