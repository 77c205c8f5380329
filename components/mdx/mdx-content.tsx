import { runSync } from '@mdx-js/mdx';
import { serialize } from 'next-mdx-remote/serialize';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import * as jsxRuntime from 'react/jsx-runtime';
import { mdxComponents } from '@/components/mdx';
import { checkArticleBody } from '@/lib/content/mdx/check-body';
import { remarkManchette } from '@/lib/content/mdx/remark-manchette';
import { getCompiledMdxKey, readCompiledMdx, writeCompiledMdx } from '@/lib/content/mdx-cache';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import type { ArticleSource } from '@/lib/content/types';

type Context = { file: string; lineOffset: number; tagSlugs: ReadonlySet<string> };

/** Compiles a body to a function body, or takes it from the cache of previous builds. */
async function compileBody(
  body: string,
  context: Context,
  problems: ContentProblem[],
): Promise<string> {
  const key = getCompiledMdxKey(body, context);
  const cached = key ? readCompiledMdx(key) : undefined;
  if (cached) return cached;
  // `true` selects next-mdx-remote's RSC output; blockJS stays at its default (on).
  const { compiledSource } = await serialize(
    body,
    { mdxOptions: { remarkPlugins: [[remarkManchette, { ...context, problems }]] } },
    true,
  );
  if (key) writeCompiledMdx(key, compiledSource);
  return compiledSource;
}

/** The article body as a component, or a ContentError that names the file, line and column. */
async function loadContent(source: ArticleSource) {
  const problems: ContentProblem[] = [];
  const context = { file: source.file, lineOffset: source.lineOffset, tagSlugs: source.tagSlugs };
  try {
    const code = await compileBody(source.body, context, problems);
    // next-mdx-remote compiles in development mode outside production builds (jsxDEV calls).
    const runtime = process.env.NODE_ENV === 'production' ? jsxRuntime : jsxDevRuntime;
    return runSync(code, { ...runtime, baseUrl: import.meta.url }).default;
  } catch (error) {
    // next-mdx-remote rewraps errors into plain messages without positions: on this rare path,
    // parse again with our checker to name the file, line and column.
    if (problems.length > 0) throw new ContentError(problems);
    const located = checkArticleBody(source.body, context);
    if (located.length > 0) throw new ContentError(located);
    throw error;
  }
}

/**
 * Compiles and renders an MDX body on the server. This is the only module that imports
 * next-mdx-remote: swapping the MDX library means rewriting this file alone. `blockJS` is left
 * at its default (on): `{…}` expressions never run.
 */
export async function MdxContent({ source }: { source: ArticleSource }) {
  const Content = await loadContent(source);
  return <Content components={mdxComponents} />;
}
