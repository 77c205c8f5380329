import type { ComponentPropsWithoutRef } from 'react';
import { fr } from '@/lib/i18n/fr';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

function HeadingAnchor({ id }: { id: string | undefined }) {
  if (!id) return null;
  return (
    <a href={`#${id}`} className="heading-anchor">
      <span aria-hidden="true">#</span>
      <span className="sr-only">{fr.article.headingAnchor}</span>
    </a>
  );
}

/** A body heading with its id (set by the pipeline) and a visible anchor link. */
function createHeading(Tag: 'h2' | 'h3') {
  return function Heading({ id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} className="scroll-mt-6" {...rest}>
        {children}
        <HeadingAnchor id={id} />
      </Tag>
    );
  };
}

/** `##` in MDX. */
export const Heading2 = createHeading('h2');

/** `###` in MDX. */
export const Heading3 = createHeading('h3');
