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

/**
 * The French warning for a production build or server without a usable `SITE_URL` (every
 * canonical URL, feed and sitemap would then name localhost), or undefined when all is well.
 */
export function getSiteUrlWarning(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const raw = env.SITE_URL;
  if (raw && URL.canParse(raw) && /^https?:$/.test(new URL(raw).protocol)) return undefined;
  const problem = raw
    ? `SITE_URL (« ${raw} ») n'est pas une adresse http(s) valide`
    : "SITE_URL n'est pas défini";
  return [
    `⚠ ${problem} : les URL canoniques, og:url, les flux, les plans du site et le JSON-LD`,
    '  indiqueront http://localhost:3000. Pour un déploiement, construisez et démarrez avec',
    '  SITE_URL=https://votre-domaine.fr npm run build && SITE_URL=https://votre-domaine.fr npm start',
  ].join('\n');
}
