import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ReadAlsoCard } from '@/lib/content/source';

/**
 * Gives every `<LireAussi slug>` the title, description and path of its article, from the cards
 * the catalog resolved, and removes the ones without a card (draft, scheduled, unknown): the
 * component only shows what it receives.
 */
export function fillReadAlsoCards(tree: Root, cards: ReadonlyMap<string, ReadAlsoCard>): void {
  visit(tree, (node, index, parent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'LireAussi' || !parent || index === undefined) return;
    const slug = node.attributes.find(
      (item) => item.type === 'mdxJsxAttribute' && item.name === 'slug',
    )?.value;
    const card = typeof slug === 'string' ? cards.get(slug) : undefined;
    if (!card) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    node.attributes = (['title', 'description', 'path'] as const).map((name) => ({
      type: 'mdxJsxAttribute',
      name,
      value: card[name],
    }));
    return SKIP;
  });
}
