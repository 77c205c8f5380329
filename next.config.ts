import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // `next dev` must not write agent instruction files into the repository.
  agentRules: false,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
