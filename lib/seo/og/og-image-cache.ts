/**
 * Drawn Open Graph PNGs kept in memory, least recently used first out, within a byte budget.
 * Next's own cache cannot be used: the route is dynamic (it reads `?v=`), and a static route
 * would give every alias, draft and unknown slug a cache entry of its own.
 */
export class ByteBudgetCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  /** @param maxBytes total size of the buffers kept; a buffer larger than this is not kept. */
  constructor(readonly maxBytes: number) {}

  /** The buffer under `key`, marked as the most recently used. */
  get(key: string): Buffer | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps `value` under `key`, evicting the least recently used buffers past the budget. */
  set(key: string, value: Buffer): void {
    this.delete(key);
    if (value.byteLength > this.maxBytes) return;
    this.entries.set(key, value);
    this.bytes += value.byteLength;
    for (const [oldest, buffer] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= buffer.byteLength;
    }
  }

  /** Number of buffers and their total size, for tests and the soak. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string): void {
    const previous = this.entries.get(key);
    if (!previous) return;
    this.entries.delete(key);
    this.bytes -= previous.byteLength;
  }
}

/** 16 MiB: about 300 cards of 40–60 KB, the articles people are sharing right now. */
export const OG_IMAGE_CACHE_BYTES = 16 * 1024 * 1024;

/** 24 MiB: about 100 articles' three Discover renditions (60–120 KB each). */
export const RENDITION_CACHE_BYTES = 24 * 1024 * 1024;
