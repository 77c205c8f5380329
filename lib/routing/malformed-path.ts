const HEX = '[0-9a-fA-F]';
const CONT = `%[89abAB]${HEX}`;
const byteRange = (pattern: string) => `%${pattern}`;

/**
 * One character of a path that `decodeURIComponent` accepts: an unencoded character, an encoded
 * ASCII byte, or an encoded UTF-8 sequence that is neither overlong nor a surrogate (RFC 3629).
 */
const VALID_CHARACTER = [
  '[^%]',
  `%[0-7]${HEX}`,
  `${byteRange(`[cC][2-9a-fA-F]`)}${CONT}`,
  `${byteRange(`[dD]${HEX}`)}${CONT}`,
  `${byteRange('[eE]0')}%[aAbB]${HEX}${CONT}`,
  `${byteRange('[eE][1-9a-cA-CfF]')}${CONT}${CONT}`,
  `${byteRange('[eE][eE]')}${CONT}${CONT}`,
  `${byteRange('[eE][dD]')}%[89]${HEX}${CONT}`,
  `${byteRange('[fF]0')}%(?:9${HEX}|[aAbB]${HEX})${CONT}${CONT}`,
  `${byteRange('[fF][1-3]')}${CONT}${CONT}${CONT}`,
  `${byteRange('[fF]4')}%8${HEX}${CONT}${CONT}`,
].join('|');

/** Matches a path that `decodeURIComponent` would throw on (`/tags/%E9`, `/a%`, `/%ZZ`). */
export const MALFORMED_PATH = new RegExp(`^(?!(?:${VALID_CHARACTER})*$)`);

/**
 * The same test as a next.config `source`: Next matches rewrites against the raw path, before
 * its router decodes the dynamic segments (and answers 500 when that throws).
 */
export const MALFORMED_PATH_SOURCE = `/:path((?!(?:${VALID_CHARACTER})*$).*)`;

/** Where malformed paths are rewritten: a route handler answering 400 in French. */
export const BAD_REQUEST_PATH = '/adresse-invalide';
