import { afterEach, describe, expect, it, vi } from 'vitest';
import { respondWithIndexNowKey } from '@/lib/indexing/key-file';

const KEY = 'a1b2c3d4-cle-indexnow';

afterEach(() => vi.unstubAllEnvs());

describe('the IndexNow key file', () => {
  it('answers the configured key as plain text', async () => {
    vi.stubEnv('INDEXNOW_KEY', KEY);
    const response = respondWithIndexNowKey(KEY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(KEY);
  });

  it('answers 404 for any other name, and for every name when no valid key is set', async () => {
    vi.stubEnv('INDEXNOW_KEY', KEY);
    for (const name of ['robots-autre', KEY.toUpperCase(), `${KEY}x`, KEY.slice(0, -1)]) {
      const response = respondWithIndexNowKey(name);
      expect(response.status, name).toBe(404);
      expect(await response.text()).not.toContain(KEY);
    }
    vi.stubEnv('INDEXNOW_KEY', 'court');
    expect(respondWithIndexNowKey('court').status).toBe(404);
    vi.stubEnv('INDEXNOW_KEY', undefined);
    expect(respondWithIndexNowKey(KEY).status).toBe(404);
  });
});
