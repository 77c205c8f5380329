/** The median of some numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** A measurement kept with every sample it was taken from. */
export interface Measured {
  median: number;
  samples: number[];
}

/** Wraps samples with their median. */
export function summarize(samples: readonly number[]): Measured {
  return { median: median(samples), samples: [...samples] };
}
