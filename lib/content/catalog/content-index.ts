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
  const authorsBySlug = new Map(authors.map((author) => [author.slug, author]));
  const sectionsBySlug = new Map<string, Section>();
  for (const section of sections) {
    if (!sectionsBySlug.has(section.slug)) sectionsBySlug.set(section.slug, section);
  }

  const readImageSize = createImageSizeReader();
  const references = {
    authors: new Set(authorsBySlug.keys()),
    sections: new Set(sectionsBySlug.keys()),
    imageExists: (src: string) => readImageSize(src) !== undefined,
  };
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
  articles.sort((a, b) => b.publishedAt - a.publishedAt || a.slug.localeCompare(b.slug));
  const aliases = collectAliases(articles, problems);
  return {
    articles,
    articlesBySlug: new Map(articles.map((article) => [article.slug, article])),
    authors: authorsBySlug,
    sections: sectionsBySlug,
    problems,
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
        ? 'is the slug of an existing article'
        : owner && owner !== article.slug
          ? `is already an alias of "${owner}"`
          : undefined;
      if (clash) {
        problems.push({
          file: article.file,
          ...locateText(article.sourcePath, alias),
          field: 'aliases',
          message: `"${alias}" ${clash}`,
          hint: 'each former slug may point to one article only',
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
 * The content index, read once per process. In development it is rebuilt when a file under the
 * content root changes, so that editors see their edits without restarting the server.
 */
export function getContentIndex(): ContentIndex {
  const root = getContentRoot();
  const watching = process.env.NODE_ENV === 'development';
  const signature = watching ? readSignature(root) : '';
  if (!memo || memo.root !== root || memo.signature !== signature) {
    const index = buildContentIndex();
    // A production build must never ship with a broken article silently left out.
    if (process.env.NEXT_PHASE === 'phase-production-build' && index.problems.length > 0) {
      throw new ContentError(index.problems);
    }
    memo = { index, root, signature };
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
