import { slugify } from '@/lib/format/slug';
import { writeHeadline, writeParagraph } from '@/scripts/bench/corpus/prose';
import type { Random } from '@/scripts/bench/corpus/random';
import {
  AUTHORS,
  ENGLISH_TWEETS,
  FRENCH_TWEETS,
  HEADINGS,
  PEOPLE,
  SECTIONS,
  TAGS,
} from '@/scripts/bench/corpus/vocabulary';

/** One generated article: its slug (the file name) and the whole `.mdx` text. */
export interface GeneratedArticle {
  slug: string;
  source: string;
  /** Publication instant, epoch milliseconds. */
  publishedAt: number;
}

/** The newest generated article is published at this instant; older ones go back in time. */
const NEWEST = Date.UTC(2025, 11, 31, 17, 0);
const STEP_MS = 5 * 60 * 60 * 1000;

/** `2025-12-31T18:00:00+01:00`: ISO 8601 with the offset the schema requires. */
function formatParisDate(epoch: number): string {
  return `${new Date(epoch + 3_600_000).toISOString().slice(0, 19)}+01:00`;
}

/** A YAML double-quoted string (titles may contain colons or quotes). */
const quote = (text: string) => JSON.stringify(text);

function writeTweet(random: Random, tags: readonly string[]): string {
  const english = random.chance(0.5);
  const text = random.pick(english ? ENGLISH_TWEETS : FRENCH_TWEETS);
  const handle = random.pick([
    'HuaweiMobile',
    'orange',
    'Free',
    'ARCEP',
    'AppleSupport',
    'Ericsson',
  ]);
  const date = new Date(NEWEST - random.int(0, 2500) * 86_400_000).toISOString().slice(0, 10);
  const hashtags = random
    .sample(tags, random.int(1, 2))
    .map((tag) => `#${tag}`)
    .join(' ');
  return [
    `<Tweet author="${random.pick(PEOPLE)}" handle="${handle}" date="${date}" url="https://x.com/${handle}/status/${random.int(1e9, 9e9)}"${english ? ' lang="en"' : ''}>`,
    `${text} ${hashtags}`,
    '</Tweet>',
  ].join('\n');
}

/** The MDX body: paragraphs under headings, hashtags, links, and sometimes a tweet and a credit. */
function writeBody(random: Random, tags: readonly string[]): string {
  const blocks = [writeParagraph(random, 3, 5)];
  const firstTag = tags[0] ?? 'IA';
  blocks.push(
    `${writeParagraph(random)} Un sujet que nous suivons : <Hashtag>${firstTag}</Hashtag>.`,
  );
  for (const heading of random.sample(HEADINGS, random.int(2, 4))) {
    blocks.push(`## ${heading}`);
    for (let i = random.int(1, 3); i > 0; i -= 1) blocks.push(writeParagraph(random));
    if (random.chance(0.3)) {
      blocks.push(`### ${random.pick(HEADINGS)}`, writeParagraph(random));
    }
  }
  const tag = random.pick(tags);
  blocks.push(
    `Lire aussi nos [articles sur ${tag}](/tags/${slugify(tag)}) et le [dossier de l'Arcep](https://www.arcep.fr/). ` +
      `Le sujet <Hashtag>${tag}</Hashtag> reste, _selon nos lecteurs_, l'un des plus suivis.`,
  );
  if (random.chance(0.5)) blocks.push(writeTweet(random, tags));
  if (random.chance(0.5)) blocks.push(`<Credit>${random.pick(PEOPLE)}</Credit>`);
  return blocks.join('\n\n');
}

/** Article number `index` (0 = newest) of a corpus, with everything drawn from `random`. */
export function generateArticle(index: number, random: Random): GeneratedArticle {
  const title = writeHeadline(random);
  const publishedAt = NEWEST - index * STEP_MS - random.int(0, 120) * 60_000;
  const tags = random.sample(TAGS, random.int(2, 6));
  const authors = random.sample(AUTHORS, random.chance(0.85) ? 1 : 2).map((author) => author.slug);
  const lines = [
    '---',
    `title: ${quote(title)}`,
    `description: ${quote(writeParagraph(random, 1, 2))}`,
    `date: ${formatParisDate(publishedAt)}`,
    ...(random.chance(0.1)
      ? [`updated: ${formatParisDate(publishedAt + random.int(1, 48) * 3_600_000)}`]
      : []),
    `authors: [${authors.join(', ')}]`,
    `section: ${random.pick(SECTIONS).slug}`,
    `tags: [${tags.map(quote).join(', ')}]`,
    ...(random.chance(0.01) ? ['draft: true'] : []),
    '---',
    '',
  ];
  const slug = `${slugify(title).split('-').slice(0, 8).join('-')}-${index + 1}`;
  return { slug, source: `${lines.join('\n')}${writeBody(random, tags)}\n`, publishedAt };
}
