import { fr } from '@/lib/i18n/fr';

/** The page footer. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">{fr.site.footer}</p>
    </footer>
  );
}
