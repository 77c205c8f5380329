import { fr } from '@/lib/i18n/fr';

/** First focusable element: jumps over the header to the main content. */
export function SkipLink() {
  return (
    <a href="#contenu" className="skip-link">
      {fr.site.skipToContent}
    </a>
  );
}
