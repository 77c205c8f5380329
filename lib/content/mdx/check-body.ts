import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { ContentProblem } from '@/lib/content/problems';
import { collectBodyProblems, type BodyContext } from '@/lib/content/mdx/policy';
import { findShapeProblems } from '@/lib/content/mdx/limits';
import { normalizeTree } from '@/lib/content/mdx/normalize';
import { editorFr } from '@/lib/i18n/editor-fr';

let parser: ReturnType<typeof createProcessor> | undefined;

/** Parses an MDX body (no compilation) and returns every problem found, with file positions. */
export function checkArticleBody(body: string, context: BodyContext): ContentProblem[] {
  const shape = findShapeProblems(body, context);
  if (shape.length > 0) return shape;
  parser ??= createProcessor({ format: 'mdx' });
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    return [toSyntaxProblem(error, context)];
  }
  normalizeTree(tree);
  return collectBodyProblems(tree, context);
}

/** An MDX syntax error, moved from body coordinates to file coordinates. */
export function toSyntaxProblem(error: unknown, context: BodyContext): ContentProblem {
  const raw = error instanceof Error ? error.message : String(error);
  // Some MDX errors carry no place but name a range in body coordinates, e.g. `(6:1-6:79)`.
  const range = /\s*\((\d+):(\d+)-\d+:\d+\)/.exec(raw);
  const message = range ? raw.replace(range[0], '') : raw;
  const place =
    readPlace(error) ?? (range ? { line: Number(range[1]), column: Number(range[2]) } : undefined);
  return {
    file: context.file,
    line: (place?.line ?? 1) + context.lineOffset,
    column: place?.column ?? 1,
    field: 'mdx',
    message: `${editorFr.syntax.prefix} : ${message.split('\n')[0] ?? message}`,
    hint: place ? editorFr.syntax.hint : editorFr.syntax.hintNoPlace,
  };
}

function readPlace(error: unknown): { line: number; column: number } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const line = 'line' in error ? error.line : undefined;
  const column = 'column' in error ? error.column : undefined;
  if (typeof line !== 'number' || line < 1) return undefined;
  return { line, column: typeof column === 'number' && column > 0 ? column : 1 };
}
