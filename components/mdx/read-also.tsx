import type { SiteLink } from '@/components/mdx/site-link';
import { getArticle } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { articlePath } from '@/lib/routes';

/**
 * Builds `<LireAussi slug="…" />`: an inline card for another article. Only published articles
 * are looked up, so a draft or scheduled target renders nothing (content:check refuses it
 * first, with the file and line).
 */
export function createReadAlso(Link: SiteLink) {
  return function LireAussi({ slug }: { slug?: string }) {
    const article = slug ? getArticle(slug) : undefined;
    if (!article) return null;
    return (
      <aside
        aria-label={fr.readAlso.label}
        className="read-also not-prose my-8 border-l-4 border-accent bg-surface py-3 pr-4 pl-4 font-sans"
      >
        <p className="text-xs font-bold tracking-wider text-accent uppercase">
          {fr.readAlso.label}
        </p>
        <p className="mt-1 font-serif text-lg leading-snug font-bold text-ink">
          <Link href={articlePath(article.slug)} className="hover:underline">
            {article.title}
          </Link>
        </p>
        <p className="mt-1 text-sm text-muted">{article.description}</p>
      </aside>
    );
  };
}
