import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // `next dev` must not write agent instruction files into the repository.
  agentRules: false,
  // Editors (and the dev e2e suite) may open http://127.0.0.1:3000 as well as localhost.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
