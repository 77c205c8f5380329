import { z } from 'zod';
import { isRealCalendarDate } from '@/lib/format/dates';
import { SLUG_PATTERN, slugifyTag } from '@/lib/format/slug';
import { editorFr } from '@/lib/i18n/editor-fr';

// zod's own messages (a value of the wrong type…) reach editors: French, like ours. Every
// content schema imports this module, so the locale is set before any of them parses.
z.config(z.locales.fr());

const ISO_DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for `2018-01-09T18:30:00+01:00` style values naming a real instant. */
export function isIsoDateTimeWithOffset(value: string): boolean {
  return (
    ISO_DATE_TIME_WITH_OFFSET.test(value) &&
    isRealCalendarDate(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

const got = (input: unknown) => editorFr.got(input);
const say = editorFr.schema;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: say.notEmpty })
    .max(max, { error: say.tooLong(max) });

const isoDateTime = z.string().refine(isIsoDateTimeWithOffset, {
  error: (issue) => `${say.isoDate}, ${got(issue.input)}`,
});

const slug = z.string().regex(SLUG_PATTERN, {
  abort: true,
  error: (issue) => `${say.slug}, ${got(issue.input)}`,
});

const boolean = z.boolean({ error: (issue) => `${say.boolean}, ${got(issue.input)}` });

const tag = text(60).refine((value) => slugifyTag(value).length > 0, {
  error: (issue) => `${say.tagNeedsLetter}, ${got(issue.input)}`,
});

/**
 * A raster image under `public/` (`/images/x.jpg`); remote images would contact another host.
 * No SVG: served from our origin, an SVG opened on its own is a document that may run script.
 */
export const publicImagePath = z
  .string()
  .refine((value) => !/\.svgz?$/i.test(value), {
    abort: true,
    error: (issue) => `${say.svgImage}, ${got(issue.input)}`,
  })
  .regex(/^\/(?!\/)(?!.*\.\.)[\w\-./]+\.(avif|gif|jpe?g|png|webp)$/i, {
    abort: true,
    error: (issue) => `${say.publicImagePath}, ${got(issue.input)}`,
  });

/** The hero image of an article: the file, its alternative text and whom to credit. */
export const imageSchema = z.strictObject({
  src: publicImagePath,
  alt: text(300),
  credit: text(120),
  /** Optional caption shown under the image, before the credit. */
  caption: text(300).optional(),
});

/** A published correction: shown in a « Rectificatif » box and counted as a modification. */
export const correctionSchema = z.strictObject({
  date: isoDateTime,
  text: text(1000),
});

/** Coverage of a live blog: when it started and, once over, when it ended. */
export const liveSchema = z.strictObject({
  start: isoDateTime,
  end: isoDateTime.optional(),
});

/** What frontmatter may point at: existing authors, sections and images in `public/`. */
export interface ContentReferences {
  authors: ReadonlySet<string>;
  sections: ReadonlySet<string>;
  /** True when `/images/x.jpg` exists under `public/` and is a readable image. */
  imageExists: (src: string) => boolean;
  /** The width in pixels of an existing image, to hold lead images to Discover's minimum. */
  imageWidth?: ((src: string) => number | undefined) | undefined;
}

/** Google Discover shows large previews only for images at least this wide. */
export const MIN_LEAD_IMAGE_WIDTH = 1200;

const knownSlug = (kind: 'author' | 'section', known: ReadonlySet<string> | undefined) =>
  known
    ? slug.refine((value) => known.has(value), {
        error: (issue) =>
          kind === 'author'
            ? say.unknownAuthor(issue.input, [...known])
            : say.unknownSection(issue.input, [...known]),
      })
    : slug;

/**
 * The schema of `content/articles/<slug>.mdx` frontmatter. Unknown fields are errors, to catch
 * typos; with `references`, authors and section must name existing records.
 */
export function createArticleSchema(references?: ContentReferences) {
  return z
    .strictObject({
      title: text(200),
      description: text(400),
      date: isoDateTime,
      updated: isoDateTime.optional(),
      authors: z.array(knownSlug('author', references?.authors)).min(1, { error: say.needsAuthor }),
      section: knownSlug('section', references?.sections),
      tags: z.array(tag).default([]),
      image: (references
        ? imageSchema.extend({
            src: publicImagePath
              .refine(references.imageExists, {
                abort: true,
                error: (issue) => `${say.imageNotFound}, ${got(issue.input)}`,
              })
              .refine(
                (src) =>
                  (references.imageWidth?.(src) ?? MIN_LEAD_IMAGE_WIDTH) >= MIN_LEAD_IMAGE_WIDTH,
                {
                  error: (issue) =>
                    say.leadImageTooNarrow(
                      references.imageWidth?.(String(issue.input)) ?? 0,
                      MIN_LEAD_IMAGE_WIDTH,
                    ),
                },
              ),
          })
        : imageSchema
      ).optional(),
      draft: boolean.default(false),
      /** Lead story of the front page (the newest featured article wins). */
      featured: boolean.default(false),
      corrections: z.array(correctionSchema).default([]),
      /** Former slugs of a renamed article: their URLs redirect permanently here. */
      aliases: z.array(slug).default([]),
      /** Makes the article a live blog (« En direct ») made of `<Entry>` updates. */
      live: liveSchema.optional(),
    })
    .superRefine((value, context) => {
      if (value.updated && Date.parse(value.updated) < Date.parse(value.date)) {
        context.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `${say.updatedBeforeDate(value.date)}, ${got(value.updated)}`,
        });
      }
      if (value.live?.end && Date.parse(value.live.end) < Date.parse(value.live.start)) {
        context.addIssue({
          code: 'custom',
          path: ['live', 'end'],
          message: `${say.liveEndBeforeStart(value.live.start)}, ${got(value.live.end)}`,
        });
      }
      value.corrections.forEach((correction, index) => {
        if (Date.parse(correction.date) < Date.parse(value.date)) {
          context.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: `${say.correctionBeforeDate(value.date)}, ${got(correction.date)}`,
          });
        }
      });
    });
}

export type ArticleFrontmatter = z.output<ReturnType<typeof createArticleSchema>>;

/** `content/authors/<slug>.yaml`. */
export const authorSchema = z.strictObject({
  name: text(120),
  bio: text(600),
  role: text(120).optional(),
  links: z
    .array(
      z.strictObject({ label: text(60), url: z.url({ protocol: /^https?$/, error: say.httpUrl }) }),
    )
    .default([]),
});

export type AuthorRecord = z.infer<typeof authorSchema>;

/** One entry of `content/sections.yaml`. */
export const sectionSchema = z.strictObject({
  slug,
  name: text(60),
  description: text(300),
});

export const sectionsFileSchema = z.array(sectionSchema).min(1, { error: say.needsSection });

export type SectionRecord = z.infer<typeof sectionSchema>;
