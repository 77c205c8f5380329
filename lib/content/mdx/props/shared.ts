import { z } from 'zod';
import { isIsoDateTimeWithOffset } from '@/lib/content/source/schema';
import { isAllowedUrl } from '@/lib/content/mdx/url-policy';
import { editorFr } from '@/lib/i18n/editor-fr';

/** A day (`2018-01-09`) or an instant with its offset, as social posts are dated. */
export const postDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?$/, {
    error: editorFr.embeds.postDate,
  });

/** An instant with its offset (`2026-12-02T10:42:00+01:00`), as live entries are timed. */
export const instant = z.string().refine(isIsoDateTimeWithOffset, {
  error: editorFr.embeds.dateTime,
});

/** The name shown on a card. */
export const displayName = z.string().trim().min(1, { error: editorFr.embeds.notEmpty }).max(80);

/** Language of a quoted text when it is not French (`en`), so screen readers switch voice. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: editorFr.embeds.lang })
  .optional();

/** The host name of an http(s) URL the content policy accepts, or undefined. */
export function readHttpHost(url: string): string | undefined {
  if (!/^https?:\/\//.test(url) || !isAllowedUrl(url) || !URL.canParse(url)) return undefined;
  return new URL(url).hostname.toLowerCase();
}

/** True when `host` is `domain` or one of its subdomains. */
export function isOnDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
