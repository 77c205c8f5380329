import Link from 'next/link';
import type { TagRef } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { tagPath } from '@/lib/routes';

/** The article's topics, each linking to its topic page. */
export function TagList({ tags }: { tags: readonly TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={fr.article.tags} className="mt-10 border-t border-line pt-6">
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wider text-muted">
        {fr.article.tags}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={tagPath(tag.slug)}
              rel="tag"
              className="inline-flex min-h-8 items-center rounded-full border border-line px-3 text-sm text-ink hover:border-accent hover:text-accent"
            >
              {tag.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
