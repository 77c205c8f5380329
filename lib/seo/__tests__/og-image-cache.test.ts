import { describe, expect, it } from 'vitest';
import { ByteBudgetCache } from '@/lib/seo/og/og-image-cache';

describe('ByteBudgetCache', () => {
  it('keeps buffers within its byte budget, evicting the least recently used', () => {
    const cache = new ByteBudgetCache(100);
    cache.set('a', Buffer.alloc(40));
    cache.set('b', Buffer.alloc(40));
    expect(cache.get('a')?.byteLength).toBe(40); // a is now the most recent
    cache.set('c', Buffer.alloc(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toEqual({ entries: 2, bytes: 80 });
  });

  it('replaces a key without counting it twice, and never keeps an oversized buffer', () => {
    const cache = new ByteBudgetCache(100);
    cache.set('a', Buffer.alloc(60));
    cache.set('a', Buffer.alloc(30));
    expect(cache.size).toEqual({ entries: 1, bytes: 30 });
    cache.set('huge', Buffer.alloc(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 1, bytes: 30 });
  });

  it('stays bounded under a flood of distinct keys', () => {
    const cache = new ByteBudgetCache(1000);
    for (let n = 0; n < 10_000; n += 1) cache.set(`k${n}`, Buffer.alloc(7));
    expect(cache.size.bytes).toBeLessThanOrEqual(1000);
    expect(cache.size.entries).toBe(142);
  });
});
