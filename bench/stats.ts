/** The middle of the figures (the mean of the two middle ones when their count is even); NaN for none. */
export const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The mean of the figures; NaN for none. */
export const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
