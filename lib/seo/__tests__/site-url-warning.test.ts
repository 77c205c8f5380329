import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
} from 'next/constants';
import config from '@/next.config';
import { getSiteUrlWarning } from '@/lib/seo/site';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the SITE_URL warning', () => {
  it('names the problem in French when SITE_URL is unset or not an http(s) URL', () => {
    expect(getSiteUrlWarning({})).toMatch(/SITE_URL n'est pas défini.*localhost/s);
    expect(getSiteUrlWarning({ SITE_URL: 'exemple.fr' })).toMatch(/n'est pas une adresse http/);
    expect(getSiteUrlWarning({ SITE_URL: 'ftp://exemple.fr' })).toMatch(/n'est pas une adresse/);
    expect(getSiteUrlWarning({ SITE_URL: 'https://www.exemple.fr' })).toBeUndefined();
  });

  it('is printed once by a production build or server, never in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('MANCHETTE_SITE_URL_WARNED', '');
    config(PHASE_DEVELOPMENT_SERVER);
    expect(warn).not.toHaveBeenCalled();
    config(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("SITE_URL n'est pas défini");
    // Build workers load the config again: they inherit the marker and stay quiet.
    config(PHASE_PRODUCTION_BUILD);
    expect(warn).toHaveBeenCalledTimes(1);
    vi.stubEnv('MANCHETTE_SITE_URL_WARNED', '');
    vi.stubEnv('SITE_URL', 'https://www.exemple.fr');
    config(PHASE_PRODUCTION_SERVER);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
