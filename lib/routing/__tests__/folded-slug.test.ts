import { describe, expect, it } from 'vitest';
import { findFoldedSlug } from '@/lib/routing/folded-slug';

describe('findFoldedSlug', () => {
  it.each([
    ['S%C3%A9curit%C3%A9', 'securite'],
    ['Sécurité', 'securite'],
    ['SECURITE', 'securite'],
    ['Huawei', 'huawei'],
    ['%23CES2018', 'ces2018'],
    ['Cybers%C3%A9curit%C3%A9', 'cybersecurite'],
    ['CES%202018', 'ces-2018'],
  ])('%s folds to %s', (segment, folded) => {
    expect(findFoldedSlug(segment)).toBe(folded);
  });

  it.each([
    ['an already folded slug', 'securite'],
    ['a malformed encoding', '%E9t%E9'],
    ['nothing but punctuation', '%2F%2F'],
    ['a very long segment', 'A'.repeat(201)],
  ])('gives nothing for %s', (_case, segment) => {
    expect(findFoldedSlug(segment)).toBeUndefined();
  });
});
