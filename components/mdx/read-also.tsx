import type { SiteLink } from '@/components/mdx/site-link';
import { fr } from '@/lib/i18n/fr';

/**
 * Builds `<LireAussi slug="…" />`: an inline card for another article. The render pipeline gives
 * it the title, description and path of a published article, or removes it: a draft or
 * scheduled target never shows (content:check refuses it first, with the file and line).
 */
export function createReadAlso(Link: SiteLink) {
  return function LireAussi({
    title,
    description,
    path,
  }: {
    title?: string;
    description?: string;
    path?: string;
  }) {
    if (!title || !path) return null;
    return (
      <aside
        aria-label={fr.readAlso.label}
        className="read-also not-prose my-8 border-l-4 border-accent bg-surface py-3 pr-4 pl-4 font-sans"
      >
        <p className="text-xs font-bold tracking-wider text-accent uppercase">
          {fr.readAlso.label}
        </p>
        <p className="mt-1 font-serif text-lg leading-snug font-bold text-ink">
          <Link href={path} className="hover:underline">
            {title}
          </Link>
        </p>
        {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      </aside>
    );
  };
}
