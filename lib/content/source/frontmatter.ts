import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
// Loaded by next.config.ts (through the alias redirects), which cannot resolve the `@/` alias.
import { editorFr } from '../../i18n/editor-fr';

/** A content file split into its YAML frontmatter and its MDX body. */
export interface SplitSource {
  /** The YAML text between the two `---` fences. */
  yaml: string;
  /** The MDX body after the closing fence. */
  body: string;
  /** Number of file lines before the body: add it to a body line to get a file line. */
  bodyLineOffset: number;
}

const OPENING_FENCE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING_FENCE = /^---[ \t]*$/m;

/** Splits `---\nyaml\n---\nbody`; returns undefined when the file has no frontmatter block. */
export function splitFrontmatter(source: string): SplitSource | undefined {
  const opening = OPENING_FENCE.exec(source);
  if (!opening) return undefined;
  const rest = source.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index);
  const afterFence = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  const bodyStart = source.length - afterFence.length;
  const bodyLineOffset = countLines(source.slice(0, bodyStart));
  return { yaml, body: afterFence, bodyLineOffset };
}

function countLines(text: string): number {
  let lines = 0;
  for (const char of text) if (char === '\n') lines += 1;
  return lines;
}

/** Parsed YAML that can say on which line each field was written. */
export interface LocatedYaml {
  data: unknown;
  errors: { message: string; line: number; column: number }[];
  /** Line and column (1-based, in the YAML text) of a field, or of its closest parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** Parses frontmatter YAML (YAML 1.2 core schema: dates stay strings) keeping source positions. */
export function parseLocatedYaml(yaml: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return { message: editorFr.yaml.byCode(error.code), ...toPosition(position) };
  });
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 50 });
    } catch {
      // A "billion laughs" alias bomb or similar: refuse it as a YAML error, never crash.
      errors.push({
        message: editorFr.yaml.tooManyAliases,
        line: 1,
        column: 1,
      });
    }
  }
  return {
    data,
    errors,
    locate: (path) => toPosition(lineCounter.linePos(findOffset(document, path))),
  };
}

function toPosition(position: { line: number; col: number }): { line: number; column: number } {
  return { line: position.line, column: position.col };
}

/** Offset of the key for `path` (or of the deepest existing parent); 0 when nothing matches. */
function findOffset(document: Document, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return offset;
      offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (!isNode(item)) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
