import type { Root } from 'mdast';
import { liftBlockComponents } from '@/lib/content/mdx/block-components';
import { linkTweetHashtags } from '@/lib/content/mdx/tweet-hashtags';

/** Tree rewrites shared by the checker and the renderer, so both judge the same tree. */
export function normalizeTree(tree: Root): void {
  liftBlockComponents(tree);
  linkTweetHashtags(tree);
}
