import path from 'node:path';

/** Absolute path of the content root: `CONTENT_DIR` when set (benchmarks, fixtures), else `content/`. */
export function getContentRoot(): string {
  const override = process.env.CONTENT_DIR;
  // Only the default folder is traced into server output; an override is a local choice.
  if (override) return path.resolve(/* turbopackIgnore: true */ process.cwd(), override);
  return path.join(process.cwd(), 'content');
}

/** Where article files live. */
export function getArticlesDir(): string {
  return path.join(getContentRoot(), 'articles');
}

/** A path as editors see it in messages: relative to the project root, with forward slashes. */
export function toDisplayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join('/');
}
