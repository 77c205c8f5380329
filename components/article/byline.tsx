import { Fragment } from 'react';
import type { Author } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { authorPath } from '@/lib/routes';

/** « Par Alice Martin et Bruno Petit », each name linking to the author's page. */
export function Byline({ authors }: { authors: readonly Author[] }) {
  return (
    <p className="byline">
      {fr.article.by}{' '}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? ` ${fr.article.and} ` : ', ') : null}
          <a href={authorPath(author.slug)} rel="author" className="byline-author">
            {author.name}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
