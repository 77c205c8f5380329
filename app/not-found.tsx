import type { Metadata } from 'next';
import { fr } from '@/lib/i18n/fr';

export const metadata: Metadata = {
  title: fr.notFound.title,
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-2xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">404</p>
      <h1 id="not-found-title" className="mt-2 font-serif text-4xl font-bold text-ink">
        {fr.notFound.title}
      </h1>
      <p className="mt-4 text-muted">{fr.notFound.text}</p>
      <p className="mt-8">
        <a
          href="/"
          className="inline-flex min-h-6 items-center text-accent underline underline-offset-4"
        >
          {fr.notFound.back}
        </a>
      </p>
    </section>
  );
}
