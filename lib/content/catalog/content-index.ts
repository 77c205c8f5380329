import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  createImageSizeReader,
  listArticleFiles,
  readArticleMeta,
  readAuthors,
  readSections,
  getContentRoot,
  type ArticleMeta,
  type Author,
  type Section,
} from '@/lib/content/source';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import { getLiveContent } from '@/lib/content/live/state';
import type { ContentReferences } from '@/lib/content/source/schema';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Every content record, validated and cross-checked, plus the problems of what did not pass. */
export interface ContentIndex {
  /** Valid articles, drafts and scheduled ones included, newest first. */
  articles: ArticleMeta[];
  articlesBySlug: Map<string, ArticleMeta>;
  authors: Map<string, Author>;
  sections: Map<string, Section>;
  /** Problems of every file, all at once. */
  problems: ContentProblem[];
  /** Slugs of articles that exist on disk but could not be indexed (shown as errors in dev). */
  brokenSlugs: Set<string>;
  /** Former slug → current slug, from `aliases`. */
  aliases: Map<string, string>;
}

/** Reads all content from disk. Prefer {@link getContentIndex}, which memoises this. */
export function buildContentIndex(): ContentIndex {
  const { authors, problems: authorProblems } = readAuthors();
  const { sections, problems: sectionProblems } = readSections();
  const problems = [...authorProblems, ...sectionProblems];
  const authorsBySlug = toAuthorMap(authors);
  const sectionsBySlug = toSectionMap(sections);
  const readImageSize = createImageSizeReader();
  const references = toReferences(authorsBySlug, sectionsBySlug, readImageSize);
  const articles: ArticleMeta[] = [];
  const brokenSlugs = new Set<string>();
  for (const sourcePath of listArticleFiles()) {
    const result = readArticleMeta(sourcePath, { references, readImageSize });
    if (result.ok) {
      articles.push(result.data);
    } else {
      brokenSlugs.add(path.basename(sourcePath, '.mdx'));
      problems.push(...result.problems);
    }
  }
  return assembleContentIndex({
    articles,
    authors: authorsBySlug,
    sections: sectionsBySlug,
    problems,
    brokenSlugs,
  });
}

/** Authors by slug. */
export function toAuthorMap(authors: readonly Author[]): Map<string, Author> {
  return new Map(authors.map((author) => [author.slug, author]));
}

/** Sections by slug, in file order; a repeated slug keeps its first entry. */
export function toSectionMap(sections: readonly Section[]): Map<string, Section> {
  const sectionsBySlug = new Map<string, Section>();
  for (const section of sections) {
    if (!sectionsBySlug.has(section.slug)) sectionsBySlug.set(section.slug, section);
  }
  return sectionsBySlug;
}

/** What article frontmatter is checked against: known authors, sections and image files. */
export function toReferences(
  authors: ReadonlyMap<string, Author>,
  sections: ReadonlyMap<string, Section>,
  readImageSize: (src: string) => { width: number } | undefined,
): ContentReferences {
  return {
    authors: new Set(authors.keys()),
    sections: new Set(sections.keys()),
    imageExists: (src: string) => readImageSize(src) !== undefined,
    imageWidth: (src: string) => readImageSize(src)?.width,
  };
}

/**
 * An index from validated records: articles sorted newest first, aliases collected (a clash is
 * added to `problems`). Shared by the full read and the incremental reload.
 */
export function assembleContentIndex({
  articles,
  authors,
  sections,
  problems,
  brokenSlugs,
}: Omit<ContentIndex, 'articlesBySlug' | 'aliases'>): ContentIndex {
  const sorted = [...articles].sort(
    (a, b) => b.publishedAt - a.publishedAt || a.slug.localeCompare(b.slug),
  );
  const allProblems = [...problems];
  const aliases = collectAliases(sorted, allProblems);
  return {
    articles: sorted,
    articlesBySlug: new Map(sorted.map((article) => [article.slug, article])),
    authors,
    sections,
    problems: allProblems,
    brokenSlugs,
    aliases,
  };
}

/**
 * Former slugs of renamed articles. An alias that is also a live slug, or that two articles
 * claim, would make a URL ambiguous: it is a content error.
 */
function collectAliases(
  articles: readonly ArticleMeta[],
  problems: ContentProblem[],
): Map<string, string> {
  const slugs = new Set(articles.map((article) => article.slug));
  const aliases = new Map<string, string>();
  for (const article of articles) {
    for (const alias of article.aliases) {
      const owner = aliases.get(alias);
      const clash = slugs.has(alias)
        ? editorFr.aliases.isLiveSlug(alias)
        : owner && owner !== article.slug
          ? editorFr.aliases.isAliasOf(alias, owner)
          : undefined;
      if (clash) {
        problems.push({
          file: article.file,
          ...locateText(article.sourcePath, alias),
          field: 'aliases',
          message: clash,
          hint: editorFr.aliases.hint,
        });
      } else {
        aliases.set(alias, article.slug);
      }
    }
  }
  return aliases;
}

/** Line and column of the first occurrence of `text` in a file (only read on error paths). */
function locateText(sourcePath: string, text: string): { line: number; column: number } {
  const lines = fs.readFileSync(sourcePath, 'utf8').split('\n');
  const line = lines.findIndex((content) => content.includes(text));
  return line < 0
    ? { line: 1, column: 1 }
    : { line: line + 1, column: (lines[line]?.indexOf(text) ?? 0) + 1 };
}

let memo: { index: ContentIndex; root: string; signature: string } | undefined;

/**
 * The content index. A production server and `next build` keep the live copy
 * (`lib/content/live`), read once and then updated by reloads; in development it is rebuilt when
 * a file under the content root changes, so that editors see their edits without a restart.
 */
export function getContentIndex(): ContentIndex {
  if (process.env.NODE_ENV !== 'development') {
    const index = getLiveContent().index;
    // A production build must never ship with a broken article silently left out.
    if (process.env.NEXT_PHASE === 'phase-production-build' && index.problems.length > 0) {
      throw new ContentError(index.problems);
    }
    return index;
  }
  const root = getContentRoot();
  const signature = readSignature(root);
  if (!memo || memo.root !== root || memo.signature !== signature) {
    memo = { index: buildContentIndex(), root, signature };
  }
  return memo.index;
}

/**
 * A short fingerprint of every content file (names, sizes, modification times): it changes on
 * every save. The dev live reload compares it with the one a page was rendered with.
 */
export function getContentVersion(): string {
  return createHash('sha1').update(readSignature(getContentRoot())).digest('hex').slice(0, 12);
}

/** Names, sizes and modification times of every content file: cheap to read, changes on save. */
function readSignature(root: string): string {
  const parts: string[] = [];
  const walk = (directory: string) => {
    if (!fs.existsSync(directory)) return;
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(root);
  return parts.join('|');
}
