/** Narrow no-break space: before ; : ! ? », after «, and between thousands (as Intl fr-FR does). */
export const NARROW_NBSP = '\u202F';
/** No-break space: inside dates (« 9 janvier 2018 ») and between a number and its unit. */
export const NBSP = '\u00A0';

// Never typeset: URLs, e-mail addresses and emoticons. Their punctuation is not French prose.
const URL_OR_EMOTICON = [
  String.raw`\b(?:https?|ftp):\/\/[^\s<>«»"]+`,
  String.raw`\bwww\.[^\s<>«»"]+`,
  String.raw`[:;=](?<=(?:^|[^\p{L}\p{N}])[:;=])[-'^]?[)(\]\[DPpOo3\/\\|*]+(?![\p{L}\p{N}])`,
];
const EMAIL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const PROTECTED = new RegExp(URL_OR_EMOTICON.join('|'), 'gu');
// Addresses are looked for only in text with an « @ »: the pattern is slow on plain prose.
const PROTECTED_WITH_EMAIL = new RegExp([...URL_OR_EMOTICON, EMAIL].join('|'), 'gu');

// A straight apostrophe between two letters (or after a digit: « 80's » stays rare, « l'an » is common).
const APOSTROPHE = /'(?<=[\p{L}\p{N}]')(?=\p{L})/gu;
const OPENING_GUILLEMET = /«[ \u00A0\u202F]*/g;
const CLOSING_GUILLEMET = /[ \u00A0\u202F]*»/g;
// A space already typed before high punctuation becomes a narrow no-break space.
const SPACE_BEFORE_PUNCTUATION = /[ \u00A0\u202F]+(?=[;:!?])/g;
// No space typed (English habit): add one after a word, only when the mark ends the word, so
// « 10:42 », « a;b » and « ?b=c » stay as they are; in « !? » only the first mark gets it.
// (Each pattern starts with a plain character and looks behind after it: scanning stays fast.)
const BANG_OR_QUESTION = /[!?](?<=[\p{L}\p{N})\]»”"…].)(?=$|[\s!?»)\]”".,…])/gu;
const COLON_OR_SEMICOLON = /[;:](?<=[\p{L}\p{N})\]»”"…].)(?=$|\s)/gu;

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(1er|[0-3]?\d)[ \u00A0]+(${MONTHS})(?:[ \u00A0]+(\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);
// Groups of three digits already set apart by a space: « 1 000 000 ». A lone run of digits is
// left alone, as it may be a year (2018), a postal code (91100) or a reference.
const THOUSANDS = /(?<![\p{N}.,])\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})/gu;
const MAYBE_THOUSANDS = /\p{N}[ \u00A0]\p{N}{3}/u;
const UNITS = [
  '%',
  '‰',
  '€',
  '\\$',
  '£',
  '°C',
  'k?m',
  'cm',
  'mm',
  'm²',
  'km²',
  'k?g',
  'mg',
  'h',
  'min',
  'ms',
  '[KMGTP]o',
  '[KkMGT]b(?:it)?(?:\\/s)?',
  'bits?',
  'octets',
  '[kMG]?Hz',
  '[kMGT]?W',
  '[kMGT]Wh',
  'mAh',
  'V',
  'M€',
  'Md[s€]',
  'k€',
  'ans',
  'mois',
  'jours',
  'semaines',
  'heures',
  'minutes',
  'secondes',
  'pouces',
  'millions?',
  'milliards?',
  'euros',
  'dollars',
];
const NUMBER_AND_UNIT = new RegExp(
  String.raw` (?<=\p{N} )(?=(?:${UNITS.join('|')})(?![\p{L}\p{N}]))`,
  'gu',
);
const CLOCK_TIME =
  /[ \u00A0]h[ \u00A0](?<=(?<!\p{N})\p{N}{1,2}[ \u00A0]h[ \u00A0])(?=\p{N}{2}(?!\p{N}))/gu;

/** French typography of one run of prose that holds no URL, address or emoticon. */
function typesetProse(text: string): string {
  const typeset = text
    .replace(APOSTROPHE, '’')
    .replace(OPENING_GUILLEMET, `«${NARROW_NBSP}`)
    .replace(CLOSING_GUILLEMET, `${NARROW_NBSP}»`)
    .replace(SPACE_BEFORE_PUNCTUATION, NARROW_NBSP)
    .replace(BANG_OR_QUESTION, `${NARROW_NBSP}$&`)
    .replace(COLON_OR_SEMICOLON, `${NARROW_NBSP}$&`)
    .replace(DATE, (_match, day: string, month: string, year: string | undefined) =>
      year ? `${day}${NBSP}${month}${NBSP}${year}` : `${day}${NBSP}${month}`,
    )
    .replace(CLOCK_TIME, `${NBSP}h${NBSP}`)
    .replace(NUMBER_AND_UNIT, NBSP);
  return MAYBE_THOUSANDS.test(typeset)
    ? typeset.replace(THOUSANDS, (group) => group.replace(/[ \u00A0]/g, NARROW_NBSP))
    : typeset;
}

/**
 * French typography of a displayed text: narrow no-break spaces before ; : ! ? » and after «,
 * typographic apostrophes, no-break spaces in dates, between a number and its unit and as
 * thousands separators. URLs, e-mail addresses and emoticons inside the text are kept as typed.
 * Idempotent: typesetting typeset text changes nothing. Never give it code or attribute values.
 */
export function typesetFrench(text: string): string {
  if (text === '') return text;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(text.includes('@') ? PROTECTED_WITH_EMAIL : PROTECTED)) {
    result += typesetProse(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + typesetProse(text.slice(last));
}

/**
 * Text as a search or a tag comparison reads it: no-break and narrow spaces become plain spaces,
 * typographic apostrophes straight ones, so « l’Arcep » and « l'Arcep » are the same words.
 */
export function untypeset(text: string): string {
  return text.replace(/[\u00A0\u202F\u2009\u2007]/g, ' ').replace(/[’‘ʼ]/g, "'");
}
