import type { Root, RootContent } from 'mdast';
import { getEntryAnchor, sortNewestFirst } from '@/lib/content/live';

function readEntryTime(node: RootContent): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Entry') return undefined;
  const attribute = node.attributes.find(
    (item) => item.type === 'mdxJsxAttribute' && item.name === 'time',
  );
  const time = attribute?.value;
  return typeof time === 'string' && !Number.isNaN(Date.parse(time)) ? time : undefined;
}

/**
 * Puts a live blog's entries newest first, as readers expect, whatever order the editors wrote
 * them in (appending at the end is the natural way to add one), and gives each its anchor (the
 * same the JSON-LD and feeds use). The check already made sure the body holds entries only.
 */
export function prepareLiveEntries(tree: Root): void {
  const timed = tree.children.map((node) => {
    const time = readEntryTime(node);
    if (time !== undefined && node.type === 'mdxJsxFlowElement') {
      node.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'anchor',
        value: getEntryAnchor(time),
      });
    }
    return { node, publishedAt: time === undefined ? Number.NEGATIVE_INFINITY : Date.parse(time) };
  });
  tree.children = sortNewestFirst(timed).map((item) => item.node);
}
