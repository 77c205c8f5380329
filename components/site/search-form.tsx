import { fr } from '@/lib/i18n/fr';
import { MAX_QUERY_LENGTH } from '@/lib/content';
import { searchPath } from '@/lib/routes';

/** A plain GET form to /recherche: it works without JavaScript. */
export function SearchForm({ query = '', compact = false }: { query?: string; compact?: boolean }) {
  const id = compact ? 'recherche-entete' : 'recherche-page';
  return (
    <form action={searchPath()} method="get" role="search" className="search-form">
      <label htmlFor={id} className={compact ? 'sr-only' : 'font-medium text-ink'}>
        {fr.search.label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={fr.search.placeholder}
      />
      <button type="submit">{fr.search.submit}</button>
    </form>
  );
}
