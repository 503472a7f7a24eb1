/** Timing and memory helpers for the benchmark: medians of repeated runs, and peak RSS. */
import { performance } from 'node:perf_hooks'

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

export async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timeIt(fn)).ms)
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

/** Runs fn while sampling the resident set size; returns fn's time and the peak RSS in MB. */
export async function withPeakMemory<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; peakMb: number; value: T }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  try {
    const { ms, value } = await timeIt(fn)
    peak = Math.max(peak, process.memoryUsage().rss)
    return { ms, peakMb: peak / 1024 / 1024, value }
  } finally {
    clearInterval(timer)
  }
}
