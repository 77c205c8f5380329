import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { readArticleMeta } from '@/lib/content/source/loader';
import { checkArticleBody } from '@/lib/content/mdx/check-body';
import { ContentError } from '@/lib/content/problems';
import type { ContentReferences } from '@/lib/content/source/schema';
import { createRandom, type Random } from '@/scripts/bench/corpus/random';

const REFERENCES: ContentReferences = {
  authors: new Set(['alice-martin']),
  sections: new Set(['mobile']),
  imageExists: () => true,
};

const VALID = `---
title: Un article de départ
description: Le texte que le fuzzeur abîme.
date: 2026-01-05T10:00:00+01:00
authors: [alice-martin]
section: mobile
tags: [Huawei, CES2018]
---

Un paragraphe avec du **gras**, de l'*italique* et « des guillemets ».

## Un intertitre

Un sujet : <Hashtag>Huawei</Hashtag>, un [lien](https://example.org) et un [autre](/tags/huawei).

<Tweet author="Huawei Mobile" handle="HuaweiMobile" date="2018-01-09" url="https://x.com/a/status/1">
Texte #CES2018 avec [un lien](http://pic.twitter.com/abc).
</Tweet>

<Credit>Huawei</Credit>
`;

const TOKENS = [
  '<',
  '>',
  '{',
  '}',
  '</',
  '/>',
  '<Tweet',
  '</Tweet>',
  '<Hashtag>',
  '<script>',
  '---',
  '**',
  '*',
  '[',
  '](',
  ')',
  '#',
  '\n',
  '\n\n',
  ':',
  '"',
  "'",
  '&',
  '\\',
  '`',
  '```',
  '\u0000',
  '\uD800',
  '\uFFFD',
  '😀',
  '\t',
  '- ',
  '> ',
  '|',
  '!',
  'javascript:',
  '{1+1}',
  '<!--',
  '-->',
  '&amp;',
  'import x from "y"',
];

function mutate(random: Random, text: string): string {
  let result = text;
  const edits = 1 + random.int(0, 5);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = random.int(0, result.length);
    switch (random.int(0, 4)) {
      case 0:
        result = result.slice(0, at) + random.pick(TOKENS) + result.slice(at);
        break;
      case 1:
        result = result.slice(0, at) + result.slice(at + 1 + random.int(0, 19));
        break;
      case 2:
        result = result.slice(0, at);
        break;
      case 3: {
        const from = random.int(0, result.length - 1);
        result =
          result.slice(0, at) + result.slice(from, from + random.int(0, 79)) + result.slice(at);
        break;
      }
      default:
        result =
          result.slice(0, at) + String.fromCharCode(random.int(0, 0x2fff)) + result.slice(at);
    }
  }
  return result;
}

const SPECIAL_CASES: [string, string][] = [
  ['unterminated tag', VALID.replace('</Tweet>', '')],
  ['unterminated frontmatter', VALID.replace(/\n---\n\n/, '\n\n')],
  ['unterminated expression', `${VALID}\n\n{`],
  ['huge body', `${VALID}\n\n${'Texte sans fin. '.repeat(120_000)}`],
  ['huge single line', `${VALID}\n\n${'a'.repeat(1_500_000)}`],
  ['deep blockquotes', `${VALID}\n\n${'> '.repeat(5_000)}fond`],
  [
    'deep lists',
    `${VALID}\n\n${Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth)}- niveau`).join('\n')}`,
  ],
  ['deep emphasis', `${VALID}\n\n${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`],
  ['deep brackets', `${VALID}\n\n${'['.repeat(20_000)}x${'](/)'.repeat(100)}`],
  ['deeply nested components', `${VALID}\n\n${'<Credit>'.repeat(500)}x${'</Credit>'.repeat(500)}`],
  [
    'invalid UTF-8',
    Buffer.concat([
      Buffer.from(VALID),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
    ]).toString('utf8'),
  ],
  ['NUL bytes', VALID.replaceAll('e', '\u0000')],
  ['lone surrogates', VALID.replaceAll('a', '\uD800')],
  [
    'YAML bomb',
    `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: *g\n---\n\nTexte.\n`,
  ],
  ['deep YAML', `---\ntitle: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n---\n\nTexte.\n`],
  [
    'YAML with tabs and duplicate keys',
    `---\ntitle: a\ntitle: b\n\tdescription: c\n---\n\nTexte.\n`,
  ],
  [
    'YAML tags and merge keys',
    `---\n<<: {title: x}\ndate: !!timestamp 2001-12-14\ntitle: !!binary aGVsbG8=\n---\n\nTexte.\n`,
  ],
  ['only fences', '---\n---\n'],
  ['empty file', ''],
  ['BOM and CRLF', `\uFEFF${VALID.replaceAll('\n', '\r\n')}`],
];

const TIME_BOUND_MS = 8_000;

/**
 * Runs one input through the whole pipeline. It must end in a rendered article or in a
 * structured ContentError (file, line, field), within the time bound; anything else fails.
 */
async function runPipeline(source: string): Promise<'rendered' | 'content-error'> {
  const started = performance.now();
  const meta = readArticleMeta('/fuzz/articles/fuzz.mdx', { references: REFERENCES, source });
  let outcome: 'rendered' | 'content-error';
  if (!meta.ok) {
    expect(meta.problems.length).toBeGreaterThan(0);
    for (const problem of meta.problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.field.length).toBeGreaterThan(0);
    }
    outcome = 'content-error';
  } else {
    const context = {
      file: meta.data.file,
      lineOffset: meta.data.bodyLineOffset,
      tagSlugs: new Set(meta.data.tags.map((tag) => tag.slug)),
    };
    const body = source.slice(source.length - (source.length - indexOfBody(source)));
    const problems = checkArticleBody(body, context);
    try {
      const element = await MdxContent({ source: { ...context, body } });
      expect(typeof renderToStaticMarkup(element)).toBe('string');
      expect(problems).toEqual([]);
      outcome = 'rendered';
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.length).toBeGreaterThan(0);
      outcome = 'content-error';
    }
  }
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  return outcome;
}

/** Start of the body, as the loader computes it (after the closing fence). */
function indexOfBody(source: string): number {
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?^---[ \t]*$\r?\n?/m.exec(source);
  return match ? match.index + match[0].length : 0;
}

describe('fuzzing the content pipeline', () => {
  it('renders the unmutated article', async () => {
    expect(await runPipeline(VALID)).toBe('rendered');
  });

  for (const [name, source] of SPECIAL_CASES) {
    it(`survives: ${name}`, async () => {
      expect(['rendered', 'content-error']).toContain(await runPipeline(source));
    }, 30_000);
  }

  it('survives 300 random mutations of a valid article', async () => {
    const random = createRandom(20180109);
    const outcomes = { rendered: 0, 'content-error': 0 };
    for (let round = 0; round < 300; round += 1) {
      const source = mutate(random, VALID);
      try {
        outcomes[await runPipeline(source)] += 1;
      } catch (error) {
        throw new Error(`round ${round} failed on input ${JSON.stringify(source.slice(0, 400))}`, {
          cause: error,
        });
      }
    }
    // Both outcomes must occur, or the fuzzer is not exploring anything.
    expect(outcomes.rendered).toBeGreaterThan(10);
    expect(outcomes['content-error']).toBeGreaterThan(10);
  }, 180_000);
});
