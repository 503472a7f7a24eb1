/** Order statistics for the benchmark's repeated measurements. */

/**
 * The p-th percentile (0–100) by the nearest-rank method: the smallest sample such that at least
 * p % of the samples are at or below it. Nearest rank, not interpolation, so the figure reported
 * is a latency that was really observed.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

export function medianOf(samples: readonly number[]): number {
  return percentile(samples, 50)
}

/**
 * How time grows with the register: the cost per system at a larger scale over the cost per
 * system at scale 1. 1 means linear; below 1 the fixed costs are being amortised; above 1 the
 * growth is worse than linear.
 */
export function growthRatio(
  small: { ms: number; systems: number },
  large: { ms: number; systems: number },
): number {
  return large.ms / large.systems / (small.ms / small.systems)
}
