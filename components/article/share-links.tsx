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
    <section aria-labelledby="partager" className="share-links no-print">
      <h2 id="partager" className="furniture-label">
        {fr.article.share}
      </h2>
      <ul>
        {links.map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              aria-label={fr.article.shareOn(link.network)}
            >
              {link.network}
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${encodedTitle}&body=${encodedUrl}`}>
            {fr.article.shareByEmail}
          </a>
        </li>
      </ul>
    </section>
  );
}
