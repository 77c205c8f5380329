import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import { Credit } from '@/components/mdx/credit';
import { Emphasis, Strong } from '@/components/mdx/emphasis';
import { Hashtag } from '@/components/mdx/hashtag';
import { Heading2, Heading3 } from '@/components/mdx/heading';
import { MdxLink } from '@/components/mdx/link';
import { Tweet } from '@/components/mdx/tweet/tweet';
import type { MdxComponentName } from '@/lib/content/mdx/components';

// Typed against the names the content policy accepts, so the policy and the map cannot drift.
const jsxComponents = { Hashtag, Tweet, Credit } satisfies Record<
  MdxComponentName,
  ComponentType<never>
>;

/** The one component map used to render every article. */
export const mdxComponents: MDXComponents = {
  ...jsxComponents,
  h2: Heading2,
  h3: Heading3,
  strong: Strong,
  em: Emphasis,
  a: MdxLink,
};
