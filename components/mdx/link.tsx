import type { ComponentPropsWithoutRef } from 'react';
import type { SiteLink } from '@/components/mdx/site-link';
import { isAllowedUrl } from '@/lib/content/mdx';

/**
 * Links in articles: site links go through `Link`, external ones open no window handle and
 * send no referrer. A URL the content policy refuses is rendered as plain text, never as a link.
 */
export function createMdxLink(Link: SiteLink) {
  return function MdxLink({ href, children, ...rest }: ComponentPropsWithoutRef<'a'>) {
    if (!href || !isAllowedUrl(href)) return <span>{children}</span>;
    if (href.startsWith('/')) {
      return (
        <Link href={href} {...rest}>
          {children}
        </Link>
      );
    }
    const external = !href.startsWith('#');
    return (
      <a href={href} rel={external ? 'noopener noreferrer' : undefined} {...rest}>
        {children}
      </a>
    );
  };
}
