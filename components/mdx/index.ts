import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import { Credit } from '@/components/mdx/credit';
import { Emphasis, Strong } from '@/components/mdx/emphasis';
import { createHashtag } from '@/components/mdx/hashtag';
import { Heading2, Heading3 } from '@/components/mdx/heading';
import { createMdxLink } from '@/components/mdx/link';
import type { SiteLink } from '@/components/mdx/site-link';
import { Bluesky } from '@/components/mdx/bluesky';
import { Entry } from '@/components/mdx/entry';
import { Mastodon } from '@/components/mdx/mastodon';
import { createReadAlso } from '@/components/mdx/read-also';
import { Tweet } from '@/components/mdx/tweet';
import { createYouTube } from '@/components/mdx/youtube/youtube';
import type { MdxComponentName } from '@/lib/content/mdx';

// Typed against the names the content policy accepts, so the policy and the map cannot drift.
// Pages get the interactive video facade; static HTML (feeds) gets the poster and the link.
function createJsxComponents(link: SiteLink, interactive: boolean) {
  return {
    Hashtag: createHashtag(link),
    Tweet,
    Bluesky,
    Mastodon,
    YouTube: createYouTube({ interactive }),
    LireAussi: createReadAlso(link),
    Entry,
    Credit,
  } satisfies Record<MdxComponentName, ComponentType<never>>;
}

/** The one component map used to render every article page. */
export const mdxComponents: MDXComponents = {
  ...createJsxComponents('a', true),
  h2: Heading2,
  h3: Heading3,
  strong: Strong,
  em: Emphasis,
  a: createMdxLink('a'),
};

/**
 * The same components for article HTML rendered outside a page (feeds): headings without the
 * anchor links that only make sense on the site (their ids stay), and the video as a poster and
 * a link.
 */
export const staticMdxComponents: MDXComponents = {
  ...createJsxComponents('a', false),
  strong: Strong,
  em: Emphasis,
  a: createMdxLink('a'),
};
