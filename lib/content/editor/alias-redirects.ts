// Loaded by next.config.ts, which cannot resolve the `@/` alias: relative imports only.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SLUG_PATTERN } from '../../format/slug';
import { articlePath } from '../../routes';
import { splitFrontmatter } from '../source/frontmatter';
import { getArticlesDir } from '../source/paths';

/** A permanent redirect as next.config `redirects()` takes it. */
export interface Redirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * `/articles/<former slug>` → `/articles/<slug>` for every `aliases` entry of a non-draft
 * article, computed when the site is built. Served by Next's router before any page renders:
 * no per-request code, and nothing cached with a page. (Invalid or duplicate aliases fail the
 * content check that runs before every build; here they are only skipped.)
 */
export function readAliasRedirects(directory = getArticlesDir()): Redirect[] {
  if (!fs.existsSync(directory)) return [];
  const redirects = new Map<string, Redirect>();
  for (const name of fs.readdirSync(directory).sort()) {
    const slug = name.replace(/\.mdx$/, '');
    if (slug === name || !SLUG_PATTERN.test(slug)) continue;
    const split = splitFrontmatter(fs.readFileSync(path.join(directory, name), 'utf8'));
    // Most articles have no aliases: their YAML is not parsed at all (10,000 articles: 1.5 s
    // saved in `next typegen` and in `next build`). A backslash may hide an escaped key: parsed.
    if (!split || !/aliases|\\/.test(split.yaml)) continue;
    let data: unknown;
    try {
      data = parse(split.yaml, { maxAliasCount: 50 });
    } catch {
      continue;
    }
    if (typeof data !== 'object' || data === null || !('aliases' in data)) continue;
    if ('draft' in data && data.draft === true) continue;
    const aliases = Array.isArray(data.aliases) ? data.aliases : [];
    for (const alias of aliases) {
      if (typeof alias !== 'string' || !SLUG_PATTERN.test(alias) || redirects.has(alias)) continue;
      redirects.set(alias, {
        source: articlePath(alias),
        destination: articlePath(slug),
        permanent: true,
      });
    }
  }
  return [...redirects.values()];
}
