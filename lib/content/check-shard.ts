/** One of `count` interleaved parts of a list, numbered from 0. */
export interface Shard {
  index: number;
  count: number;
}

/** True for a well-formed shard (data crossing a thread boundary is checked, not cast). */
export function isShard(value: unknown): value is Shard {
  if (typeof value !== 'object' || value === null) return false;
  if (!('index' in value) || !('count' in value)) return false;
  const { index, count } = value;
  return Number.isInteger(index) && Number.isInteger(count) && Number(index) < Number(count);
}

/** The items of a shard: every `count`-th one, starting at `index`, so shards get equal work. */
export function selectShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index);
}
