import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { serifFont } from '@/app/fonts';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { fr } from '@/lib/i18n/fr';
import { getSiteUrl } from '@/lib/seo/site';
import './globals.css';

// Every page is static; a CDN may keep it 5 minutes, then serve it stale while Next re-renders it
// (`Cache-Control: s-maxage=300, stale-while-revalidate=…`). Without this, Next sends a one-year
// s-maxage, and a CDN would keep serving a page after the next deploy changed it.
export const revalidate = 300;

export const metadata: Metadata = {
  metadataBase: getSiteUrl(),
  title: { default: `${fr.site.name} — ${fr.site.tagline}`, template: `%s — ${fr.site.name}` },
  description: fr.site.description,
  openGraph: { siteName: fr.site.name, locale: 'fr_FR' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121215' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" className={serifFont.variable}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader />
        <main
          id="contenu"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
