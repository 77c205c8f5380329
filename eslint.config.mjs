import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layering rules below are `no-restricted-imports` (the typescript-eslint version, which can
// let type imports through) registered under one name per rule: each keeps its own options and
// its own name in error messages, where a single rule would let the last matching block win.
const restrictImports = nextTs.find((config) => config.plugins?.['@typescript-eslint'])?.plugins[
  '@typescript-eslint'
].rules['no-restricted-imports'];
if (!restrictImports) throw new Error('eslint-config-next no longer ships typescript-eslint');
const LAYERING_RULES = ['no-fs', 'content-entry', 'no-components-in-lib', 'props-not-queries'];

// Content functions a component may call: pure helpers and constants, no reads of the index.
const CONTENT_HELPERS = [
  'ContentError',
  'formatProblem',
  'getReadingMinutes',
  'isEditorMode',
  'MAX_QUERY_LENGTH',
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-results/**',
    '.e2e-content-*/**',
    // The benchmark's baseline app: its own dependencies are installed only in its copy.
    'scripts/bench/starter/**',
  ]),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Only the MDX module may import the MDX library, so that it can be swapped in one place.
    ignores: ['components/mdx/mdx-content.tsx', 'components/mdx/__tests__/block-js.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['next-mdx-remote', 'next-mdx-remote/*'],
              message: 'Import MDX rendering from @/components/mdx/mdx-content.',
            },
          ],
          paths: [
            {
              name: 'next/link',
              message:
                'Pages link with a plain <a>: next/link costs 7 KB of JavaScript and prefetches every link in view (BENCHMARKS.md, issue 12).',
            },
          ],
        },
      ],
      // Plain links on purpose (see the next/link restriction above): a full page load of a
      // cached page instead of client-side navigation and prefetching.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    plugins: {
      layering: {
        rules: Object.fromEntries(LAYERING_RULES.map((name) => [name, restrictImports])),
      },
    },
  },
  {
    // Files are read by the content source layer only; the rest of the app gets data from it.
    files: ['**/*.{ts,tsx,mts,mjs}'],
    ignores: [
      'lib/content/source/**',
      'lib/content/editor/**', // the editor tools write drafts and watch the content folder
      'lib/content/check/cache.ts', // the check cache lives in .next/cache
      'lib/content/catalog/content-index.ts', // file signatures for the dev reload
      'lib/content/live/scan.ts', // the reload's rescan: sizes, times and hashes of content files
      'lib/content/live/watch.ts', // CONTENT_WATCH=1: watches the content root on the server
      'lib/seo/og-fonts.ts', // the fonts drawn into Open Graph images
      'lib/cache/redis-handler.mjs', // the build id in .next, which namespaces shared pages
      'lib/deploy/deployment-id.ts', // the deployment id the build wrote in .next
      'scripts/**',
      'e2e/**',
      '**/__tests__/**',
    ],
    rules: {
      'layering/no-fs': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
            name,
            message: 'Only lib/content/source reads files: take the data from @/lib/content.',
          })),
        },
      ],
    },
  },
  {
    // lib/content's public API is its barrel and its folders' entries; the rest is internal.
    // (next.config.ts cannot resolve `@/` and reaches editor/alias-redirects.ts by its path.)
    files: ['**/*.{ts,tsx,mts,mjs}'],
    ignores: ['lib/content/**', 'next.config.ts'],
    rules: {
      'layering/content-entry': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?:@/|(?:\\.\\.?/)+)lib/content/(?!(?:source|catalog|check|editor|mdx|live)$)',
              message:
                'Import from @/lib/content, or from a folder entry such as @/lib/content/mdx.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib holds data and rules; components render them, never the other way round.
    files: ['lib/**'],
    ignores: ['**/__tests__/**'],
    rules: {
      'layering/no-components-in-lib': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:@/|(?:\\.\\.?/)+)components(?:/|$)',
              message:
                'lib must not depend on components: move the logic to lib, or call it from a route.',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes fetch, components render: a component gets its data as props.
    files: ['components/**'],
    ignores: ['**/__tests__/**'],
    rules: {
      'layering/props-not-queries': [
        'error',
        {
          paths: [
            {
              name: '@/lib/content',
              allowImportNames: CONTENT_HELPERS,
              allowTypeImports: true,
              message: 'Components receive content as props: query it in the route (app/).',
            },
            {
              name: '@/lib/listings',
              allowTypeImports: true,
              message: 'Components receive listings as props: build them in the route (app/).',
            },
          ],
          patterns: [
            {
              regex: '^@/lib/content/(?!mdx$)',
              allowTypeImports: true,
              message: 'Components receive content as props: query it in the route (app/).',
            },
          ],
        },
      ],
    },
  },
]);
