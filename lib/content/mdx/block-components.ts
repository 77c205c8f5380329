import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { BLOCK_COMPONENTS, isMdxComponentName } from '@/lib/content/mdx/components';

/**
 * MDX reads `<Credit>Huawei</Credit>` written on one line as an inline element wrapped in a
 * paragraph. A block component alone in its paragraph replaces that paragraph, so it does not
 * render a `<figure>` inside a `<p>`.
 */
export function liftBlockComponents(tree: Root): void {
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!parent || index === undefined) return;
    const meaningful = paragraph.children.filter(
      (child) => !(child.type === 'text' && child.value.trim() === ''),
    );
    const only = meaningful[0];
    if (meaningful.length !== 1 || only?.type !== 'mdxJsxTextElement') return;
    if (!only.name || !isMdxComponentName(only.name) || !BLOCK_COMPONENTS.has(only.name)) return;
    parent.children.splice(index, 1, only);
  });
}
