/** One thing wrong with a content file, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/articles/x.mdx`. */
  file: string;
  /** 1-based line in the file (not in the frontmatter or body alone). */
  line: number;
  /** 1-based column. */
  column: number;
  /** The frontmatter field (`image.alt`), component (`Tweet`) or `mdx` that is wrong. */
  field: string;
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

/** `content/articles/x.mdx:4:7 date: expected …` — the one-line form used everywhere. */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${where} ${problem.field}: ${problem.message}${hint}`;
}

/** Sorts problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown when content cannot be published; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    const files = new Set(sorted.map((problem) => problem.file));
    const head = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}:`;
    super([head, ...sorted.map(formatProblem)].join('\n'));
    this.name = 'ContentError';
    this.problems = sorted;
  }
}
