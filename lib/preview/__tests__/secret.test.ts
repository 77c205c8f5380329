import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreviewSecret, isPreviewSecret } from '@/lib/preview/secret';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('preview secret', () => {
  it('is off when PREVIEW_SECRET is unset or too short to be a secret', () => {
    vi.stubEnv('PREVIEW_SECRET', '');
    expect(getPreviewSecret()).toBeUndefined();
    vi.stubEnv('PREVIEW_SECRET', 'court');
    expect(getPreviewSecret()).toBeUndefined();
    vi.stubEnv('PREVIEW_SECRET', 'un-secret-assez-long');
    expect(getPreviewSecret()).toBe('un-secret-assez-long');
  });

  it('accepts only the exact secret', () => {
    const secret = 'un-secret-assez-long';
    expect(isPreviewSecret(secret, secret)).toBe(true);
    for (const wrong of [
      null,
      '',
      'un-secret-assez-lon',
      'un-secret-assez-longg',
      'UN-SECRET-ASSEZ-LONG',
    ]) {
      expect(isPreviewSecret(wrong, secret)).toBe(false);
    }
  });
});
