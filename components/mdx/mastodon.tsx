import { createPostEmbed } from '@/components/mdx/post/post-embed';
import { mastodonPropsSchema } from '@/lib/content/mdx';

/** `<Mastodon author="…" handle="@alice@mastodon.social" date="…" url="…">text</Mastodon>`. */
export const Mastodon = createPostEmbed(
  { id: 'mastodon', name: 'Mastodon' },
  mastodonPropsSchema,
  ({ handle, ...post }) => ({
    ...post,
    handle: `@${handle.user}@${handle.server}`,
    profileUrl: `https://${handle.server}/@${handle.user}`,
  }),
);
