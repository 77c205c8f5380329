/** One of `count` interleaved parts of a list, numbered from 0. */
export interface Shard {
  index: number;
  count: number;
}

/** The items of a shard: every `count`-th one, starting at `index`, so shards get equal work. */
export function selectShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index);
}
