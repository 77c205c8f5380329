/**
 * Where next.config rewrites `/<name>.txt` (8 to 128 letters, digits or dashes, as IndexNow keys
 * are): a route handler that answers the key file for the configured key and 404 for any other.
 */
export const INDEXNOW_KEY_ROUTE = '/cle-indexnow';

/** The same names as a next.config rewrite `source`; files in public/ and routes come first. */
export const INDEXNOW_KEY_SOURCE = '/:key([A-Za-z0-9-]{8,128})\\.txt';
