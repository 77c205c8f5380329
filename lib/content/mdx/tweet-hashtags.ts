import type { Root, PhrasingContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { POST_COMPONENTS, isMdxComponentName } from '@/lib/content/mdx/components';

// A hashtag starts after a non-word character and runs over letters, digits and underscores.
const HASHTAG = /(^|[^\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

/**
 * Inside every quoted post (`<Tweet>`, `<Bluesky>`, `<Mastodon>`), turns plain `#Word` tokens
 * into `<Hashtag>Word</Hashtag>` elements, linked to our topic pages.
 */
export function linkTweetHashtags(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !isMdxComponentName(node.name) || !POST_COMPONENTS.has(node.name)) return;
    visit(node, 'text', (text, index, parent) => {
      if (!parent || index === undefined) return;
      if (parent.type === 'link' || (isJsx(parent) && parent.name === 'Hashtag')) return;
      const pieces = splitHashtags(text);
      if (pieces.length === 1) return;
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
    return SKIP;
  });
}

function isJsx(node: { type: string }): node is MdxJsxTextElement {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
}

function splitHashtags(text: Text): PhrasingContent[] {
  const pieces: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(HASHTAG)) {
    const start = match.index + (match[1]?.length ?? 0);
    const label = match[2] ?? '';
    if (start > last) pieces.push({ type: 'text', value: text.value.slice(last, start) });
    const position = positionAt(text, start, start + label.length + 1);
    pieces.push({
      type: 'mdxJsxTextElement',
      name: 'Hashtag',
      attributes: [],
      children: [{ type: 'text', value: label, position }],
      position,
    });
    last = start + label.length + 1;
  }
  if (pieces.length === 0) return [text];
  if (last < text.value.length) pieces.push({ type: 'text', value: text.value.slice(last) });
  return pieces;
}

/** Source position of a slice of a text node, so errors about a hashtag point at it. */
function positionAt(text: Text, from: number, to: number): Text['position'] {
  const start = text.position?.start;
  if (!start) return undefined;
  const locate = (offset: number) => {
    const before = text.value.slice(0, offset);
    const lines = before.split('\n');
    const line = start.line + lines.length - 1;
    const column = lines.length === 1 ? start.column + offset : (lines.at(-1)?.length ?? 0) + 1;
    return { line, column };
  };
  return { start: locate(from), end: locate(to) };
}
