import type { ComponentPropsWithoutRef, ComponentType } from 'react';

/**
 * How MDX components link to pages of the site: next/link on pages (client-side navigation),
 * a plain `a` in static HTML such as feeds, where no client component can run.
 */
export type SiteLink = ComponentType<ComponentPropsWithoutRef<'a'> & { href: string }> | 'a';
