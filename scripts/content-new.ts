/**
 * `npm run content:new -- "Titre de l'article" [--section mobile] [--author alice-martin]…`
 * Writes a draft article with a slug from the title, today's date in Paris and a template showing
 * every component. Never overwrites a file.
 */
import { parseArgs } from 'node:util';
import { writeArticleDraft } from '@/lib/content/editor';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string' },
    author: { type: 'string', multiple: true },
  },
});

const title = positionals.join(' ').trim();
if (title === '') {
  console.error(
    'Usage: npm run content:new -- "Titre de l\'article" [--section <slug>] [--author <slug>]…',
  );
  process.exit(2);
}

const result = writeArticleDraft({
  title,
  section: values.section,
  authors: values.author?.flatMap((author) => author.split(',')).map((author) => author.trim()),
});
if (!result.ok) {
  console.error(`✗ ${result.error}`);
  process.exit(1);
}
console.log(`✓ ${result.file} written (draft: true).`);
console.log(`  Preview it with npm run dev at http://localhost:3000/articles/${result.slug}`);
console.log('  Set draft: false when it is ready to publish, then run npm run content:check.');
