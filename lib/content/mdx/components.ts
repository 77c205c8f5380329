import { z } from 'zod';
import { isAllowedUrl } from '@/lib/content/mdx/url-policy';

const tweetDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/, {
    error: 'expected a date like 2018-01-09',
  });

/** Props of `<Tweet>`: everything is written in the MDX, nothing is fetched from X. */
export const tweetPropsSchema = z.strictObject({
  author: z.string().trim().min(1, { error: 'must not be empty' }).max(80),
  handle: z
    .string()
    .regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: 'expected an X handle such as "HuaweiMobile"' })
    .transform((handle) => handle.replace(/^@/, '')),
  date: tweetDate,
  url: z.string().refine((url) => /^https?:\/\//.test(url) && isAllowedUrl(url), {
    error: 'expected an http(s) link to the original post',
  }),
  /** Language of the post when it is not French (`en`), so screen readers switch voice. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language code such as "en"' })
    .optional(),
});

const noProps = z.strictObject({});

/**
 * The JSX components an MDX article may use, with the schema of their props. The React map in
 * `components/mdx/index.ts` is typed against these names so the two cannot drift apart.
 */
export const MDX_COMPONENT_PROPS = {
  Hashtag: noProps,
  Tweet: tweetPropsSchema,
  Credit: noProps,
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENT_PROPS;

/** True when `name` is one of our MDX components. */
export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENT_PROPS, name);
}

/** Components that must stand on their own line (they render block elements). */
export const BLOCK_COMPONENTS: ReadonlySet<MdxComponentName> = new Set(['Tweet', 'Credit']);
