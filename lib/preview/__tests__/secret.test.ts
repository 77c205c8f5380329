import { describe, expect, it } from 'vitest';
import {
  getPreviewSecretState,
  isPreviewSecret,
  MIN_PREVIEW_SECRET_LENGTH,
} from '@/lib/preview/secret';

const LONG = 'un-secret-d-apercu-assez-long-0123456789';

describe('preview secret', () => {
  it('is off when PREVIEW_SECRET is unset, refused when shorter than 32 characters', () => {
    expect(getPreviewSecretState({})).toEqual({ kind: 'off' });
    expect(getPreviewSecretState({ PREVIEW_SECRET: '' })).toEqual({ kind: 'off' });
    expect(getPreviewSecretState({ PREVIEW_SECRET: 'court' })).toEqual({ kind: 'too-short' });
    const justShort = 'x'.repeat(MIN_PREVIEW_SECRET_LENGTH - 1);
    expect(getPreviewSecretState({ PREVIEW_SECRET: justShort })).toEqual({ kind: 'too-short' });
    const justLong = 'x'.repeat(MIN_PREVIEW_SECRET_LENGTH);
    expect(getPreviewSecretState({ PREVIEW_SECRET: justLong })).toEqual({
      kind: 'on',
      secret: justLong,
    });
    expect(MIN_PREVIEW_SECRET_LENGTH).toBe(32);
  });

  it('accepts only the exact secret', () => {
    expect(isPreviewSecret(LONG, LONG)).toBe(true);
    for (const wrong of [null, '', LONG.slice(0, -1), `${LONG}g`, LONG.toUpperCase()]) {
      expect(isPreviewSecret(wrong, LONG)).toBe(false);
    }
  });
});
