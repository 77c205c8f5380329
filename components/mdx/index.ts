import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentType } from 'react';
import { Credit } from '@/components/mdx/credit';
import { Emphasis, Strong } from '@/components/mdx/emphasis';
import { createHashtag } from '@/components/mdx/hashtag';
import { Heading2, Heading3 } from '@/components/mdx/heading';
import { createMdxLink } from '@/components/mdx/link';
import type { SiteLink } from '@/components/mdx/site-link';
import { Tweet } from '@/components/mdx/tweet/tweet';
import type { MdxComponentName } from '@/lib/content/mdx';

// Typed against the names the content policy accepts, so the policy and the map cannot drift.
function createJsxComponents(link: SiteLink) {
  return { Hashtag: createHashtag(link), Tweet, Credit } satisfies Record<
    MdxComponentName,
    ComponentType<never>
  >;
}

/** The one component map used to render every article page. */
export const mdxComponents: MDXComponents = {
  ...createJsxComponents(Link),
  h2: Heading2,
  h3: Heading3,
  strong: Strong,
  em: Emphasis,
  a: createMdxLink(Link),
};

/**
 * The same components for article HTML rendered outside a page (feeds): plain links, since
 * next/link is a client component a static renderer cannot call, and headings without the
 * anchor links that only make sense on the site (their ids stay).
 */
export const staticMdxComponents: MDXComponents = {
  ...createJsxComponents('a'),
  strong: Strong,
  em: Emphasis,
  a: createMdxLink('a'),
};
