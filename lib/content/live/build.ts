import path from 'node:path';
import {
  assembleContentIndex,
  toAuthorMap,
  toReferences,
  toSectionMap,
  type ContentIndex,
} from '@/lib/content/catalog/content-index';
import { splitFrontmatter } from '@/lib/content/source/frontmatter';
import { createImageSizeReader } from '@/lib/content/source';
import type { ContentScan } from '@/lib/content/live/scan';
import type { LiveContent } from '@/lib/content/live/state';
import { readArticleMeta, readAuthors, readSections } from '@/lib/content/source';
import { checkArticleBody } from '@/lib/content/mdx/check-body';
import type { ContentProblem } from '@/lib/content/problems';
import { getBodyCheckReferences } from '@/lib/content/check/article';
import type { ArticleMeta } from '@/lib/content/source';

const isArticleFile = (root: string, file: string) =>
  path.dirname(file) === path.join(root, 'articles') && file.endsWith('.mdx');

/**
 * The live content after a scan. Only changed files are validated again (all articles when the
 * authors or sections changed, since articles are checked against them). An article whose new
 * version fails keeps its last good version; its problems are kept beside it. Without
 * `previous` (first read), bodies are not checked here: `npm run build` checked them.
 */
export function buildLiveContent(
  root: string,
  previous: LiveContent | undefined,
  scan: ContentScan,
): LiveContent {
  const touched = [...scan.changed, ...scan.removed];
  const referencesChanged = !previous || touched.some((file) => !isArticleFile(root, file));
  const references = referencesChanged ? readReferences() : undefined;
  const authors = references?.authors ?? previous?.index.authors ?? new Map();
  const sections = references?.sections ?? previous?.index.sections ?? new Map();
  const referenceProblems = references?.problems ?? previous?.referenceProblems ?? [];

  const readImageSize = createImageSizeReader();
  const checkAgainst = toReferences(authors, sections, readImageSize);
  const good = new Map<string, ArticleMeta>();
  const texts = new WeakMap<ArticleMeta, string>();
  const pinned = new WeakSet<ArticleMeta>();
  const problems = new Map<string, ContentProblem[]>();
  const keepPrevious = (file: string, { failed }: { failed: boolean }) => {
    const before = previous?.good.get(file);
    const text = before && previous?.texts.get(before);
    if (before && text !== undefined) {
      good.set(file, before);
      texts.set(before, text);
      if (failed || previous?.pinned.has(before)) pinned.add(before);
    } else {
      good.delete(file);
    }
  };
  const revalidated: string[] = [];
  for (const [file, source] of scan.files) {
    if (!isArticleFile(root, file)) continue;
    if (!referencesChanged && !scan.changed.has(file)) {
      keepPrevious(file, { failed: false });
      problems.set(file, previous?.problems.get(file) ?? []);
      continue;
    }
    const result = readArticleMeta(file, {
      references: checkAgainst,
      readImageSize,
      source: source.text,
    });
    if (result.ok) {
      good.set(file, result.data);
      texts.set(result.data, source.text);
      problems.set(file, []);
      if (scan.changed.has(file)) revalidated.push(file);
    } else {
      problems.set(file, result.problems);
      keepPrevious(file, { failed: true });
    }
  }

  const assemble = () =>
    assembleContentIndex({
      articles: [...good.values()],
      authors,
      sections,
      problems: [...referenceProblems, ...[...problems.values()].flat()],
      brokenSlugs: new Set(
        [...problems]
          .filter(([, found]) => found.length > 0)
          .map(([file]) => path.basename(file, '.mdx')),
      ),
    });
  let index = assemble();
  if (previous && revalidated.length > 0) {
    // Bodies are checked against the new index, so links to an article added in the same
    // reload are valid; a body that fails puts the last good version back.
    let reverted = false;
    for (const file of revalidated) {
      const article = good.get(file);
      const text = article && texts.get(article);
      if (!article || text === undefined) continue;
      const found = checkBody(article, text, index);
      if (found.length > 0) {
        problems.set(file, found);
        keepPrevious(file, { failed: true });
        reverted = true;
      }
    }
    if (reverted) index = assemble();
  }
  return {
    root,
    files: scan.files,
    good,
    problems,
    referenceProblems,
    index,
    texts,
    pinned,
    reloads: previous ? previous.reloads + 1 : 0,
  };
}

function readReferences() {
  const { authors, problems: authorProblems } = readAuthors();
  const { sections, problems: sectionProblems } = readSections();
  return {
    authors: toAuthorMap(authors),
    sections: toSectionMap(sections),
    problems: [...authorProblems, ...sectionProblems],
  };
}

/** The content check of one MDX body (parsed, not compiled), as `npm run content:check` runs it. */
function checkBody(article: ArticleMeta, text: string, index: ContentIndex): ContentProblem[] {
  const split = splitFrontmatter(text);
  return checkArticleBody(split?.body ?? '', {
    file: article.file,
    lineOffset: split?.bodyLineOffset ?? article.bodyLineOffset,
    tagSlugs: new Set(article.tags.map((tag) => tag.slug)),
    ...getBodyCheckReferences(article, index),
  });
}
