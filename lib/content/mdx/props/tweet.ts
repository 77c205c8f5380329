import { z } from 'zod';
import {
  displayName,
  isOnDomain,
  languageCode,
  postDate,
  readHttpHost,
} from '@/lib/content/mdx/props/shared';

/** Props of `<Tweet>`: everything is written in the MDX, nothing is fetched from X. */
export const tweetPropsSchema = z.strictObject({
  author: displayName,
  handle: z
    .string()
    .regex(/^@?[A-Za-z0-9_]{1,15}$/, { error: 'expected an X handle such as "HuaweiMobile"' })
    .transform((handle) => handle.replace(/^@/, '')),
  date: postDate,
  url: z.string().superRefine((url, context) => {
    const host = readHttpHost(url);
    if (host === undefined)
      context.addIssue({
        code: 'custom',
        message: 'expected an http(s) link to the original post',
      });
    else if (!isOnDomain(host, 'x.com') && !isOnDomain(host, 'twitter.com')) {
      context.addIssue({ code: 'custom', message: 'expected a link on x.com or twitter.com' });
    }
  }),
  lang: languageCode,
});
