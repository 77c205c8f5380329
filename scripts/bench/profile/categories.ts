/**
 * Where a sampled function comes from, as a category of the build or request profile. Rules are
 * matched against the function's original source path (after source maps, relative to the project
 * root: `lib/content/related.ts`, `node_modules/zod/...`) and name; a sample is
 * charged to the innermost frame of its stack that matches a rule, so MDX compiled inside a page
 * render counts as MDX, not as React.
 */
export interface CategoryRule {
  category: string;
  /** Matched against the original source path (or the script URL when there is no map). */
  source?: RegExp;
  /** Matched against the function name (V8 pseudo-frames such as "(garbage collector)"). */
  name?: RegExp;
  /**
   * Used only when no other rule matches the stack: Node's own streams and I/O are charged to
   * whoever called them (Next writing a response, the build writing files).
   */
  weak?: boolean;
}

export const CATEGORY_RULES: readonly CategoryRule[] = [
  { category: 'garbage collection', name: /^\(garbage collector\)$/ },
  {
    category: 'OG image (satori, resvg)',
    source: /@vercel\/og|satori|resvg|yoga|^app\/articles\/.*\/og\.png|^lib\/seo\/og-/,
  },
  {
    category: 'MDX compile (mdx-js, remark, micromark)',
    source:
      /@mdx-js|next-mdx-remote|micromark|mdast-util|remark-|unified|vfile|acorn|estree-util|recma|hast-util|^lib\/content\/mdx\/|^components\/mdx\//,
  },
  { category: 'related articles', source: /^lib\/content\/(catalog\/)?related/ },
  { category: 'JSON-LD', source: /^(lib|components)\/seo\/json-ld/ },
  {
    category: 'content index and checks (frontmatter, zod, site links)',
    source: /^lib\/content\/|node_modules\/(zod|yaml|js-yaml|gray-matter)\//,
  },
  {
    category: 'RSC serialisation (Flight server)',
    source: /react-server-dom-[\w-]+-server/,
  },
  {
    category: 'RSC payload decoding for HTML (Flight client)',
    source: /react-server-dom-[\w-]+-client/,
  },
  {
    category: 'React HTML render (Fizz)',
    source: /react-dom-server|react-dom\/cjs\/react-dom-server/,
  },
  { category: 'React (other)', source: /\/react\/|\/react-dom\// },
  { category: 'site components and routes', source: /^(components|app|lib)\// },
  { category: 'TypeScript type check', source: /typescript\/lib\// },
  { category: 'Tailwind / PostCSS', source: /tailwindcss|postcss|lightningcss/ },
  {
    category: 'Next.js runtime (routing, caching, writing files)',
    source: /next\/dist\/|webpack:\/\/next\//,
  },
  { category: 'Node.js internals (I/O, streams, zlib)', source: /^node:|^internal\//, weak: true },
  { category: 'native / V8 (program)', name: /^\(program\)$/ },
];

/** Frames that are not work: left out of every total. */
export const IDLE_NAMES = new Set(['(idle)', '(root)']);

export const OTHER = 'other JavaScript';

/** The rule one frame matches, or undefined when none does. */
export function matchRule(source: string, functionName: string): CategoryRule | undefined {
  return CATEGORY_RULES.find(
    (rule) =>
      (rule.name && rule.name.test(functionName)) ||
      (rule.source && source !== '' && rule.source.test(source)),
  );
}

/** The category of one frame, or undefined when no rule matches it. */
export function categorize(source: string, functionName: string): string | undefined {
  return matchRule(source, functionName)?.category;
}
