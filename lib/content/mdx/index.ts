// The article body rules: allowed components, safe links, size limits, and the remark plugin.
export { checkArticleBody } from '@/lib/content/mdx/check-body';
export { findShapeProblems } from '@/lib/content/mdx/limits';
export { remarkManchette, type RemarkManchetteOptions } from '@/lib/content/mdx/remark-manchette';
export { isAllowedUrl } from '@/lib/content/mdx/url-policy';
export {
  blueskyPropsSchema,
  entryPropsSchema,
  mastodonPropsSchema,
  tweetPropsSchema,
  youTubePropsSchema,
  type MdxComponentName,
} from '@/lib/content/mdx/components';
