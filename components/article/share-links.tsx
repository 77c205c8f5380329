import { fr } from '@/lib/i18n/fr';

/** Share links as plain URLs: no script, no tracking pixel, nothing loaded from the networks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encodedUrl = encodeURIComponent(url);
  const encodedTitle = encodeURIComponent(title);
  const links = [
    { network: 'X', href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodedTitle}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
    {
      network: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`,
    },
    {
      network: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodedTitle}%20${encodedUrl}`,
    },
  ];
  return (
    <section aria-labelledby="partager" className="no-print mt-8">
      <h2 id="partager" className="mb-2 text-sm font-semibold uppercase tracking-wider text-muted">
        {fr.article.share}
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              aria-label={fr.article.shareOn(link.network)}
              className="inline-flex min-h-10 items-center rounded-md border border-line px-3 text-ink hover:border-accent hover:text-accent"
            >
              {link.network}
            </a>
          </li>
        ))}
        <li>
          <a
            href={`mailto:?subject=${encodedTitle}&body=${encodedUrl}`}
            className="inline-flex min-h-10 items-center rounded-md border border-line px-3 text-ink hover:border-accent hover:text-accent"
          >
            {fr.article.shareByEmail}
          </a>
        </li>
      </ul>
    </section>
  );
}
