/**
 * A cheap plain-text view of an MDX body, for word counts and the search index: component tags
 * and Markdown punctuation are dropped, their text is kept. It never compiles MDX, so listings and
 * search stay fast; rendering uses the real MDX pipeline.
 */
export function toPlainText(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in a text: runs of letters or digits, apostrophes and hyphens inside words included. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Reading time in whole minutes at 230 words a minute, never less than one. */
export function getReadingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}
