import { afterEach, beforeEach, vi } from 'vitest';

/** A small newsroom: yesterday's and a three-day-old story, a trap title, a draft, a scheduled one. */
export const NEWSROOM_DIR = 'lib/seo/__tests__/fixtures/newsroom';

/** The injected clock of the tests: one day after `depeche-d-hier`, three after the other. */
export const NEWSROOM_NOW = '2026-03-11T09:00:00+01:00';

/** The public origin the tests build absolute URLs on. */
export const NEWSROOM_SITE = 'https://manchette.example';

/** Canaries of the draft and the scheduled article: no public output may contain them. */
export const NEWSROOM_SECRETS = [
  'CANARI-SEO-BROUILLON-5e0c',
  'CANARI-SEO-PROGRAMME-9a1f',
  'brouillon-recent',
  'programme-demain',
];

/** Points the content index, the clock and the site URL at the fixture for each test. */
export function setUpNewsroom(): void {
  beforeEach(() => {
    vi.stubEnv('CONTENT_DIR', NEWSROOM_DIR);
    vi.stubEnv('MANCHETTE_NOW', NEWSROOM_NOW);
    vi.stubEnv('SITE_URL', NEWSROOM_SITE);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
}
