// React writes every attribute in double quotes and escapes `"` inside values, so a value ends
// at the next quote; `&amp;` is the only entity a URL attribute holds.
const URL_ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const CLASS_ATTRIBUTE = /\sclass="[^"]*"/g;

/**
 * Makes every `href` and `src` of rendered HTML absolute, resolving it against `base` (the
 * article's URL): feed readers show the HTML away from the site, where `/tags/x` or `#section`
 * would point nowhere. Absolute and `mailto:` links are kept as they are.
 */
export function absolutizeUrls(html: string, base: string): string {
  return html.replace(URL_ATTRIBUTE, (match, name: string, value: string) => {
    let absolute: string;
    try {
      absolute = new URL(value.replaceAll('&amp;', '&'), base).href;
    } catch {
      return match;
    }
    return ` ${name}="${absolute.replaceAll('&', '&amp;')}"`;
  });
}

/**
 * Article HTML as feeds carry it: absolute links, and without the site's class names, which
 * mean nothing to a feed reader (its own styles apply).
 */
export function prepareFeedHtml(html: string, base: string): string {
  return absolutizeUrls(html, base).replace(CLASS_ATTRIBUTE, '');
}
