import { slugifyTag } from '@/lib/format/slug';

/** Site path of an article. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** Site path of a topic page, from a tag label or slug (`Sécurité` → `/tags/securite`). */
export function tagPath(tag: string): string {
  return `/tags/${slugifyTag(tag)}`;
}
