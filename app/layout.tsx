import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { serifFont } from '@/app/fonts';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { ThemeScript } from '@/components/site/theme-script';
import { getContentVersion, getSections } from '@/lib/content';
import { declareCacheTags } from '@/lib/cache/declare';
import { fr } from '@/lib/i18n/fr';
import { getFeedLinkTypes, SITE_FEEDS } from '@/lib/seo/feed-links';
import { INDEXABLE_ROBOTS } from '@/lib/seo/metadata';
import { getSiteUrl } from '@/lib/seo/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: getSiteUrl(),
  title: { default: `${fr.site.name} — ${fr.site.tagline}`, template: `%s — ${fr.site.name}` },
  description: fr.site.description,
  robots: INDEXABLE_ROBOTS,
  openGraph: { siteName: fr.site.name, locale: 'fr_FR', type: 'website' },
  // No canonical here: each page names its own. Pages that set `alternates` repeat the feeds.
  alternates: { types: getFeedLinkTypes([SITE_FEEDS]) },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121215' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page shows the sections: tagged with the site tag, and fresh for the content lifetime
  // (also the CDN's s-maxage, instead of Next's one year, which would outlive the next deploy).
  await declareCacheTags();
  const sections = getSections();
  // Dev-only: the branch is dead code in production builds, so the module ships nowhere.
  const LiveReload =
    process.env.NODE_ENV === 'development'
      ? (await import('@/components/editor/live-reload')).LiveReload
      : null;
  return (
    // The theme script may add a class to <html> before React hydrates.
    <html lang="fr" className={serifFont.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader sections={sections} />
        <main
          id="contenu"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6"
        >
          {children}
        </main>
        <SiteFooter sections={sections} />
        {LiveReload ? <LiveReload version={getContentVersion()} /> : null}
      </body>
    </html>
  );
}
