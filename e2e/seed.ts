import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seed article as the newsroom received it (a copy of shared/seed), parsed into parts. */
export interface Seed {
  title: string;
  paragraphs: string[];
  boldNames: string[];
  tweetText: string;
  hashtags: string[];
  credit: string;
}

const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/^\*|\*$/g, '')
    .trim();

/** Reads `e2e/fixtures/seed-huawei-att-ces2018.md`. */
export function readSeed(): Seed {
  const source = fs.readFileSync(
    fileURLToPath(new URL('./fixtures/seed-huawei-att-ces2018.md', import.meta.url)),
    'utf8',
  );
  const blocks = source
    .trim()
    .split(/\n\s*\n/)
    .map((block) => block.trim());
  const [heading = '', ...rest] = blocks;
  const tweetIndex = rest.findIndex((block) => block.startsWith('*Richard Yu'));
  const tweet = rest[tweetIndex] ?? '';
  const body = rest.slice(0, tweetIndex);
  return {
    title: heading.replace(/^# /, ''),
    paragraphs: body.map(plain),
    boldNames: [...body.join('\n').matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? ''),
    tweetText: plain(tweet),
    hashtags: [...tweet.matchAll(/\[#(\w+)\]\(#\)/g)].map((match) => match[1] ?? ''),
    credit: plain(rest.at(-1) ?? ''),
  };
}

/**
 * The text with French typography undone, character for character: U+202F and U+00A0 back to
 * spaces, ’ back to '. A typeset page read this way must equal the seed: only typographic
 * characters may differ, never words.
 */
export function withPlainTypography(text: string): string {
  return text.replace(/[\u202F\u00A0]/g, ' ').replaceAll('’', "'");
}
