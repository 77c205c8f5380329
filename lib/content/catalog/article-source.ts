import { getArticle } from '@/lib/content/catalog/queries';
import {
  readArticleSource,
  type ArticleMeta,
  type ArticleSource,
  type ReadAlsoCard,
} from '@/lib/content/source';
import { articlePath } from '@/lib/routes';

const READ_ALSO = /<LireAussi\s+slug="([a-z0-9-]+)"/g;

/**
 * The « Lire aussi » cards a body can show: the published articles its `<LireAussi slug>` name.
 * A draft, scheduled or unknown slug gets no card, so it can never leak (content:check refuses
 * it first, with the file and line).
 */
export function resolveReadAlso(body: string): ReadonlyMap<string, ReadAlsoCard> {
  const cards = new Map<string, ReadAlsoCard>();
  for (const [, slug = ''] of body.matchAll(READ_ALSO)) {
    const article = getArticle(slug);
    if (article)
      cards.set(slug, {
        title: article.title,
        description: article.description,
        path: articlePath(slug),
      });
  }
  return cards;
}

/** An article's body ready to render on the site or in a feed, its « Lire aussi » resolved. */
export function getArticleSource(article: ArticleMeta): ArticleSource {
  const source = readArticleSource(article);
  return { ...source, readAlso: resolveReadAlso(source.body) };
}
