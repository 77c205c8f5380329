import { fr } from '@/lib/i18n/fr';

const linkClass =
  'inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-line px-3 text-ink hover:border-accent hover:text-accent';

/** Page links of a paginated list; `pathFor(n)` gives the URL of page n. */
export function Pagination({
  page,
  pageCount,
  pathFor,
}: {
  page: number;
  pageCount: number;
  pathFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1);
  return (
    <nav aria-label={fr.listing.pagination} className="mt-8">
      <p className="mb-3 text-sm text-muted">{fr.listing.pageOf(page, pageCount)}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={pathFor(page - 1)} rel="prev" className={linkClass}>
              {fr.listing.previousPage}
            </a>
          </li>
        ) : null}
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <span
                aria-current="page"
                className={`${linkClass} border-accent bg-accent font-semibold text-paper hover:text-paper`}
              >
                <span className="sr-only">{fr.listing.page(number)}</span>
                <span aria-hidden="true">{number}</span>
              </span>
            ) : (
              <a href={pathFor(number)} className={linkClass} aria-label={fr.listing.page(number)}>
                {number}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={pathFor(page + 1)} rel="next" className={linkClass}>
              {fr.listing.nextPage}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
