/**
 * `npm run content:new -- "Titre de l'article" [--section mobile] [--author alice-martin]…`
 * Writes a draft article with a slug from the title, today's date in Paris and a template showing
 * every component. Never overwrites a file.
 */
import { parseArgs } from 'node:util';
import { writeArticleDraft } from '@/lib/content/editor';
import { editorFr } from '@/lib/i18n/editor-fr';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string' },
    author: { type: 'string', multiple: true },
  },
});

const title = positionals.join(' ').trim();
if (title === '') {
  console.error(editorFr.scaffold.usage);
  process.exit(2);
}

const result = writeArticleDraft({
  title,
  section: values.section,
  authors: values.author?.flatMap((author) => author.split(',')).map((author) => author.trim()),
});
if (!result.ok) {
  console.error(editorFr.scaffold.failed(result.error));
  process.exit(1);
}
console.log(editorFr.scaffold.written(result.file));
console.log(editorFr.scaffold.preview(`http://localhost:3000/articles/${result.slug}`));
console.log(editorFr.scaffold.publish);
