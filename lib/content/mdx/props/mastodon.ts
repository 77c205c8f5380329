import { z } from 'zod';
import { displayName, languageCode, postDate, readHttpHost } from '@/lib/content/mdx/props/shared';
import { editorFr } from '@/lib/i18n/editor-fr';

// `@user@instance.social`: the account name, then the server that hosts it.
const HANDLE = /^@?([A-Za-z0-9_]{1,30})@((?:[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;

/** Props of `<Mastodon>`: a post on the author's own server, written in the MDX. */
export const mastodonPropsSchema = z
  .strictObject({
    author: displayName,
    handle: z.string().transform((handle, context) => {
      const match = HANDLE.exec(handle);
      if (!match) {
        context.addIssue({
          code: 'custom',
          message: editorFr.embeds.mastodonAddress,
        });
        return z.NEVER;
      }
      return { user: match[1] ?? '', server: (match[2] ?? '').toLowerCase() };
    }),
    date: postDate,
    url: z.string(),
    lang: languageCode,
  })
  .superRefine((props, context) => {
    const host = readHttpHost(props.url);
    if (host === undefined || !props.url.startsWith('https://')) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: editorFr.embeds.mastodonUrl,
      });
    } else if (host !== props.handle.server) {
      // A post lives on its author's server: another host means a copy-paste mistake.
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: editorFr.embeds.mastodonHost(props.handle.server),
      });
    }
  });
