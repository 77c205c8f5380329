import type { ComponentPropsWithoutRef } from 'react';
import { fr } from '@/lib/i18n/fr';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

function HeadingAnchor({ id }: { id: string | undefined }) {
  if (!id) return null;
  return (
    <a
      href={`#${id}`}
      className="heading-anchor ml-2 inline-flex min-h-6 min-w-6 items-center justify-center no-underline opacity-60 hover:opacity-100 focus-visible:opacity-100"
    >
      <span aria-hidden="true">#</span>
      <span className="sr-only">{fr.article.headingAnchor}</span>
    </a>
  );
}

/** `##` in MDX: an h2 with its id (set by the pipeline) and a visible anchor link. */
export function Heading2({ id, children, ...rest }: HeadingProps) {
  return (
    <h2 id={id} className="scroll-mt-6" {...rest}>
      {children}
      <HeadingAnchor id={id} />
    </h2>
  );
}

/** `###` in MDX: an h3 with its id and a visible anchor link. */
export function Heading3({ id, children, ...rest }: HeadingProps) {
  return (
    <h3 id={id} className="scroll-mt-6" {...rest}>
      {children}
      <HeadingAnchor id={id} />
    </h3>
  );
}
