/** Removes diacritics (« é » → « e », « œ » → « oe ») so that URLs stay plain ASCII. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss');
}

/** Turns any label into a URL slug: accent-folded, lower-case, words joined by hyphens. */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The URL slug of a tag or hashtag: `#Sécurité` → `securite`, `CES 2018` → `ces-2018`. */
export function slugifyTag(tag: string): string {
  return slugify(tag.replace(/^#/, ''));
}

/** Slugs allowed for articles, tags, authors and sections. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True when the text is a well-formed slug (used before any look-up). */
export function isSlug(text: string): boolean {
  return text.length <= 200 && SLUG_PATTERN.test(text);
}
