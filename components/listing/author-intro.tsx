import type { Author } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';

/** An author's role, biography and links, above their articles. */
export function AuthorIntro({ author }: { author: Author }) {
  return (
    <div className="mt-3 max-w-2xl">
      {author.role ? <p className="font-semibold text-ink">{author.role}</p> : null}
      <p className="mt-2 text-ink">{author.bio}</p>
      {author.links.length > 0 ? (
        <ul aria-label={fr.author.links} className="mt-3 flex flex-wrap gap-4 text-sm">
          {author.links.map((link) => (
            <li key={link.url}>
              <a
                href={link.url}
                rel="noopener noreferrer me"
                className="inline-flex min-h-6 items-center text-accent underline underline-offset-4"
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
