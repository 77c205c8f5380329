// Every character the shipped Source Serif 4 latin subset draws (read from the fonts' cmap; a
// unit test keeps the two in step). For any other character next/og would fetch a fallback
// font or emoji over the network, so such characters are left out of the picture; the full
// title stays in the image's alt text and everywhere else.
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2002\u2009\u2013\u2014\u2018-\u201a\u201c-\u201e\u2022\u2026\u2032\u2033\u2039\u203a\u2044\u20ac\u2122\u2212]/;

/** Text reduced to what the Open Graph image font can draw (French text passes whole). */
export function toDrawableText(text: string): string {
  return Array.from(text.normalize('NFC').replace(/[\u2007\u202f]/g, '\u00a0'))
    .filter((character) => DRAWABLE.test(character))
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** The regular expression of drawable characters, for the test that checks it against the font. */
export const DRAWABLE_CHARACTER = DRAWABLE;
