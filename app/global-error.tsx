'use client';

import { frClient } from '@/lib/i18n/fr-client';

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
        <title>{`${frClient.error.title} — ${frClient.siteName}`}</title>
        <meta name="robots" content="noindex" />
        <h1>{frClient.error.title}</h1>
        <p>{frClient.error.text}</p>
        <p>
          <button type="button" onClick={reset} style={{ minHeight: '2.5rem' }}>
            {frClient.error.retry}
          </button>{' '}
          <a href="/">{frClient.error.back}</a>
        </p>
      </body>
    </html>
  );
}
