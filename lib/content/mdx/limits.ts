import type { ContentProblem } from '@/lib/content/problems';
import type { BodyContext } from '@/lib/content/mdx/policy';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Largest body accepted: a long feature is ~100 KB; anything near this is a mistake or an attack. */
export const MAX_BODY_BYTES = 1_000_000;
/** Deepest nesting (lists, quotes, components) accepted; real articles stay under ten. */
export const MAX_DEPTH = 40;
const MAX_INDENT = 2 * MAX_DEPTH;
const MAX_MARKER_RUN = 64;

/**
 * Shapes that make the MDX parser or compiler slow (quadratic nesting) or overflow its stack,
 * found with cheap line scans before any parsing, each reported where it starts.
 */
export function findShapeProblems(body: string, context: BodyContext): ContentProblem[] {
  const problemAt = (
    line: number,
    column: number,
    message: string,
    hint: string,
  ): ContentProblem => ({
    file: context.file,
    line: line + context.lineOffset,
    column,
    field: 'mdx',
    message,
    hint,
  });
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    return [
      problemAt(
        1,
        1,
        editorFr.body.tooLarge(Math.round(bytes / 1000), MAX_BODY_BYTES / 1000),
        editorFr.body.splitHint,
      ),
    ];
  }
  const problems: ContentProblem[] = [];
  body.split('\n').forEach((text, index) => {
    const indent = /^[ \t>]*/.exec(text)?.[0] ?? '';
    if (indent.length > MAX_INDENT) {
      problems.push(
        problemAt(
          index + 1,
          1,
          editorFr.body.indentTooDeep(indent.length),
          editorFr.body.nestingHint(MAX_DEPTH),
        ),
      );
    }
    const run = new RegExp(`([*_~\\[\\]])\\1{${MAX_MARKER_RUN},}`).exec(text);
    if (run) {
      problems.push(
        problemAt(
          index + 1,
          run.index + 1,
          editorFr.body.markerRun(run[0].length, run[1] ?? ''),
          editorFr.body.markerHint,
        ),
      );
    }
  });
  return problems;
}

/** Depth of the deepest node of a tree (root = 0). */
export function measureDepth(node: { children?: unknown }, depth = 0): number {
  if (!Array.isArray(node.children)) return depth;
  let deepest = depth;
  for (const child of node.children) {
    if (typeof child === 'object' && child !== null)
      deepest = Math.max(deepest, measureDepth(child, depth + 1));
    // Stop early: the answer is already "too deep" and recursing further risks the stack.
    if (deepest > MAX_DEPTH * 4) return deepest;
  }
  return deepest;
}
