import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTextContent } from '@/components/mdx/text-content';
import { tagPath } from '@/lib/routes';

/** `<Hashtag>Sécurité</Hashtag>` → a link to `/tags/securite` reading « #Sécurité ». */
export function Hashtag({ children }: { children?: ReactNode }) {
  const label = getTextContent(children).trim().replace(/^#/, '');
  return (
    <Link href={tagPath(label)} rel="tag" className="hashtag font-medium">
      #{label}
    </Link>
  );
}
