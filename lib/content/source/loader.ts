import fs from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '@/lib/content/source/frontmatter';
import { readPublicImageSize, type ImageSize } from '@/lib/content/source/images';
import { extractLiveEntries } from '@/lib/content/live/entries';
import { countWords, toPlainText } from '@/lib/content/source/plain-text';
import { getArticlesDir, getContentRoot, toDisplayPath } from '@/lib/content/source/paths';
import { recallArticleText, recallPinnedText } from '@/lib/content/live/holder';
import type { ContentProblem } from '@/lib/content/problems';
import {
  authorSchema,
  type AuthorRecord,
  createArticleSchema,
  sectionsFileSchema,
  type ContentReferences,
} from '@/lib/content/source/schema';
import type { ArticleMeta, ArticleSource, Author, Section } from '@/lib/content/source/types';
import { validateYaml, type Validated } from '@/lib/content/source/validate';
import { latestDate } from '@/lib/format/dates';
import { isSlug, slugifyTag } from '@/lib/format/slug';
import { typesetFrench } from '@/lib/format/typography';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Absolute paths of every `.mdx` file in the articles folder, sorted. */
export function listArticleFiles(): string[] {
  return listFiles(getArticlesDir(), '.mdx');
}

function listFiles(directory: string, extension: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(directory, entry.name))
    .sort();
}

const problemAt = (
  file: string,
  field: string,
  message: string,
  hint?: string,
): ContentProblem => ({
  file,
  line: 1,
  column: 1,
  field,
  message,
  ...(hint ? { hint } : {}),
});

// zod compiles each schema it builds: an index build shares one schema for all of its articles.
const schemas = new WeakMap<ContentReferences, ReturnType<typeof createArticleSchema>>();
let schemaWithoutReferences: ReturnType<typeof createArticleSchema> | undefined;

function getArticleSchema(references: ContentReferences | undefined) {
  if (!references) return (schemaWithoutReferences ??= createArticleSchema());
  let schema = schemas.get(references);
  if (!schema) {
    schema = createArticleSchema(references);
    schemas.set(references, schema);
  }
  return schema;
}

/**
 * Reads and validates one article's frontmatter (against known authors and sections when given);
 * the MDX body is not compiled here.
 */
export function readArticleMeta(
  sourcePath: string,
  {
    references,
    source = fs.readFileSync(sourcePath, 'utf8'),
    readImageSize = readPublicImageSize,
  }: {
    references?: ContentReferences;
    /** The file's text, when the caller already read it. */
    source?: string;
    readImageSize?: (src: string) => ImageSize | undefined;
  } = {},
): Validated<ArticleMeta> {
  const file = toDisplayPath(sourcePath);
  const slug = path.basename(sourcePath, '.mdx');
  const problems: ContentProblem[] = [];
  if (!isSlug(slug)) {
    problems.push(
      problemAt(file, 'slug', editorFr.files.invalidSlug(slug), editorFr.files.slugHint),
    );
  }
  const split = splitFrontmatter(source);
  if (!split) {
    return {
      ok: false,
      problems: [
        ...problems,
        problemAt(
          file,
          'frontmatter',
          editorFr.files.missingFrontmatter,
          editorFr.files.frontmatterHint,
        ),
      ],
    };
  }
  const result = validateYaml(file, split.yaml, getArticleSchema(references), 1);
  if (!result.ok) return { ok: false, problems: [...problems, ...result.problems] };
  if (problems.length > 0) return { ok: false, problems };
  const frontmatter = result.data;
  const { image, live, title, description, corrections, ...rest } = frontmatter;
  const size = image ? readImageSize(image.src) : undefined;
  // Only live blogs pay for a parse here: their entries date the page, the JSON-LD and the feeds.
  const entries = live ? extractLiveEntries(split.body, split.bodyLineOffset) : [];
  return {
    ok: true,
    data: {
      ...rest,
      // Typeset once here, so pages, cards, feeds, JSON-LD, metadata and the OG card agree.
      title: typesetFrench(title),
      description: typesetFrench(description),
      corrections: corrections.map((correction) => ({
        ...correction,
        text: typesetFrench(correction.text),
      })),
      slug,
      file,
      sourcePath,
      bodyLineOffset: split.bodyLineOffset,
      tags: dedupeTags(frontmatter.tags),
      publishedAt: Date.parse(frontmatter.date),
      modified:
        latestDate([
          frontmatter.date,
          frontmatter.updated,
          ...frontmatter.corrections.map((correction) => correction.date),
          ...entries.map((entry) => entry.time),
        ]) ?? frontmatter.date,
      image: image && size ? { ...typesetImage(image), ...size } : undefined,
      wordCount: countWords(toPlainText(split.body)),
      live: live ? { ...live, entries } : undefined,
    },
  };
}

