import { z } from 'zod';
import { displayName, languageCode, postDate, readHttpHost } from '@/lib/content/mdx/props/shared';
import { editorFr } from '@/lib/i18n/editor-fr';

// A Bluesky handle is a domain name: `alice.bsky.social`, or a newsroom's own `lemonde.fr`.
const HANDLE =
  /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Props of `<Bluesky>`: a post on bsky.app, written in the MDX. */
export const blueskyPropsSchema = z
  .strictObject({
    author: displayName,
    handle: z
      .string()
      .transform((handle) => handle.replace(/^@/, '').toLowerCase())
      .refine((handle) => HANDLE.test(handle), {
        error: editorFr.embeds.blueskyHandle,
      }),
    date: postDate,
    url: z.string(),
    lang: languageCode,
  })
  .superRefine((props, context) => {
    const problem = checkPostUrl(props.url, props.handle);
    if (problem) context.addIssue({ code: 'custom', path: ['url'], message: problem });
  });

function checkPostUrl(url: string, handle: string): string | undefined {
  // An invalid handle is reported on its own field; comparing the URL with it would say it twice.
  if (!HANDLE.test(handle)) return undefined;
  if (readHttpHost(url) !== 'bsky.app') return editorFr.embeds.blueskyHost;
  const match = /^https:\/\/bsky\.app\/profile\/([^/]+)\/post\/[a-z0-9]+\/?$/i.exec(url);
  if (!match) return editorFr.embeds.blueskyPath;
  const owner = decodeURIComponent(match[1] ?? '').toLowerCase();
  if (owner !== handle && !owner.startsWith('did:'))
    return editorFr.embeds.blueskyOwner(owner, handle);
  return undefined;
}
