'use client';

import Link from 'next/link';
import { fr } from '@/lib/i18n/fr';

// Replaces the root layout when it fails: its own <html>, in French, revealing nothing.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="fr">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '3rem auto',
          maxWidth: '40rem',
          padding: '0 1rem',
        }}
      >
        <title>{`${fr.error.title} — ${fr.site.name}`}</title>
        <meta name="robots" content="noindex" />
        <h1>{fr.error.title}</h1>
        <p>{fr.error.text}</p>
        <p>
          <button type="button" onClick={reset} style={{ minHeight: '2.5rem' }}>
            {fr.error.retry}
          </button>{' '}
          <Link href="/">{fr.error.back}</Link>
        </p>
      </body>
    </html>
  );
}
