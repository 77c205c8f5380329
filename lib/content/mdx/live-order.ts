import type { Root, RootContent } from 'mdast';
import { sortNewestFirst } from '@/lib/content/live/entries';

function readEntryTime(node: RootContent): number {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Entry') return Number.NEGATIVE_INFINITY;
  const attribute = node.attributes.find(
    (item) => item.type === 'mdxJsxAttribute' && item.name === 'time',
  );
  const time = typeof attribute?.value === 'string' ? Date.parse(attribute.value) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Puts a live blog's entries newest first, as readers expect, whatever order the editors wrote
 * them in (appending at the end is the natural way to add one). The check already made sure the
 * body holds entries only.
 */
export function orderLiveEntries(tree: Root): void {
  const timed = tree.children.map((node) => ({ node, publishedAt: readEntryTime(node) }));
  tree.children = sortNewestFirst(timed).map((item) => item.node);
}
