import { fr } from '@/lib/i18n/fr';

/** First focusable element: jumps over the header to the main content. */
export function SkipLink() {
  return (
    <a
      href="#contenu"
      className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:text-ink"
    >
      {fr.site.skipToContent}
    </a>
  );
}
