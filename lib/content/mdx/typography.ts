import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { typesetFrench } from '@/lib/format/typography';

// Attributes that readers see as prose; every other attribute (url, href, handle…) is left as typed.
const PROSE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { Entry: ['title'] };

/**
 * French typography on the text readers see: text nodes and the prose attributes above. Code
 * (inline or block) is not text and stays as typed, as do URLs, and anything inside an element
 * whose `lang` is not French (a quoted English tweet keeps its own punctuation).
 */
export function typesetTree(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'text') {
      node.value = typesetFrench(node.value);
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name === 'Hashtag' || isForeign(node)) return SKIP;
    for (const attribute of node.attributes) {
      if (
        attribute.type === 'mdxJsxAttribute' &&
        typeof attribute.value === 'string' &&
        PROSE_ATTRIBUTES[node.name ?? '']?.includes(attribute.name)
      ) {
        attribute.value = typesetFrench(attribute.value);
      }
    }
  });
}

function isForeign(node: MdxJsxFlowElement | MdxJsxTextElement): boolean {
  const lang = node.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang',
  )?.value;
  return typeof lang === 'string' && lang.trim() !== '' && !/^fr\b/i.test(lang.trim());
}
