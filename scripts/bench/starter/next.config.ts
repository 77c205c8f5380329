import type { NextConfig } from 'next';

// create-next-app's defaults: nothing configured.
const nextConfig: NextConfig = {};

export default nextConfig;
