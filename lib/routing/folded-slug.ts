import { slugify } from '@/lib/format/slug';

/**
 * The folded slug a typed list URL stands for, when it differs from what was typed:
 * `S%C3%A9curit%C3%A9`, `Sécurité` or `SECURITE` → `securite`. Undefined when the segment is
 * already folded, cannot be decoded, or folds to nothing. The caller redirects (308) only when
 * the folded slug exists, so unknown words stay plain 404s.
 */
export function findFoldedSlug(segment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  if (decoded.length > 200) return undefined;
  const folded = slugify(decoded.replace(/^#/, ''));
  return folded !== '' && folded !== segment ? folded : undefined;
}

/** The lists whose addresses are folded: topics, sections and authors. */
export const FOLDABLE_LISTS = ['tags', 'rubriques', 'auteurs'] as const;

/** Where proxy.ts sends a list address to be folded (`app/adresse-repliee`). */
export const FOLD_PATH = '/adresse-repliee';
