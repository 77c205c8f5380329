import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';
import { SearchForm } from '@/components/site/search-form';
import { normalizeSearchQuery, searchArticles, whenSearchIndexReady } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { searchPath } from '@/lib/routes';
import { getPageMetadata } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Result pages are endless variations of the same content: keep them out of search engines.
export const metadata: Metadata = getPageMetadata({
  title: fr.search.title,
  description: fr.search.description,
  path: searchPath(),
  noindex: true,
});

export default async function SearchPage({ searchParams }: Props) {
  const query = normalizeSearchQuery((await searchParams).q);
  // Just after a start the index is being built in the background: wait for it rather than
  // build it again here, which would hold up every other request meanwhile.
  if (query !== '') await whenSearchIndexReady();
  return (
    <section aria-labelledby="search-title" className="max-w-3xl">
      <h1 id="search-title" className="font-serif text-4xl font-bold text-ink">
        {fr.search.title}
      </h1>
      <div className="mt-6">
        <SearchForm query={query} />
      </div>
      {query === '' ? (
        <p className="mt-6 text-muted">{fr.search.empty}</p>
      ) : (
        <SearchResults query={query} results={searchArticles(query)} />
      )}
    </section>
  );
}
