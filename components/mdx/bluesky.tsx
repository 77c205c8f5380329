import { createPostEmbed } from '@/components/mdx/post/post-embed';
import { blueskyPropsSchema } from '@/lib/content/mdx';

/** `<Bluesky author="…" handle="alice.bsky.social" date="…" url="…">text</Bluesky>`. */
export const Bluesky = createPostEmbed(
  { id: 'bluesky', name: 'Bluesky' },
  blueskyPropsSchema,
  ({ handle, ...post }) => ({
    ...post,
    handle: `@${handle}`,
    profileUrl: `https://bsky.app/profile/${handle}`,
  }),
);
