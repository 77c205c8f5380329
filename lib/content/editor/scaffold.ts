import fs from 'node:fs';
import path from 'node:path';
import { getContentIndex } from '@/lib/content/catalog';
import { getArticlesDir, toDisplayPath } from '@/lib/content/source';
import { toParisIsoString } from '@/lib/format/dates';
import { slugify } from '@/lib/format/slug';

/** What `npm run content:new` needs to write a draft. */
export interface DraftRequest {
  title: string;
  section?: string | undefined;
  authors?: readonly string[] | undefined;
  now?: Date;
}

/** The outcome: the file written, or why nothing was written. */
export type DraftResult = { ok: true; file: string; slug: string } | { ok: false; error: string };

const MAX_SLUG_LENGTH = 80;

/** A slug from a title, cut at a word boundary: « L'été de la 5G ! » → `l-ete-de-la-5g`. */
export function slugifyTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

const yamlString = (value: string) => JSON.stringify(value);

/** The text of a new draft: valid frontmatter and a body that shows every component. */
export function renderDraft(
  title: string,
  section: string,
  authors: readonly string[],
  date: string,
): string {
  return `---
title: ${yamlString(title)}
description: "Le chapeau : une ou deux phrases qui résument l'article."
date: ${date}
authors: [${authors.join(', ')}]
section: ${section}
tags: [Exemple]
draft: true
---

Premier paragraphe : l'essentiel de l'information. Mettez les **noms propres** en gras, l'*emphase* en
italique, les citations entre « guillemets ».

## Un intertitre

Un lien vers [la rubrique](/rubriques/${section}), vers un article (\`/articles/<slug>\`) ou vers
[un site externe](https://www.example.org).
Un sujet du site : <Hashtag>Exemple</Hashtag> (chaque hashtag doit figurer dans \`tags\`).

<Tweet author="Manchette" handle="ManchetteInfo" date="${date.slice(0, 10)}" url="https://x.com/ManchetteInfo/status/1">
Texte de la publication, avec ses #Exemple.
</Tweet>

<Credit>Nom du photographe ou de l'agence</Credit>
`;
}

/**
 * Writes `content/articles/<slug>.mdx` as a draft, dated now in Paris time. Refuses to overwrite
 * a file, to reuse a slug or alias, or to name an unknown section or author.
 */
export function writeArticleDraft(request: DraftRequest): DraftResult {
  const title = request.title.trim();
  const slug = slugifyTitle(title);
  if (slug === '') return { ok: false, error: 'the title needs at least one letter or digit' };
  const index = getContentIndex();
  const sections = [...index.sections.keys()];
  const section = request.section ?? sections[0];
  if (!section || !index.sections.has(section)) {
    return {
      ok: false,
      error: `unknown section "${request.section ?? ''}"; known: ${sections.join(', ')}`,
    };
  }
  const authors = request.authors?.length ? request.authors : [...index.authors.keys()].slice(0, 1);
  const unknown = authors.filter((author) => !index.authors.has(author));
  if (authors.length === 0 || unknown.length > 0) {
    return {
      ok: false,
      error: `unknown author(s) ${unknown.join(', ')}; known: ${[...index.authors.keys()].join(', ')}`,
    };
  }
  const file = path.join(getArticlesDir(), `${slug}.mdx`);
  if (fs.existsSync(file) || index.aliases.has(slug)) {
    return {
      ok: false,
      error: `${toDisplayPath(file)} already exists (or is a former slug); choose another title`,
    };
  }
  const date = toParisIsoString(request.now ?? new Date());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, renderDraft(title, section, authors, date), { flag: 'wx' });
  return { ok: true, file: toDisplayPath(file), slug };
}
