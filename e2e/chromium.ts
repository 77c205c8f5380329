import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium binary for the end-to-end suite, in this order: `CHROMIUM_PATH` (an override),
 * Debian's `/usr/bin/chromium`, then Playwright's own download. Throws, rather than skipping the
 * browser tests, when none exists.
 */
export function resolveChromium(): string {
  const candidates = [
    ['CHROMIUM_PATH', process.env.CHROMIUM_PATH],
    ['Debian chromium', '/usr/bin/chromium'],
    ["Playwright's chromium", safePlaywrightPath()],
  ] as const;
  for (const [, candidate] of candidates) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` ' +
      '(or `npx playwright install chromium` where downloads work), or set CHROMIUM_PATH.',
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
