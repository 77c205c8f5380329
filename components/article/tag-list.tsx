import type { TagRef } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { tagPath } from '@/lib/routes';

/** The article's topics, each linking to its topic page. */
export function TagList({ tags }: { tags: readonly TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={fr.article.tags} className="tag-list">
      <h2 className="furniture-label">{fr.article.tags}</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(tag.slug)} rel="tag">
              {tag.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
