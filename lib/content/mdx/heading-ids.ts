import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '@/lib/format/slug';

/** Gives every heading a stable, unique, accent-folded id (`## Sécurité` → `securite`). */
export function addHeadingIds(tree: Root): void {
  const seen = new Map<string, number>();
  visit(tree, 'heading', (heading) => {
    const base = slugify(toString(heading)) || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const id = count === 0 ? base : `${base}-${count}`;
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
}
