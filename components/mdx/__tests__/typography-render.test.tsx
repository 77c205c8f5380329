import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';

/** Renders an MDX body as the article page does, with no tags and no « Lire aussi » cards. */
async function render(body: string): Promise<string> {
  const source = {
    body,
    file: 'content/articles/essai.mdx',
    lineOffset: 0,
    tagSlugs: new Set<string>(),
  };
  return renderToStaticMarkup(await MdxContent({ source }));
}

describe('French typography in a rendered body', () => {
  it('typesets prose, headings, emphasis and link text', async () => {
    const html = await render(
      [
        '## Cybersécurité : le piège',
        '',
        "Pourquoi AT&T ? Le groupe « a déjà prouvé » qu'il **s'est** trompé le 9 janvier 2018 : 1 000 000 de clients, 5 Go !",
        '',
        "Voir [l'annonce d'AT&T](https://x.fr:8080/a?b=c!) :-)",
      ].join('\n'),
    );
    expect(html).toContain('>Cybersécurité\u202F: le piège<');
    expect(html).toContain(
      '<p>Pourquoi AT&amp;T\u202F? Le groupe «\u202Fa déjà prouvé\u202F» qu’il <strong class="font-semibold text-ink">s’est</strong> trompé le 9\u00A0janvier\u00A02018\u202F: 1\u202F000\u202F000 de clients, 5\u00A0Go\u202F!</p>',
    );
    expect(html).toContain(
      '<a href="https://x.fr:8080/a?b=c!" rel="noopener noreferrer">l’annonce d’AT&amp;T</a> :-)',
    );
  });

  it('leaves inline code, code blocks and URLs as typed', async () => {
    const html = await render(
      [
        "Le test `x ? y : z` d'abord.",
        '',
        '```ts',
        "const a = b ? 'c' : d; // l'heure : 10:42 !",
        '```',
      ].join('\n'),
    );
    expect(html).toContain('<code>x ? y : z</code> d’abord.');
    expect(html).toContain(
      '<code class="language-ts">const a = b ? &#x27;c&#x27; : d; // l&#x27;heure : 10:42 !\n</code>',
    );
    expect(html).not.toMatch(/<code[^>]*>[^<]*[\u202F\u00A0’][^<]*<\/code>/);
  });

  it('leaves an English tweet as written and typesets a French one', async () => {
    const html = await render(
      [
        '<Tweet author="Huawei Mobile" handle="HuaweiMobile" date="2018-01-09" url="https://x.com/HuaweiMobile/status/1" lang="en">',
        'It\'s here: the "Mate 10 Pro" ! Isn\'t it?',
        '</Tweet>',
        '',
        '<Tweet author="Arcep" handle="Arcep" date="2018-01-09" url="https://x.com/Arcep/status/2" lang="fr">',
        "L'Arcep publie son rapport : à lire !",
        '</Tweet>',
      ].join('\n'),
    );
    expect(html).toContain('It&#x27;s here: the &quot;Mate 10 Pro&quot; ! Isn&#x27;t it?');
    expect(html).toContain('L’Arcep publie son rapport\u202F: à lire\u202F!');
  });
});
