import { editorFr } from '@/lib/i18n/editor-fr';

const say = editorFr.links;

/** Why a URL written in content was refused, or undefined when it may be rendered. */
export function getUrlProblem(url: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (compact.length === 0) return say.empty;
  if (compact.startsWith('//')) return say.protocolRelative;
  if (compact.startsWith('/') || compact.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return say.relative;
  }
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return undefined;
  return say.scheme(scheme);
}

/** True when a link to `url` may be rendered. */
export function isAllowedUrl(url: string): boolean {
  return getUrlProblem(url) === undefined;
}
