'use client';

import { frClient } from '@/lib/i18n/fr-client';

// Shows no message or stack: production errors must not reveal internals to readers.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-2xl py-12 text-center">
      <title>{`${frClient.error.title} — ${frClient.siteName}`}</title>
      <meta name="robots" content="noindex" />
      <h1 id="error-title" className="font-serif text-4xl font-bold text-ink">
        {frClient.error.title}
      </h1>
      <p className="mt-4 text-muted">{frClient.error.text}</p>
      <p className="mt-8 flex justify-center gap-6">
        <button
          type="button"
          onClick={reset}
          className="min-h-6 text-accent underline underline-offset-4"
        >
          {frClient.error.retry}
        </button>
        <a
          href="/"
          className="inline-flex min-h-6 items-center text-accent underline underline-offset-4"
        >
          {frClient.error.back}
        </a>
      </p>
    </section>
  );
}
