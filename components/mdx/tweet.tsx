import { createPostEmbed } from '@/components/mdx/post/post-embed';
import { tweetPropsSchema } from '@/lib/content/mdx';

/** A post from X, as a static card: nothing is loaded from X. */
export const Tweet = createPostEmbed(
  { id: 'tweet', name: 'X' },
  tweetPropsSchema,
  ({ handle, ...tweet }) => ({
    ...tweet,
    handle: `@${handle}`,
    profileUrl: `https://x.com/${handle}`,
  }),
);
