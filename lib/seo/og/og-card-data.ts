import { createHash } from 'node:crypto';
import { getSection, type ArticleMeta } from '@/lib/content';
import { articlePath } from '@/lib/routes';

/**
 * Bump when `components/seo/og-card.tsx` draws differently (layout, colours, fonts): every card
 * then gets a new URL, so caches that keep the old PNG for a year are never consulted again.
 */
// 2: the tagline under the site name is typeset (« L’actualité »), like every interface string.
export const OG_CARD_LAYOUT_VERSION = 2;

/** Everything an article's sharing card shows: the only input of the drawing. */
export interface OgCardData {
  title: string;
  section: string | undefined;
}

/**
 * The text of an article's card. This is the one place that chooses what the card says:
 * typography or wording applied here changes the card's version, hence its URL.
 */
export function getArticleOgCard(article: ArticleMeta): OgCardData {
  return { title: article.title, section: getSection(article.section)?.name };
}

/** A short hash of the card's content and layout version: it changes when the picture does. */
export function getOgCardVersion(card: OgCardData): string {
  return createHash('sha256')
    .update(JSON.stringify([OG_CARD_LAYOUT_VERSION, card.title, card.section ?? null]))
    .digest('hex')
    .slice(0, 12);
}

/** The path of an article's Open Graph image, versioned by its content (`…/og.png?v=<hash>`). */
export function getArticleOgImagePath(article: ArticleMeta): string {
  return `${articlePath(article.slug)}/og.png?v=${getOgCardVersion(getArticleOgCard(article))}`;
}
