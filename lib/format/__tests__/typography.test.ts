import { describe, expect, it } from 'vitest';
import { typesetFrench, untypeset } from '@/lib/format/typography';

describe('typesetFrench', () => {
  it.each([
    // High punctuation: a typed space becomes U+202F, a missing one is added after a word.
    ['Cybersécurité : le piège', 'Cybersécurité\u202F: le piège'],
    ['Pourquoi AT&T ? Les médias', 'Pourquoi AT&T\u202F? Les médias'],
    ['Enfin !', 'Enfin\u202F!'],
    ['un ; deux', 'un\u202F; deux'],
    ['Vraiment?', 'Vraiment\u202F?'],
    ['Note: rien', 'Note\u202F: rien'],
    ['Titre\u00A0: suite', 'Titre\u202F: suite'],
    // !? combos: one space, before the first mark only.
    ['Quoi !?', 'Quoi\u202F!?'],
    ['Quoi?!', 'Quoi\u202F?!'],
    // Guillemets, with or without spaces.
    ['« Kirin »', '«\u202FKirin\u202F»'],
    ['«Kirin»', '«\u202FKirin\u202F»'],
    ['«\u00A0Kirin\u00A0»', '«\u202FKirin\u202F»'],
    ['(« Kirin »)', '(«\u202FKirin\u202F»)'],
    ['« Vraiment ? »', '«\u202FVraiment\u202F?\u202F»'],
    // Apostrophes.
    ["s'est concrétisé d'AT&T", 's’est concrétisé d’AT&T'],
    ["aujourd'hui l'Arcep", 'aujourd’hui l’Arcep'],
    // Ellipses stay as typed; a mark after one gets its space.
    ['Et alors… ?', 'Et alors…\u202F?'],
    ['Et alors…?', 'Et alors…\u202F?'],
    ['Il dit […] la suite', 'Il dit […] la suite'],
    ['Attendez...', 'Attendez...'],
    // Dates.
    ['le 9 janvier 2018 à Las Vegas', 'le 9\u00A0janvier\u00A02018 à Las Vegas'],
    ['le 1er mars', 'le 1er\u00A0mars'],
    ['du 25 mai 2018', 'du 25\u00A0mai\u00A02018'],
    // Numbers and units.
    ['10 km à pied', '10\u00A0km à pied'],
    ['5 Go de données', '5\u00A0Go de données'],
    ['20 % des ventes', '20\u00A0% des ventes'],
    ['pendant 3 h', 'pendant 3\u00A0h'],
    ['à 18 h 30 précises', 'à 18\u00A0h\u00A030 précises'],
    ['1,5 Go', '1,5\u00A0Go'],
    ['10 millions d’euros', '10\u00A0millions d’euros'],
    ['le Mate 10 Pro', 'le Mate 10 Pro'],
    // Thousands separators, never in years or decimals.
    ['1 000 000 de clients', '1\u202F000\u202F000 de clients'],
    ['12\u00A0500 salariés', '12\u202F500 salariés'],
    ['à l’horizon 2019 face à Apple', 'à l’horizon 2019 face à Apple'],
    ['en 2018 500 clients', 'en 2018 500 clients'],
    ['pi vaut 3.14 ou 3,14', 'pi vaut 3.14 ou 3,14'],
    ['1 500,25 €', '1\u202F500,25\u00A0€'],
    // Times and phone numbers.
    ['à 10:42 précises', 'à 10:42 précises'],
    ['au 01 23 45 67 89', 'au 01 23 45 67 89'],
    ['au +33 1 23 45 67 89', 'au +33 1 23 45 67 89'],
  ])('%j → %j', (input, expected) => {
    expect(typesetFrench(input)).toBe(expected);
  });

  it('leaves URLs, addresses and emoticons as typed', () => {
    expect(typesetFrench('voir https://x.fr:8080/a?b=c!')).toBe('voir https://x.fr:8080/a?b=c!');
    expect(typesetFrench('voir https://x.fr:8080/a?b=c! Vite !')).toBe(
      'voir https://x.fr:8080/a?b=c! Vite\u202F!',
    );
    expect(typesetFrench('sur www.arcep.fr? non')).toBe('sur www.arcep.fr? non');
    expect(typesetFrench("écrire à redaction@manchette.fr ! C'est")).toBe(
      'écrire à redaction@manchette.fr\u202F! C’est',
    );
    expect(typesetFrench('Super :-) et ;) ou :D')).toBe('Super :-) et ;) ou :D');
    expect(typesetFrench("Triste :'(")).toBe("Triste :'(");
  });

  it('typesets a ternary written as prose (code nodes never reach this function)', () => {
    expect(typesetFrench('x ? y : z')).toBe('x\u202F? y\u202F: z');
  });

  it.each([
    'Les ambitions contrariées de Huawei : « Kirin » ? Oui ! C’est l’an 2018, le 9 janvier 2018.',
    '1 000 000 de clients, 20 % et 5 Go à 18 h 30 ; voir https://x.fr:8080/a?b=c! :-)',
    "Quoi !? «Kirin» d'AT&T",
    'Titre\u00A0: «\u00A0x\u00A0»',
  ])('is idempotent: %j', (input) => {
    const once = typesetFrench(input);
    expect(typesetFrench(once)).toBe(once);
  });

  it('keeps already typeset text as it is', () => {
    const typeset = 'Cybersécurité\u202F: «\u202Fl’Arcep\u202F» le 9\u00A0janvier\u00A02018\u202F!';
    expect(typesetFrench(typeset)).toBe(typeset);
  });

  it('changes only typographic characters, never words', () => {
    const source =
      "Pourquoi AT&T exprimerait-il des réticences ? « a déjà prouvé » l'an 2019 : 1 000 km";
    const strip = (text: string) => text.replace(/[\s\u00A0\u202F]/g, '').replace(/[’']/g, "'");
    expect(strip(typesetFrench(source))).toBe(strip(source));
  });

  it('leaves empty text empty', () => {
    expect(typesetFrench('')).toBe('');
  });
});

describe('untypeset', () => {
  it('reads typeset spaces and apostrophes as plain ones', () => {
    expect(untypeset('l’Arcep\u202F: 9\u00A0janvier')).toBe("l'Arcep : 9 janvier");
    expect(untypeset(typesetFrench("l'Arcep : 1 000 km"))).toBe("l'Arcep : 1 000 km");
  });
});
