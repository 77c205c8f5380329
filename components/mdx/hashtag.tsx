import type { ReactNode } from 'react';
import type { SiteLink } from '@/components/mdx/site-link';
import { getTextContent } from '@/components/mdx/text-content';
import { tagPath } from '@/lib/routes';

/** `<Hashtag>Sécurité</Hashtag>`, rendered as a `Link` to `/tags/securite` reading « #Sécurité ». */
export function createHashtag(Link: SiteLink) {
  return function Hashtag({ children }: { children?: ReactNode }) {
    const label = getTextContent(children).trim().replace(/^#/, '');
    return (
      <Link href={tagPath(label)} rel="tag" className="hashtag">
        #{label}
      </Link>
    );
  };
}
