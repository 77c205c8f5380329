import path from 'node:path';
import { buildLiveContent } from '@/lib/content/live/build';
import { diffContent, toCacheTags, type ContentChanges } from '@/lib/content/live/changes';
import { holdContent } from '@/lib/content/live/holder';
import { notifyReload } from '@/lib/content/live/listeners';
import { scanContent } from '@/lib/content/live/scan';
import { getLiveContent, type LiveContent } from '@/lib/content/live/state';
import { formatProblem, sortProblems, type ContentProblem } from '@/lib/content/problems';
import {
  getArticle,
  getAuthor,
  getRelatedArticles,
  getSection,
  getSectionNeighbours,
  getTopic,
} from '@/lib/content/catalog';
import { archivePath, articlePath, authorPath, sectionPath, tagPath } from '@/lib/routes';

/** What a reload found and what it invalidates. */
export interface ReloadReport {
  /** False when no content file changed since the last read. */
  changed: boolean;
  changes: ContentChanges;
  /** The cache tags to invalidate (`lib/cache/tags.ts`). */
  tags: string[];
  /** Site paths of public pages that changed or appeared, and of articles readers lost. */
  paths: { updated: string[]; removed: string[] };
  /** Problems of the files this reload read; their last good version keeps serving. */
  problems: ContentProblem[];
  /** Reloads done by this process, this one included. */
  reloads: number;
  durationMs: number;
}

/** Reads all content under `root` (the first read of a process). */
export function loadContent(root: string): LiveContent {
  return buildLiveContent(root, undefined, scanContent(root, new Map()));
}

/**
 * Rescans the content root and swaps in what changed, keeping every article's last good
 * version. It invalidates no cache itself (Next only allows that inside a request): callers pass
 * `report.tags` to `invalidateCacheTags`. Listeners registered with `onContentReload` are told.
 */
export function reloadContent(): ReloadReport {
  const started = performance.now();
  const previous = getLiveContent();
  const scan = scanContent(previous.root, previous.files);
  const touched = [...scan.changed, ...scan.removed];
  if (touched.length === 0) {
    return {
      changed: false,
      changes: { site: false, articles: [], sections: [], topics: [], authors: [] },
      tags: [],
      paths: { updated: [], removed: [] },
      problems: [],
      reloads: previous.reloads,
      durationMs: performance.now() - started,
    };
  }
  const touchedSlugs = touched
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => path.basename(file, '.mdx'));
  const publishedBefore = new Set(touchedSlugs.filter((slug) => getArticle(slug)));
  const shownWith = new Set(touchedSlugs.flatMap(listShownWith));

  const next = buildLiveContent(previous.root, previous, scan);
  holdContent(next);
  for (const slug of touchedSlugs.flatMap(listShownWith)) shownWith.add(slug);
  const changes = diffContent(previous.index, next.index);
  const problems = sortProblems(
    [...touched.flatMap((file) => next.problems.get(file) ?? [])].concat(
      changes.site ? next.referenceProblems : [],
    ),
  );
  const report: ReloadReport = {
    changed: true,
    changes,
    tags: toCacheTags(changes, shownWith),
    paths: listChangedPaths(changes, publishedBefore),
    problems,
    reloads: next.reloads,
    durationMs: performance.now() - started,
  };
  for (const problem of problems) console.error(`[contenu] ${formatProblem(problem)}`);
  notifyReload(report);
  return report;
}

/** Published articles whose pages show this one's headline: section neighbours and related. */
function listShownWith(slug: string): string[] {
  const article = getArticle(slug);
  if (!article) return [];
  const { previous, next } = getSectionNeighbours(article);
  return [previous, next, ...getRelatedArticles(article)].flatMap((other) =>
    other ? [other.slug] : [],
  );
}

function listChangedPaths(changes: ContentChanges, publishedBefore: ReadonlySet<string>) {
  const updated = changes.articles.filter((slug) => getArticle(slug)).map(articlePath);
  const removed = [...publishedBefore].filter((slug) => !getArticle(slug)).map(articlePath);
  if (updated.length + removed.length > 0) {
    updated.push('/', archivePath());
    updated.push(
      ...changes.sections.filter((slug) => getSection(slug)).map((slug) => sectionPath(slug)),
    );
    updated.push(...changes.topics.filter((slug) => getTopic(slug)).map((slug) => tagPath(slug)));
    updated.push(
      ...changes.authors.filter((slug) => getAuthor(slug)).map((slug) => authorPath(slug)),
    );
  }
  return { updated, removed };
}
