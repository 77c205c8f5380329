import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { BodyContext, Report } from '@/lib/content/mdx/policy';
import { getEntryAnchor } from '@/lib/content/live/anchor';
import { entryPropsSchema } from '@/lib/content/mdx/props/entry';
import { editorFr } from '@/lib/i18n/editor-fr';

/**
 * The rules of live blogs: `<Entry>` only in an article with `live:`, where the body is made of
 * entries alone (the summary is the description), each timed within the coverage and at its own
 * instant (its anchor comes from its time).
 */
export function checkLiveBody(tree: Root, context: BodyContext, report: Report): void {
  const { live } = context;
  visit(tree, (node, _index, parent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'Entry') return;
    if (!live)
      report(node, 'Entry', editorFr.live.entryOutsideLive, editorFr.live.entryOutsideLiveHint);
    else if (parent !== tree) report(node, 'Entry', editorFr.live.entryNotTopLevel);
  });
  if (!live) return;
  const start = Date.parse(live.start);
  const end = live.end ? Date.parse(live.end) : Number.POSITIVE_INFINITY;
  const anchors = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Entry') {
      report(node, 'mdx', editorFr.live.onlyEntries, editorFr.live.onlyEntriesHint);
      continue;
    }
    const time = readTime(node);
    if (time === undefined) continue;
    const at = Date.parse(time);
    if (at < start || at > end) {
      report(
        node,
        'Entry.time',
        `${editorFr.live.outsideCoverage(live.start, live.end)}, ${editorFr.got(time)}`,
      );
    }
    const anchor = getEntryAnchor(time);
    const line = anchors.get(anchor);
    if (line !== undefined) {
      report(
        node,
        'Entry.time',
        `${editorFr.live.sameTime(line + context.lineOffset)}, ${editorFr.got(time)}`,
        editorFr.live.sameTimeHint,
      );
    } else anchors.set(anchor, node.position?.start.line ?? 1);
  }
}

function readTime(node: MdxJsxFlowElement): string | undefined {
  const attribute = node.attributes.find(
    (item) => item.type === 'mdxJsxAttribute' && item.name === 'time',
  );
  const value = attribute?.value;
  if (typeof value !== 'string') return undefined;
  return entryPropsSchema.shape.time.safeParse(value).success ? value : undefined;
}
