/**
 * Security headers sent with every response: pages, 404s, feeds, sitemaps and static assets.
 * The policy works with statically generated pages: Next's inline bootstrap scripts need
 * 'unsafe-inline' (a nonce would force every page to render per request), but nothing may
 * `eval`, load a plugin, change the base URL, frame the site or post a form elsewhere.
 */
export function getContentSecurityPolicy({ development = false } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates code for its error overlay; production never does.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    // The YouTube facade loads the privacy-enhanced player, and only after a reader's click.
    'frame-src': ['https://www.youtube-nocookie.com'],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The full header set, as next.config `headers()` expects it. */
export function getSecurityHeaders({ development = false } = {}): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: getContentSecurityPolicy({ development }) },
    // Two years; browsers ignore it over plain HTTP (local development), as they should.
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
