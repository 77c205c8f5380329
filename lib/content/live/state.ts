import type { ContentIndex } from '@/lib/content/catalog/content-index';
import { holdContent, readHeldContent } from '@/lib/content/live/holder';
import { loadContent } from '@/lib/content/live/reload';
import { getContentRoot } from '@/lib/content/source';
import type { ContentProblem } from '@/lib/content/problems';
import type { ArticleMeta } from '@/lib/content/source';

/** A content file as last read: what the rescan compares, and its text. */
export interface SourceFile {
  size: number;
  mtimeMs: number;
  /** SHA-1 of the text: a save that changes nothing (`touch`, a checkout) is no change. */
  hash: string;
  text: string;
}

/** The content a server answers from, shared by every module instance of the process. */
export interface LiveContent {
  root: string;
  /** Absolute path → the file as last read (articles, authors, sections). */
  files: Map<string, SourceFile>;
  /** Absolute path → the article's last good version, which a failed edit never replaces. */
  good: Map<string, ArticleMeta>;
  /** Absolute path → the problems of the file as it is now (empty when it is valid). */
  problems: Map<string, ContentProblem[]>;
  /** Problems of the authors and sections files. */
  referenceProblems: ContentProblem[];
  index: ContentIndex;
  /** The text each indexed article was validated with. */
  texts: WeakMap<ArticleMeta, string>;
  /** Articles kept at their last good version while the file on disk fails: pages render the kept text. */
  pinned: WeakSet<ArticleMeta>;
  /** Completed reloads since the process started. */
  reloads: number;
}

/** The live content of the current content root, read in full on first use. */
export function getLiveContent(): LiveContent {
  const root = getContentRoot();
  let state = readHeldContent();
  if (!state || state.root !== root) {
    state = loadContent(root);
    holdContent(state);
  }
  return state;
}
