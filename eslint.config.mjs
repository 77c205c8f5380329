import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
    '.bench-baseline/**',
    '.bench-starter/**',
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
        },
      ],
    },
  },
]);
