import type { Root } from 'mdast';
import type { ReadAlsoCard } from '@/lib/content/source';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import { addHeadingIds } from '@/lib/content/mdx/heading-ids';
import { prepareLiveEntries } from '@/lib/content/mdx/live-order';
import { fillReadAlsoCards } from '@/lib/content/mdx/read-also';
import { collectBodyProblems, type BodyContext } from '@/lib/content/mdx/policy';
import { normalizeTree } from '@/lib/content/mdx/normalize';
import { typesetTree } from '@/lib/content/mdx/typography';

/** Options of {@link remarkManchette}: the article context plus a list that receives problems. */
export interface RemarkManchetteOptions extends BodyContext {
  problems: ContentProblem[];
  /** The « Lire aussi » cards the body may show; any `<LireAussi>` without one is dropped. */
  readAlso?: ReadonlyMap<string, ReadAlsoCard> | undefined;
}

/**
 * The remark plugin of the render pipeline: links tweet hashtags, enforces the content policy
 * (throwing a ContentError, and leaving the problems in `options.problems` for callers whose
 * MDX library rewraps errors), then gives headings their ids, fills « Lire aussi » cards, puts live entries newest first
 * and sets the text in French typography.
 */
export function remarkManchette(options: RemarkManchetteOptions) {
  return (tree: Root): void => {
    normalizeTree(tree);
    const problems = collectBodyProblems(tree, options);
    if (problems.length > 0) {
      options.problems.push(...problems);
      throw new ContentError(problems);
    }
    addHeadingIds(tree);
    fillReadAlsoCards(tree, options.readAlso ?? new Map());
    if (options.live) prepareLiveEntries(tree);
    typesetTree(tree);
  };
}
