import type { ImageSize } from '@/lib/content/source/images';
import type { LiveEntry } from '@/lib/content/live/entries';
import type { ArticleFrontmatter, AuthorRecord, SectionRecord } from '@/lib/content/source/schema';

/** A tag as readers see it (`label`, e.g. « Sécurité ») and as URLs spell it (`slug`). */
export interface TagRef {
  slug: string;
  label: string;
}

/** Everything known about an article without compiling its MDX. */
export interface ArticleMeta extends Omit<ArticleFrontmatter, 'tags' | 'image' | 'live'> {
  slug: string;
  /** Display path of the source, e.g. `content/articles/x.mdx`. */
  file: string;
  /** Absolute path of the source, taken from the directory listing (never from a URL). */
  sourcePath: string;
  /** Lines before the MDX body, to turn body positions into file positions. */
  bodyLineOffset: number;
  tags: TagRef[];
  /** `date` as epoch milliseconds, for sorting and scheduling. */
  publishedAt: number;
  /** Last modification (ISO): the latest of `date`, `updated` and correction dates. */
  modified: string;
  /** The hero image with its intrinsic size. */
  image?: ArticleImage | undefined;
  /** Words in the body, for the reading time. */
  wordCount: number;
  /** Set for a live blog (« En direct »): its coverage and its entries. */
  live?: LiveCoverage | undefined;
}

/** A live blog's coverage: `live:` from the frontmatter and the entries of the body. */
export interface LiveCoverage {
  start: string;
  end?: string | undefined;
  /** Newest first. */
  entries: LiveEntry[];
}

/** A hero image: frontmatter fields plus the size read from the file. */
export type ArticleImage = NonNullable<ArticleFrontmatter['image']> & ImageSize;

/** An author record, with its slug. */
export interface Author extends AuthorRecord {
  slug: string;
}

/** A section (rubrique). */
export type Section = SectionRecord;

/** A topic page: a tag, with the published articles carrying it. */
export interface Topic extends TagRef {
  articles: ArticleMeta[];
}

/** An article body ready to render, with what error messages need to locate problems. */
export interface ArticleSource {
  body: string;
  file: string;
  /** File lines before the body. */
  lineOffset: number;
  /** Slugs of the article's tags (hashtags must be among them). */
  tagSlugs: ReadonlySet<string>;
  /** Set for a live blog: its body is made of `<Entry>` updates within the coverage. */
  live?: { start: string; end?: string | undefined } | undefined;
  /** Published articles named by `<LireAussi slug>`, resolved by the catalog; others are dropped. */
  readAlso?: ReadonlyMap<string, ReadAlsoCard> | undefined;
}

/** What a « Lire aussi » card shows of the article it names. */
export interface ReadAlsoCard {
  title: string;
  description: string;
  path: string;
}
