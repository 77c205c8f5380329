import type { LiveContent } from '@/lib/content/live/state';
import type { ArticleMeta } from '@/lib/content/source';

// `next start` can load a module more than once (instrumentation, route handlers and pages are
// bundled apart); the process-wide symbol registry gives them all one copy of the content.
const STATE = Symbol.for('manchette.live-content');
const holder = globalThis as typeof globalThis & { [STATE]?: LiveContent };

/** The live content of this process, if it was read. */
export function readHeldContent(): LiveContent | undefined {
  return holder[STATE];
}

/** Replaces the live content of this process. */
export function holdContent(state: LiveContent): void {
  holder[STATE] = state;
}

/**
 * The text of an article kept at its last good version because its file now fails validation;
 * undefined for every other article, whose file is read as usual.
 */
export function recallPinnedText(article: ArticleMeta): string | undefined {
  const state = holder[STATE];
  return state?.pinned.has(article) ? state.texts.get(article) : undefined;
}

/** The text an indexed article was validated with, whatever its file holds now. */
export function recallArticleText(article: ArticleMeta): string | undefined {
  return holder[STATE]?.texts.get(article);
}
