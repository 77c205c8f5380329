import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INDEXNOW_ENDPOINT,
  getPushIndexingWarnings,
  readIndexNowConfig,
  readWebSubHub,
} from '@/lib/indexing/config';

describe('INDEXNOW_KEY', () => {
  it('is off when unset or empty', () => {
    expect(readIndexNowConfig({})).toBeUndefined();
    expect(readIndexNowConfig({ INDEXNOW_KEY: '' })).toBeUndefined();
    expect(getPushIndexingWarnings({})).toEqual([]);
  });

  it('accepts 8 to 128 letters, digits and dashes, with the default endpoint', () => {
    for (const key of ['abcd-123', 'A'.repeat(128), '0123456789abcdef0123456789abcdef']) {
      expect(readIndexNowConfig({ INDEXNOW_KEY: key })).toEqual({
        key,
        endpoint: DEFAULT_INDEXNOW_ENDPOINT,
      });
      expect(getPushIndexingWarnings({ INDEXNOW_KEY: key })).toEqual([]);
    }
    expect(DEFAULT_INDEXNOW_ENDPOINT).toBe('https://api.indexnow.org/indexnow');
  });

  it('refuses other keys with a French warning that never repeats the key', () => {
    for (const key of [
      'abc-123',
      'A'.repeat(129),
      'clé-invalide',
      'with_underscore',
      'a b c d e f',
    ]) {
      expect(readIndexNowConfig({ INDEXNOW_KEY: key }), key).toBeUndefined();
      const warnings = getPushIndexingWarnings({ INDEXNOW_KEY: key });
      expect(warnings).toEqual([
        `⚠ INDEXNOW_KEY est ignorée : une clé IndexNow compte de 8 à 128 caractères parmi a-z, A-Z, 0-9 et « - » (la valeur donnée en compte ${key.length}). IndexNow reste désactivé.`,
      ]);
      expect(warnings.join('')).not.toContain(key);
    }
  });

  it('takes its endpoint from INDEXNOW_ENDPOINT, which must be http(s)', () => {
    const key = 'abcdefgh12';
    expect(
      readIndexNowConfig({
        INDEXNOW_KEY: key,
        INDEXNOW_ENDPOINT: 'http://127.0.0.1:4650/indexnow',
      }),
    ).toEqual({ key, endpoint: 'http://127.0.0.1:4650/indexnow' });
    for (const endpoint of ['ftp://example.org/indexnow', 'pas une adresse']) {
      const env = { INDEXNOW_KEY: key, INDEXNOW_ENDPOINT: endpoint };
      expect(readIndexNowConfig(env)).toBeUndefined();
      expect(getPushIndexingWarnings(env)).toEqual([
        '⚠ INDEXNOW_ENDPOINT n’est pas une adresse http(s) valide : IndexNow reste désactivé.',
      ]);
    }
  });
});

describe('WEBSUB_HUB', () => {
  it('is off when unset, on with an http(s) URL', () => {
    expect(readWebSubHub({})).toBeUndefined();
    expect(readWebSubHub({ WEBSUB_HUB: 'https://pubsubhubbub.appspot.com/' })).toBe(
      'https://pubsubhubbub.appspot.com/',
    );
    expect(getPushIndexingWarnings({ WEBSUB_HUB: 'https://pubsubhubbub.appspot.com/' })).toEqual(
      [],
    );
  });

  it('refuses anything else, with a French warning', () => {
    for (const hub of ['javascript:alert(1)', 'hub.example.org']) {
      expect(readWebSubHub({ WEBSUB_HUB: hub }), hub).toBeUndefined();
      expect(getPushIndexingWarnings({ WEBSUB_HUB: hub })).toEqual([
        '⚠ WEBSUB_HUB n’est pas une adresse http(s) valide : WebSub reste désactivé.',
      ]);
    }
  });
});
