import { z } from 'zod';
import { blueskyPropsSchema } from '@/lib/content/mdx/props/bluesky';
import { entryPropsSchema } from '@/lib/content/mdx/props/entry';
import { mastodonPropsSchema } from '@/lib/content/mdx/props/mastodon';
import { readAlsoPropsSchema } from '@/lib/content/mdx/props/read-also';
import { tweetPropsSchema } from '@/lib/content/mdx/props/tweet';
import { youTubePropsSchema } from '@/lib/content/mdx/props/youtube';

export { tweetPropsSchema } from '@/lib/content/mdx/props/tweet';
export { blueskyPropsSchema } from '@/lib/content/mdx/props/bluesky';
export { mastodonPropsSchema } from '@/lib/content/mdx/props/mastodon';
export { youTubePropsSchema } from '@/lib/content/mdx/props/youtube';
export { readAlsoPropsSchema } from '@/lib/content/mdx/props/read-also';
export { entryPropsSchema } from '@/lib/content/mdx/props/entry';

const noProps = z.strictObject({});

/**
 * The JSX components an MDX article may use (the policy's allowlist), with the schema of their
 * props. The React map in `components/mdx/index.ts` is typed against these names so the two
 * cannot drift apart.
 */
export const MDX_COMPONENT_PROPS = {
  Hashtag: noProps,
  Tweet: tweetPropsSchema,
  Bluesky: blueskyPropsSchema,
  Mastodon: mastodonPropsSchema,
  YouTube: youTubePropsSchema,
  LireAussi: readAlsoPropsSchema,
  Entry: entryPropsSchema,
  Credit: noProps,
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENT_PROPS;

/** True when `name` is one of our MDX components. */
export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(MDX_COMPONENT_PROPS, name);
}

/** Components that must stand on their own line (they render block elements). */
export const BLOCK_COMPONENTS: ReadonlySet<MdxComponentName> = new Set([
  'Tweet',
  'Bluesky',
  'Mastodon',
  'YouTube',
  'LireAussi',
  'Entry',
  'Credit',
]);

/** Social posts: quoted text inside, hashtags in it linked to our topics. */
export const POST_COMPONENTS: ReadonlySet<MdxComponentName> = new Set([
  'Tweet',
  'Bluesky',
  'Mastodon',
]);

/** Components that hold text and are meaningless empty. */
export const TEXT_COMPONENTS: ReadonlySet<MdxComponentName> = new Set([
  ...POST_COMPONENTS,
  'Entry',
  'Credit',
]);
