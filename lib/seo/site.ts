/** Public origin of the site, from `SITE_URL` (no trailing slash); localhost when unset. */
export function getSiteUrl(): URL {
  const raw = process.env.SITE_URL ?? 'http://localhost:3000';
  try {
    return new URL(raw.replace(/\/+$/, ''));
  } catch {
    return new URL('http://localhost:3000');
  }
}

/** The absolute URL of a site path (`/articles/x` → `https://example.org/articles/x`). */
export function toAbsoluteUrl(path: string): string {
  return new URL(path, getSiteUrl()).href;
}
