import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { categorize, OTHER } from '@/scripts/bench/profile/categories';
import {
  addProfile,
  resolveSource,
  type ProfileSummary,
} from '@/scripts/bench/profile/cpu-profile';
import { formatBreakdown, NATIVE, readBuildPhases } from '@/scripts/bench/profile/report';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-profile-test-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A minified "chunk" whose two functions come from two source files, with its source map. */
function writeChunk(): string {
  const directory = path.join(root, '.next/server/chunks');
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(directory, 'chunk.js');
  fs.writeFileSync(file, 'function a(){}function b(){}\n');
  fs.writeFileSync(
    `${file}.map`,
    JSON.stringify({
      version: 3,
      sources: ['../../../lib/content/related.ts', '../../../components/card.tsx'],
      names: [],
      // Column 0 comes from related.ts, column 14 from card.tsx.
      mappings: 'AAAA,cCAA',
    }),
  );
  return pathToFileURL(file).href;
}

describe('resolveSource', () => {
  const url = writeChunk();

  it('follows the source map to the original file, relative to the project', () => {
    expect(resolveSource(root, url, 0, 0)).toBe('lib/content/related.ts');
    expect(resolveSource(root, url, 0, 14)).toBe('components/card.tsx');
  });

  it('keeps URLs it cannot map', () => {
    expect(resolveSource(root, 'node:internal/streams/readable', 3, 1)).toBe(
      'node:internal/streams/readable',
    );
    expect(resolveSource(root, '', 0, 0)).toBe('');
  });
});

describe('categorize', () => {
  it('names the costs the issue asks about', () => {
    expect(categorize('node_modules/micromark/lib/parse.js', 'parse')).toMatch(/^MDX compile/);
    expect(categorize('lib/content/related.ts', 'x')).toBe('related articles');
    expect(categorize('lib/seo/json-ld.ts', 'x')).toBe('JSON-LD');
    expect(categorize('app/articles/[slug]/og.png/route.tsx', 'x')).toMatch(/^OG image/);
    expect(
      categorize(
        'webpack://next/./dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-server.node.production.js',
        'x',
      ),
    ).toBe('RSC serialisation (Flight server)');
    expect(
      categorize(
        'webpack://next/./dist/compiled/react-dom/cjs/react-dom-server.node.production.js',
        'x',
      ),
    ).toBe('React HTML render (Fizz)');
    expect(categorize('', '(garbage collector)')).toBe('garbage collection');
    expect(categorize('components/card.tsx', 'Card')).toBe('site components and routes');
    expect(categorize('/somewhere/else.js', 'f')).toBeUndefined();
  });
});

describe('addProfile', () => {
  it('charges each sample to its innermost categorised frame and skips idle time', () => {
    const url = writeChunk();
    const frame = (functionName: string, columnNumber = 0, frameUrl = '') => ({
      functionName,
      url: frameUrl,
      lineNumber: 0,
      columnNumber,
    });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
        { id: 2, callFrame: frame('Card', 14, url), children: [3] },
        { id: 3, callFrame: frame('related', 0, url), children: [4] },
        { id: 4, callFrame: frame('anonymous') },
        { id: 5, callFrame: frame('(idle)') },
        { id: 6, callFrame: frame('mystery', 0, 'file:///elsewhere.js') },
      ],
      // 2 ms in Card itself, 3 ms under related (1 in an unnamed helper), 7 idle, 1 unknown.
      samples: [2, 2, 3, 3, 4, 5, 6],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 7000, 1000],
    };
    const summary: ProfileSummary = { categories: new Map(), functions: new Map() };
    addProfile(root, profile, summary);
    expect(Object.fromEntries(summary.categories)).toEqual({
      'site components and routes': 2,
      'related articles': 3,
      [OTHER]: 1,
    });
    expect(summary.functions.get('related (lib/content/related.ts)')).toBe(2);
    // Measured CPU below the samples (a thread waiting for a core is still sampled): scaled down.
    const scaled: ProfileSummary = { categories: new Map(), functions: new Map() };
    addProfile(root, profile, scaled, 3);
    expect(scaled.categories.get('related articles')).toBeCloseTo(1.5);
  });
});

describe('build report', () => {
  it('reads the phase times Next prints', () => {
    const phases = readBuildPhases(
      [
        '✓ Compiled successfully in 4.1min',
        '✓ Finished writing to filesystem cache in 950ms',
        '✓ Generating static pages using 2 workers (372/372) in 33.9s',
      ].join('\n'),
    );
    expect(Object.fromEntries(phases)).toEqual({
      'Turbopack compile': 246_000,
      'Turbopack cache write': 950,
      'Static generation': 33_900,
    });
  });

  it('shows shares, per-page costs and the native time the samples missed', () => {
    const markdown = formatBreakdown({
      title: 'Cold build',
      summary: {
        categories: new Map([
          ['MDX compile (mdx-js, remark, micromark)', 3000],
          ['JSON-LD', 1000],
        ]),
        functions: new Map([['compile (node_modules/@mdx-js/mdx/lib/compile.js)', 2500]]),
      },
      treeCpuMs: 10_000,
      pages: { total: 100, articles: 50, ogImages: 50 },
    });
    expect(markdown).toContain(`| ${NATIVE} | 6.0 s | 60.0 % | 60.00 |`);
    expect(markdown).toContain(
      '| MDX compile (mdx-js, remark, micromark) | 3.0 s | 30.0 % | 30.00 |',
    );
    expect(markdown).toContain('| JSON-LD | 1.0 s | 10.0 % | 10.00 |');
    expect(markdown.indexOf(NATIVE)).toBeLessThan(markdown.indexOf('JSON-LD'));
    expect(markdown).toContain(
      '| `compile (node_modules/@mdx-js/mdx/lib/compile.js)` | 2.5 s | 25.0 % |',
    );
  });
});
