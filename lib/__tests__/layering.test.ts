import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layering rules of eslint.config.mjs, run on small snippets placed where they would live:
// each rule must fire on a violation and stay quiet on the allowed form next to it.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const cases: { rule: string; filePath: string; bad: string; good: string }[] = [
  {
    rule: 'layering/no-fs',
    filePath: 'lib/seo/reads-files.ts',
    bad: "import fs from 'node:fs';\nexport const size = fs.statSync('x').size;\n",
    good: "import path from 'node:path';\nexport const name = path.basename('x');\n",
  },
  {
    rule: 'layering/no-fs',
    filePath: 'components/article/reads-files.tsx',
    bad: "import { readFile } from 'fs/promises';\nexport const read = () => readFile('x');\n",
    good: "import { getReadingMinutes } from '@/lib/content';\nexport const minutes = getReadingMinutes(400);\n",
  },
  {
    rule: 'layering/content-entry',
    filePath: 'app/some-route/page.tsx',
    bad: "import { getContentIndex } from '@/lib/content/catalog/content-index';\nexport const index = getContentIndex;\n",
    good: "import { getContentIndex } from '@/lib/content/catalog';\nexport const index = getContentIndex;\n",
  },
  {
    rule: 'layering/content-entry',
    filePath: 'scripts/some-script.ts',
    bad: "import { formatProblem } from '../lib/content/problems';\nexport const format = formatProblem;\n",
    good: "import { formatProblem } from '@/lib/content';\nexport const format = formatProblem;\n",
  },
  {
    rule: 'layering/no-components-in-lib',
    filePath: 'lib/seo/uses-a-component.ts',
    bad: "import { OgCard } from '@/components/seo/og-card';\nexport const card = OgCard;\n",
    good: "import { fr } from '@/lib/i18n/fr';\nexport const name = fr.site.name;\n",
  },
  {
    rule: 'layering/props-not-queries',
    filePath: 'components/article/fetches.tsx',
    bad: "import { getArticle } from '@/lib/content';\nexport const article = getArticle('x');\n",
    good: "import type { ArticleMeta } from '@/lib/content';\nexport const title = (article: ArticleMeta) => article.title;\n",
  },
  {
    rule: 'layering/props-not-queries',
    filePath: 'components/listing/fetches.tsx',
    bad: "import { getArchiveListing } from '@/lib/listings';\nexport const listing = getArchiveListing();\n",
    good: "import type { Listing } from '@/lib/listings';\nexport const title = (listing: Listing) => listing.title;\n",
  },
  {
    rule: 'layering/props-not-queries',
    filePath: 'components/mdx/fetches.tsx',
    bad: "import { readArticleSource } from '@/lib/content/source';\nexport const read = readArticleSource;\n",
    good: "import { isAllowedUrl } from '@/lib/content/mdx';\nexport const allowed = isAllowedUrl('/');\n",
  },
  {
    rule: 'no-restricted-imports',
    filePath: 'components/article/renders-mdx.tsx',
    bad: "import { MDXRemote } from 'next-mdx-remote/rsc';\nexport const Mdx = MDXRemote;\n",
    good: "import { MdxContent } from '@/components/mdx/mdx-content';\nexport const Mdx = MdxContent;\n",
  },
];

describe('ESLint layering rules', () => {
  // Loading the config and its plugins takes seconds on a busy machine: done once, untimed.
  beforeAll(() => eslint.lintText('', { filePath: 'lib/warm-up.ts' }), 120_000);

  it.each(cases)('$rule fails on a violation in $filePath', async ({ rule, filePath, bad }) => {
    expect(await ruleIds(filePath, bad)).toContain(rule);
  });

  it.each(cases)('$rule allows the right form in $filePath', async ({ filePath, good }) => {
    expect(await ruleIds(filePath, good)).toEqual([]);
  });

  it('lets the content source layer and the scripts read files', async () => {
    const code = "import fs from 'node:fs';\nexport const exists = fs.existsSync('x');\n";
    expect(await ruleIds('lib/content/source/reads.ts', code)).toEqual([]);
    expect(await ruleIds('scripts/reads.ts', code)).toEqual([]);
  });
});
