import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { entryPropsSchema } from '@/lib/content/mdx/props/entry';
import { getEntryAnchor } from '@/lib/content/live/anchor';
import { toPlainText } from '@/lib/content/source/plain-text';
import { typesetFrench } from '@/lib/format/typography';

/** One update of a live blog, as crawlers, feeds and the live JSON route need it. */
export interface LiveEntry {
  /** `entree-2026-12-02-10h42`: the entry's anchor on the page. */
  anchor: string;
  /** As written, ISO 8601 with offset. */
  time: string;
  /** `time` as epoch milliseconds. */
  publishedAt: number;
  title: string;
  /** The entry's text without markup (JSON-LD `articleBody`). */
  text: string;
  /** The entry's own MDX (`<Entry …>…</Entry>`), to render it alone for open tabs. */
  source: string;
  /** File lines before the entry's first line. */
  lineOffset: number;
}

let parser: ReturnType<typeof createProcessor> | undefined;

/**
 * The entries of a live blog's body, newest first (the page's order). Entries with invalid
 * props, and bodies that do not parse, give nothing here: content:check reports them.
 */
export function extractLiveEntries(body: string, bodyLineOffset: number): LiveEntry[] {
  parser ??= createProcessor({ format: 'mdx' });
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch {
    return [];
  }
  const entries: LiveEntry[] = [];
  for (const node of tree.children) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Entry') continue;
    const entry = toLiveEntry(node, body, bodyLineOffset);
    if (entry) entries.push(entry);
  }
  return sortNewestFirst(entries);
}

function toLiveEntry(
  node: MdxJsxFlowElement,
  body: string,
  bodyLineOffset: number,
): LiveEntry | undefined {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute') props[attribute.name] = attribute.value;
  }
  const parsed = entryPropsSchema.safeParse(props);
  const start = node.position?.start;
  const end = node.position?.end;
  if (!parsed.success || start?.offset === undefined || end?.offset === undefined) return undefined;
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  const inner = first !== undefined && last !== undefined ? body.slice(first, last) : '';
  return {
    anchor: getEntryAnchor(parsed.data.time),
    time: parsed.data.time,
    publishedAt: Date.parse(parsed.data.time),
    title: typesetFrench(parsed.data.title),
    text: typesetFrench(toPlainText(inner)),
    source: body.slice(start.offset, end.offset),
    lineOffset: bodyLineOffset + start.line - 1,
  };
}

/** Newest first; entries of the same instant keep the order they were written in. */
export function sortNewestFirst<T extends { publishedAt: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.publishedAt - a.publishedAt);
}
