import { z } from 'zod';
import {
  displayName,
  isOnDomain,
  languageCode,
  postDate,
  readHttpHost,
} from '@/lib/content/mdx/props/shared';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Props of `<Tweet>`: everything is written in the MDX, nothing is fetched from X. */
export const tweetPropsSchema = z.strictObject({
  author: displayName,
  handle: z
    .string()
    .regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: editorFr.tweet.handle })
    .transform((handle) => handle.replace(/^@/, '')),
  date: postDate,
  url: z.string().superRefine((url, context) => {
    const host = readHttpHost(url);
    if (host === undefined)
      context.addIssue({
        code: 'custom',
        message: editorFr.tweet.url,
      });
    else if (!isOnDomain(host, 'x.com') && !isOnDomain(host, 'twitter.com')) {
      context.addIssue({ code: 'custom', message: editorFr.embeds.xHost });
    }
  }),
  lang: languageCode,
});
