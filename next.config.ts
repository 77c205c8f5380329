import type { NextConfig } from 'next';
import { getSecurityHeaders } from './lib/security/headers';

const nextConfig: NextConfig = {
  // `next dev` must not write agent instruction files into the repository.
  agentRules: false,
  // Editors (and the dev e2e suite) may open http://127.0.0.1:3000 as well as localhost.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // Metadata is cheap to compute (an index look-up): never stream it, so every crawler, known to
  // Next or not, finds it in <head> even on pages rendered at request time.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  async redirects() {
    // Page 1 of every list lives at the list's own URL.
    return [{ source: '/:list*/page/1', destination: '/:list*', permanent: true }];
  },
  async headers() {
    const development = process.env.NODE_ENV === 'development';
    return [{ source: '/:path*', headers: getSecurityHeaders({ development }) }];
  },
};

export default nextConfig;
