import { fr } from '@/lib/i18n/fr';
import { MAX_QUERY_LENGTH } from '@/lib/content';
import { searchPath } from '@/lib/routes';

/** A plain GET form to /recherche: it works without JavaScript. */
export function SearchForm({ query = '', compact = false }: { query?: string; compact?: boolean }) {
  const id = compact ? 'recherche-entete' : 'recherche-page';
  return (
    <form
      action={searchPath()}
      method="get"
      role="search"
      className="flex w-full min-w-0 items-center gap-2 sm:w-auto"
    >
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
        className="h-10 min-w-0 flex-1 rounded-md border border-line bg-paper px-3 text-base text-ink placeholder:text-muted sm:w-56"
      />
      <button
        type="submit"
        className="h-10 shrink-0 rounded-md bg-accent px-3 text-sm font-semibold text-paper hover:opacity-90"
      >
        {fr.search.submit}
      </button>
    </form>
  );
}
