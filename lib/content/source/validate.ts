import type { z } from 'zod';
import { parseLocatedYaml } from '@/lib/content/source/frontmatter';
import type { ContentProblem } from '@/lib/content/problems';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Result of validating one YAML document against a schema. */
export type Validated<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

/**
 * Parses `yaml` and validates it with `schema`, reporting every problem with the line in the
 * original file (`lineOffset` = file lines before the YAML text).
 */
export function validateYaml<S extends z.ZodType>(
  file: string,
  yaml: string,
  schema: S,
  lineOffset: number,
): Validated<z.output<S>> {
  const parsed = parseLocatedYaml(yaml);
  if (parsed.errors.length > 0) {
    return {
      ok: false,
      problems: parsed.errors.map((error) => ({
        file,
        line: error.line + lineOffset,
        column: error.column,
        field: 'yaml',
        message: error.message,
        hint: editorFr.yaml.hint,
      })),
    };
  }
  const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue) =>
    describeIssue(issue, fieldsAt(schema, issue.path)).map(({ path, message, hint }) => {
      const position = parsed.locate(path);
      return {
        file,
        line: position.line + lineOffset,
        column: position.column,
        field: path.length > 0 ? path.map((key) => String(key) || '""').join('.') : '(frontmatter)',
        message,
        ...(hint ? { hint } : {}),
      };
    }),
  );
  return { ok: false, problems };
}

/** Turns a zod issue into editor-friendly messages, one per offending field. */
function describeIssue(
  issue: z.core.$ZodIssue,
  knownFields: readonly string[],
): { path: PropertyKey[]; message: string; hint?: string | undefined }[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: editorFr.fields.unknownField,
        hint: suggestField(key, knownFields),
      }));
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: editorFr.fields.required }];
      return [
        { path, message: editorFr.fields.expectedType(issue.expected, describeValue(issue.input)) },
      ];
    case 'too_small':
      if (issue.origin === 'array') {
        return [
          {
            path,
            message:
              // zod's own wording (French since schema.ts sets its locale) becomes ours.
              issue.message.startsWith('Trop petit') || issue.message.startsWith('Too small')
                ? editorFr.fields.atLeast(Number(issue.minimum))
                : issue.message,
          },
        ];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

function describeValue(value: unknown): string {
  if (value === null) return editorFr.fields.value.null;
  if (Array.isArray(value)) return editorFr.fields.value.list;
  if (typeof value === 'object') return editorFr.fields.value.mapping;
  return editorFr.fields.value.scalar(value);
}

/** Field names the schema accepts at `path` (for "did you mean" hints on typos). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const shape = readShape(current);
    current = shape && typeof key === 'string' ? shape[key] : undefined;
  }
  const shape = readShape(current);
  return shape ? Object.keys(shape) : [];
}

function readShape(schema: unknown): Record<string, unknown> | undefined {
  if (typeof schema !== 'object' || schema === null || !('shape' in schema)) {
    // Refined or optional wrappers keep the object schema in `def.in`/`def.innerType`.
    const def =
      typeof schema === 'object' && schema !== null && 'def' in schema ? schema.def : undefined;
    if (typeof def !== 'object' || def === null) return undefined;
    const inner = 'innerType' in def ? def.innerType : 'in' in def ? def.in : undefined;
    return inner ? readShape(inner) : undefined;
  }
  const shape = schema.shape;
  return typeof shape === 'object' && shape !== null
    ? (shape as Record<string, unknown>)
    : undefined;
}

/** « did you mean "tags"? » when a known field is one or two edits away from the typo. */
function suggestField(typo: string, known: readonly string[]): string {
  const close = known.find((field) => editDistance(field, typo) <= 2);
  return close ? editorFr.fields.didYouMean(close) : editorFr.fields.knownFields(known);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