/** The image's visible caption and credit in French typography; `src` and `alt` stay as written. */
function typesetImage<T extends { credit: string; caption?: string | undefined }>(image: T): T {
  return {
    ...image,
    credit: typesetFrench(image.credit),
    ...(image.caption === undefined ? {} : { caption: typesetFrench(image.caption) }),
  };
}

function dedupeTags(labels: readonly string[]): ArticleMeta['tags'] {
  const bySlug = new Map<string, string>();
  for (const label of labels) {
    const slug = slugifyTag(label);
    if (!bySlug.has(slug)) bySlug.set(slug, label.replace(/^#/, ''));
  }
  return [...bySlug].map(([slug, label]) => ({ slug, label }));
}

/**
 * The MDX body of an indexed article, read from its file (the path comes from the index, never
 * from a URL); for an article kept at its last good version, the kept text, so that a broken save
 * never reaches readers.
 */
export function readArticleSource(article: ArticleMeta): ArticleSource {
  const split = splitFrontmatter(readArticleText(article));
  return {
    body: split?.body ?? '',
    file: article.file,
    lineOffset: split?.bodyLineOffset ?? article.bodyLineOffset,
    tagSlugs: new Set(article.tags.map((tag) => tag.slug)),
    live: article.live ? { start: article.live.start, end: article.live.end } : undefined,
  };
}

/** Reads every `content/authors/<slug>.yaml`. */
export function readAuthors(): { authors: Author[]; problems: ContentProblem[] } {
  const authors: Author[] = [];
  const problems: ContentProblem[] = [];
  for (const sourcePath of listFiles(path.join(getContentRoot(), 'authors'), '.yaml')) {
    const file = toDisplayPath(sourcePath);
    const slug = path.basename(sourcePath, '.yaml');
    if (!isSlug(slug)) {
      problems.push(problemAt(file, 'slug', editorFr.files.invalidSlug(slug)));
      continue;
    }
    const result = validateYaml(file, fs.readFileSync(sourcePath, 'utf8'), authorSchema, 0);
    if (result.ok) authors.push({ ...typesetAuthor(result.data), slug });
    else problems.push(...result.problems);
  }
  return { authors, problems };
}

function typesetAuthor(author: AuthorRecord): AuthorRecord {
  return {
    ...author,
    bio: typesetFrench(author.bio),
    ...(author.role === undefined ? {} : { role: typesetFrench(author.role) }),
  };
}

/** Reads `content/sections.yaml`, the list of sections (rubriques). */
export function readSections(): { sections: Section[]; problems: ContentProblem[] } {
  const sourcePath = path.join(getContentRoot(), 'sections.yaml');
  const file = toDisplayPath(sourcePath);
  if (!fs.existsSync(sourcePath)) {
    return { sections: [], problems: [problemAt(file, 'sections', 'file is missing')] };
  }
  const result = validateYaml(file, fs.readFileSync(sourcePath, 'utf8'), sectionsFileSchema, 0);
  return result.ok
    ? {
        sections: result.data.map((section) => ({
          ...section,
          description: typesetFrench(section.description),
        })),
        problems: [],
      }
    : { sections: [], problems: result.problems };
}

function readArticleText(article: ArticleMeta): string {
  const pinned = recallPinnedText(article);
  if (pinned !== undefined) return pinned;
  try {
    return fs.readFileSync(article.sourcePath, 'utf8');
  } catch (error) {
    // Deleted or being replaced, and not reloaded yet: serve the indexed version until then.
    const kept = recallArticleText(article);
    if (kept !== undefined) return kept;
    throw error;
  }
}
