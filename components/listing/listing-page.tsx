import type { ReactNode } from 'react';
import { ArticleList } from '@/components/article/article-list';
import { Pagination } from '@/components/listing/pagination';
import type { ArticleMeta, Page } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import type { Listing } from '@/lib/listings';

/** A titled, paginated list of articles: sections, topics, authors and the archive. */
export function ListingPage({
  listing: { title, pathFor },
  page,
  intro,
}: {
  listing: Pick<Listing, 'title' | 'pathFor'>;
  page: Page<ArticleMeta>;
  intro?: ReactNode;
}) {
  return (
    <section aria-labelledby="listing-title">
      <h1 id="listing-title" className="font-serif text-4xl font-bold text-ink">
        {title}
      </h1>
      {intro}
      <p className="mt-2 text-sm text-muted">
        {fr.listing.count(page.total)}
        {page.pageCount > 1 ? ` · ${fr.listing.pageOf(page.page, page.pageCount)}` : ''}
      </p>
      <ArticleList articles={page.items} empty={fr.home.empty} />
      <Pagination page={page.page} pageCount={page.pageCount} pathFor={pathFor} />
    </section>
  );
}
