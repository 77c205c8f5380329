import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { createRandom } from '@/scripts/bench/corpus/random';
import { MALFORMED_PATH, MALFORMED_PATH_SOURCE } from '@/lib/routing/malformed-path';

const decodes = (path: string) => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

describe('malformed path detection', () => {
  const matchesRewrite = getPathMatch(MALFORMED_PATH_SOURCE, {
    removeUnnamedParams: true,
    strict: true,
  });

  it('flags what decodeURIComponent refuses, and nothing else', () => {
    for (const path of [
      '/tags/%E9',
      '/articles/%E9t%E9',
      '/a%',
      '/a%2',
      '/sitemaps/%ZZ.xml',
      '/tags/%C3',
      '/x/%C0%AF', // overlong « / »
      '/x/%ED%A0%80', // a lone surrogate
      '/x/%F4%90%80%80', // past U+10FFFF
    ]) {
      expect(decodes(path), path).toBe(false);
      expect(MALFORMED_PATH.test(path), path).toBe(true);
      expect(matchesRewrite(path), path).toBeTruthy();
    }
    for (const path of [
      '/',
      '/articles/ambitions-contrariees-huawei-etats-unis',
      '/tags/s%C3%A9curit%C3%A9',
      '/recherche',
      '/x/%E2%82%AC', // €
      '/x/%F0%9F%93%B0', // 📰
      '/x/%25E9',
    ]) {
      expect(decodes(path), path).toBe(true);
      expect(MALFORMED_PATH.test(path), path).toBe(false);
      expect(matchesRewrite(path), path).toBe(false);
    }
  });

  it('agrees with decodeURIComponent on 20,000 random percent-encoded paths', () => {
    const random = createRandom(15);
    const bytes = [
      '%',
      'a',
      '/',
      '%2',
      '%C3',
      '%A9',
      '%E9',
      '%ED',
      '%F0',
      '%9F',
      '%80',
      '%BF',
      '%F4',
      '%90',
      '%E0',
      '%8F',
      '%ZZ',
    ];
    for (let n = 0; n < 20_000; n += 1) {
      const length = random.int(1, 6);
      const path = `/${Array.from({ length }, () => random.pick(bytes)).join('')}`;
      expect(MALFORMED_PATH.test(path), path).toBe(!decodes(path));
    }
  });
});
