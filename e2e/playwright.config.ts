import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './chromium';
import { E2E_PREVIEW_SECRET, E2E_REVALIDATE_SECRET } from './constants';
import { E2E_PORTS } from './ports';

const {
  production: port,
  dev: devPort,
  scratch: scratchPort,
  publishHook,
  publishWatch,
} = E2E_PORTS;
const baseURL = `http://127.0.0.1:${port}`;
const devURL = `http://127.0.0.1:${devPort}`;
const scratchURL = `http://127.0.0.1:${scratchPort}`;

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: resolveChromium(),
      // Root in CI needs --no-sandbox; the rest keeps Chromium from calling Google's services.
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'production',
      testMatch: '**/*.spec.ts',
      testIgnore: [
        '**/*.dev.spec.ts',
        '**/*.scratch.spec.ts',
        '**/*.cluster.spec.ts',
        '**/*.publish.spec.ts',
      ],
      use: { ...devices['Desktop Chrome'], baseURL },
    },
    {
      // The production build served from a scratch copy of the content that tests may break.
      name: 'scratch',
      testMatch: '**/*.scratch.spec.ts',
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], baseURL: scratchURL },
    },
    {
      // Publishing without a rebuild: two production servers on scratch copies of the content,
      // one reloaded through the webhook, one watching its content folder. Each spec file
      // talks to its own server, by absolute URL.
      name: 'publishing',
      testMatch: '**/*.publish.spec.ts',
      fullyParallel: false,
      // Each step waits for several pages to change, and builds share this machine.
      timeout: 90_000,
      use: { ...devices['Desktop Chrome'] },
    },
    {
      // Several instances and what stands in front of them: each spec starts its own real
      // redis-server, nginx and extra `next start` instances (ports E2E_PORT+10 … E2E_PORT+99).
      name: 'cluster',
      testMatch: '**/*.cluster.spec.ts',
      fullyParallel: false,
      timeout: 90_000,
      use: { ...devices['Desktop Chrome'], baseURL },
    },
    {
      // Editor journeys against `next dev` on a scratch copy of the content.
      name: 'dev',
      testMatch: '**/*.dev.spec.ts',
      timeout: 90_000,
      fullyParallel: false,
      use: { ...devices['Desktop Chrome'], baseURL: devURL },
    },
  ],
  webServer: [
    {
      // The production build made by `npm run build` (the suite fails loudly without one).
      command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
      cwd: '..',
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { PREVIEW_SECRET: E2E_PREVIEW_SECRET },
    },
    {
      command: `node e2e/start-server.mjs dev ${devPort} dev`,
      cwd: '..',
      url: devURL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node e2e/start-server.mjs start ${scratchPort} scratch`,
      cwd: '..',
      url: scratchURL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { PREVIEW_SECRET: E2E_PREVIEW_SECRET },
    },
    {
      command: `node e2e/start-server.mjs start ${publishHook} publish-hook`,
      cwd: '..',
      url: `http://127.0.0.1:${publishHook}`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { REVALIDATE_SECRET: E2E_REVALIDATE_SECRET },
    },
    {
      command: `node e2e/start-server.mjs start ${publishWatch} publish-watch`,
      cwd: '..',
      url: `http://127.0.0.1:${publishWatch}`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { CONTENT_WATCH: '1' },
    },
  ],
});
