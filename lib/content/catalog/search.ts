import MiniSearch from 'minisearch';
import { readArticleSource, toPlainText, type ArticleMeta } from '@/lib/content/source';
import { getPublishedArticles } from '@/lib/content/catalog/queries';
import { foldAccents } from '@/lib/format/slug';
import { typesetFrench, untypeset } from '@/lib/format/typography';

/** A piece of displayed text, highlighted when it matched the query. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** One search hit, with its title and an excerpt split into highlighted segments. */
export interface SearchResult {
  article: ArticleMeta;
  title: TextSegment[];
  excerpt: TextSegment[];
}

/** Queries longer than this are cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200;

const STOP_WORDS = new Set(
  'a au aux avec ce ces d dans de des du en et il ils l la le les leur lui mais ne nous on ou par pas pour qu que qui sa se ses son sur un une vous y'.split(
    ' ',
  ),
);

/**
 * Lower-cased, accent-folded term with plain apostrophes, or null for French stop words
 * (`Sécurité` → `securite`): indexed titles are typeset, queries are typed either way.
 */
function normaliseTerm(term: string): string | null {
  const folded = foldAccents(untypeset(term).toLowerCase());
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

interface SearchIndex {
  source: readonly ArticleMeta[];
  engine: MiniSearch<SearchDocument>;
  bodies: Map<string, string>;
  bySlug: Map<string, ArticleMeta>;
}

// `next start` bundles instrumentation, pages and route handlers apart, each with its own copy
// of this module: the process-wide symbol registry gives them one index, so the one warmed at
// start is the one the search page reads.
const SEARCH = Symbol.for('manchette.search-index');
const holder = globalThis as typeof globalThis & {
  [SEARCH]?: { index?: SearchIndex; warming?: Promise<void> };
};
const state = (holder[SEARCH] ??= {});

type SearchDocument = {
  id: string;
  title: string;
  description: string;
  tags: string;
  body: string;
};

function createEngine(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'description', 'tags', 'body'],
    processTerm: normaliseTerm,
    searchOptions: {
      boost: { title: 4, tags: 2, description: 1.5 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
}

function toSearchDocument(article: ArticleMeta): SearchDocument {
  return {
    id: article.slug,
    title: article.title,
    description: article.description,
    tags: article.tags.map((tag) => tag.label).join(' '),
    body: toPlainText(readArticleSource(article).body),
  };
}

/** Articles indexed between two yields to the event loop while the index is warmed. */
const WARM_BATCH = 100;

/**
 * Builds the search index in the background, a hundred articles at a time, letting requests
 * through in between: a server starts without the first search stalling it (about 5 s of
 * reading and indexing at 10,000 articles). The search page waits for it
 * ({@link whenSearchIndexReady}) instead of building its own; reloads then update the index in
 * place.
 */
export function warmSearchIndex(): Promise<void> {
  if (state.index) return Promise.resolve();
  state.warming ??= buildInBatches().finally(() => {
    state.warming = undefined;
  });
  return state.warming;
}

/** Resolves once a warm-up under way has finished (at once when none is). */
export function whenSearchIndexReady(): Promise<void> {
  return state.warming ?? Promise.resolve();
}

async function buildInBatches(): Promise<void> {
  const articles = getPublishedArticles();
  const engine = createEngine();
  const bodies = new Map<string, string>();
  for (let start = 0; start < articles.length; start += WARM_BATCH) {
    const documents = articles.slice(start, start + WARM_BATCH).map(toSearchDocument);
    engine.addAll(documents);
    for (const document of documents) bodies.set(document.id, document.body);
    await new Promise((resolve) => setImmediate(resolve));
    // A search built the index meanwhile: keep that one.
    if (state.index) return;
  }
  state.index = {
    source: articles,
    engine,
    bodies,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
  };
}

/**
 * Built once from the published articles, then kept up to date when that list changes: an
 * unchanged file keeps its record (the same object) across reloads, so only the articles that
 * were added, edited or withdrawn are read and indexed again. A full build reads every body
 * (about 5 s at 10,000 articles); a reload that touches one article costs one.
 */
function getSearchIndex(): SearchIndex {
  const articles = getPublishedArticles();
  if (state.index?.source === articles) return state.index;
  const previous = state.index;
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const fresh = articles.filter((article) => previous?.bySlug.get(article.slug) !== article);
  // Read every new body before touching the engine: a failure leaves the old index whole.
  const documents = fresh.map(toSearchDocument);
  const engine = previous?.engine ?? createEngine();
  const bodies = previous?.bodies ?? new Map<string, string>();
  try {
    const stale = [...(previous?.bySlug ?? [])]
      .filter(([slug, article]) => bySlug.get(slug) !== article)
      .map(([slug]) => slug);
    if (stale.length > 0) engine.discardAll(stale);
    for (const slug of stale) bodies.delete(slug);
    engine.addAll(documents);
    for (const document of documents) bodies.set(document.id, document.body);
  } catch (error) {
    // The engine may be half updated: the next search builds a new one from scratch.
    state.index = undefined;
    throw error;
  }
  state.index = { source: articles, engine, bodies, bySlug };
  return state.index;
}

/**
 * A search query as the site reads it, wherever it comes from (a `q` parameter, given once or
 * several times, or a string): the first value with typographic spaces and apostrophes made
 * plain (« l’Arcep » reads as « l'Arcep »), trimmed, at most MAX_QUERY_LENGTH characters.
 */
export function normalizeSearchQuery(raw: string | readonly string[] | undefined): string {
  const first = typeof raw === 'string' ? raw : raw?.[0];
  return first === undefined ? '' : untypeset(first).trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Full-text search over published articles, accent- and case-insensitive: `securite` finds
 * « Sécurité ». Title matches rank above body matches.
 */
export function searchArticles(query: string, limit = 20): SearchResult[] {
  const trimmed = normalizeSearchQuery(query);
  if (trimmed === '') return [];
  const index = getSearchIndex();
  return index.engine
    .search(trimmed)
    .slice(0, limit)
    .flatMap((hit) => {
      const article = index.bySlug.get(String(hit.id));
      if (!article) return [];
      const terms = hit.terms;
      return [
        {
          article,
          title: highlight(article.title, terms),
          excerpt: highlight(
            typesetFrench(
              makeExcerpt(index.bodies.get(article.slug) ?? article.description, terms),
            ),
            terms,
          ),
        },
      ];
    });
}

/** Splits `text` into segments, marking words whose folded form starts with a matched term. */
export function highlight(text: string, terms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part === '') continue;
    const folded = foldAccents(part.toLowerCase());
    const match = /[\p{L}\p{N}]/u.test(part) && terms.some((term) => folded.startsWith(term));
    const last = segments.at(-1);
    if (last && last.match === match && !match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}

/** About 40 words of the body around the first matched word. */
function makeExcerpt(body: string, terms: readonly string[], radius = 20): string {
  const words = body.split(' ');
  const at = words.findIndex((word) => {
    const folded = foldAccents(word.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
    return terms.some((term) => folded.startsWith(term));
  });
  const start = Math.max(0, (at < 0 ? 0 : at) - radius);
  const end = Math.min(words.length, start + radius * 2);
  return `${start > 0 ? '… ' : ''}${words.slice(start, end).join(' ')}${end < words.length ? ' …' : ''}`;
}
