import { expect, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DRAFT_CANARY, DRAFT_SLUG, SCHEDULED_CANARY, SCHEDULED_SLUG } from './constants';

/** Google's smartphone crawler, as it introduces itself. */
export const GOOGLEBOT_UA =
  'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.71 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** An ordinary desktop browser. */
export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

/** Both kinds of visitor: every crawler promise must hold for each. */
export const USER_AGENTS = [
  ['a browser', BROWSER_UA],
  ['Googlebot', GOOGLEBOT_UA],
] as const;

/** Strings of the shipped draft and scheduled article: no crawler output may contain them. */
export const UNPUBLISHED_SECRETS = [DRAFT_CANARY, SCHEDULED_CANARY, DRAFT_SLUG, SCHEDULED_SLUG];

/** The path and query of an absolute URL, to ask the test server for it. */
export function toPath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** The canonical URL declared in the `<head>` of an HTML document, if any. */
export function readCanonical(html: string): string | undefined {
  const head = html.slice(0, html.indexOf('</head>'));
  return /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
}

/** The public origin the build was made for, as the front page declares it. */
export async function getSiteOrigin(request: APIRequestContext): Promise<string> {
  const canonical = readCanonical(await (await request.get('/')).text());
  if (!canonical) throw new Error('the front page has no canonical URL');
  return new URL(canonical).origin;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap'].includes(name),
});

/** Parses an XML document after checking it is well formed. */
export function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text);
}

/** The `<loc>` of every URL of a sitemap. */
export async function readSitemapLocs(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const { urlset } = parseXml(await response.text());
  const urls: unknown[] = urlset?.url ?? [];
  return urls.map((url) => {
    const loc = typeof url === 'object' && url !== null && 'loc' in url ? url.loc : undefined;
    if (typeof loc !== 'string') throw new Error(`a <url> of ${path} has no <loc>`);
    return loc;
  });
}
