import type { ComponentPropsWithoutRef, ComponentType } from 'react';

/**
 * How MDX components link to pages of the site. Pages and feeds both pass a plain `a` since
 * issue 12 (next/link cost 7 KB of JavaScript per page and prefetched every link in view); a
 * component is still accepted, for a page that would need one.
 */
export type SiteLink = ComponentType<ComponentPropsWithoutRef<'a'> & { href: string }> | 'a';
