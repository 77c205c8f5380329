import fs from 'node:fs';
import path from 'node:path';
import { generateArticle } from '@/scripts/bench/corpus/article';
import { createRandom } from '@/scripts/bench/corpus/random';
import { AUTHORS, SECTIONS } from '@/scripts/bench/corpus/vocabulary';

/** A file of a content folder: its path relative to the content root, and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** The real seed article, copied into every corpus so that Lighthouse and load tests use it. */
export const SEED_SLUG = 'ambitions-contrariees-huawei-etats-unis';

function writeSectionsYaml(): string {
  return SECTIONS.map(
    (section) =>
      `- slug: ${section.slug}\n  name: ${section.name}\n  description: ${JSON.stringify(section.description)}\n`,
  ).join('');
}

function writeAuthorYaml(author: (typeof AUTHORS)[number]): string {
  const bio = `${author.name} couvre l'actualité de la tech pour Manchette depuis plusieurs années.`;
  return `name: ${author.name}\nrole: ${author.role}\nbio: ${JSON.stringify(bio)}\n`;
}

/**
 * The content folder of a benchmark corpus: sections, authors and `count` generated articles.
 * The same `count` and `seed` always give byte-identical files.
 */
export function generateCorpus({
  count,
  seed = 1,
}: {
  count: number;
  seed?: number;
}): CorpusFile[] {
  const random = createRandom(seed);
  const files: CorpusFile[] = [{ path: 'sections.yaml', text: writeSectionsYaml() }];
  for (const author of AUTHORS) {
    files.push({ path: `authors/${author.slug}.yaml`, text: writeAuthorYaml(author) });
  }
  for (let index = 0; index < count; index += 1) {
    const article = generateArticle(index, random);
    files.push({ path: `articles/${article.slug}.mdx`, text: article.source });
  }
  return files;
}

/** Writes a corpus under `root` (created if needed). */
export function writeCorpus(root: string, files: readonly CorpusFile[]): void {
  for (const file of files) {
    const target = path.join(root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
}

/** Copies the repository's seed article into a corpus, so the corpus holds the real page too. */
export function copySeedArticle(projectRoot: string, corpusRoot: string): void {
  const name = `articles/${SEED_SLUG}.mdx`;
  fs.copyFileSync(path.join(projectRoot, 'content', name), path.join(corpusRoot, name));
}
