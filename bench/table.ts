/**
 * The benchmark's printed table: each figure with its floor (the same work with no app logic,
 * measured in the same run), its ratio to that floor, and its target. Pure, so the formatting and
 * the judging of targets are unit-tested (test/unit/bench-stats.test.ts).
 */

export interface Row {
  figure: string
  value: string
  /** The figure's floor measured in the same run, formatted; absent when it has none. */
  floor?: string
  /** value / floor, formatted. */
  ratio?: string
  target: string
  /** Whether the target is met; absent when the figure has no target. */
  met?: boolean
}

export const formatMs = (v: number): string => `${v.toFixed(v < 100 ? 1 : 0)} ms`
export const formatRatio = (r: number): string => `${r.toFixed(2)}×`

/** A target on a timed figure: an absolute budget, a ratio to its floor, or both. */
export interface Target {
  maxMs?: number
  maxRatio?: number
}

export function describeTarget(t: Target): string {
  const parts: string[] = []
  if (t.maxMs !== undefined) parts.push(`≤ ${t.maxMs} ms`)
  if (t.maxRatio !== undefined) parts.push(`≤ ${t.maxRatio}× floor`)
  return parts.length > 0 ? parts.join(' and ') : '—'
}

/**
 * A timed figure beside its floor: met only when every bound the target sets holds. A floor that
 * is not a positive finite time gives no ratio, and a ratio target is then not met (unknown is
 * not a pass).
 */
export function timedRow(
  figure: string,
  valueMs: number,
  floorMs: number | undefined,
  target: Target,
  valueText: string = formatMs(valueMs),
): Row {
  const hasFloor = floorMs !== undefined && Number.isFinite(floorMs) && floorMs > 0
  const ratio = hasFloor ? valueMs / floorMs : undefined
  const bounds: boolean[] = []
  if (target.maxMs !== undefined) bounds.push(valueMs <= target.maxMs)
  if (target.maxRatio !== undefined) bounds.push(ratio !== undefined && ratio <= target.maxRatio)
  return {
    figure,
    value: valueText,
    ...(floorMs !== undefined ? { floor: formatMs(floorMs) } : {}),
    ...(ratio !== undefined ? { ratio: formatRatio(ratio) } : {}),
    target: describeTarget(target),
    ...(bounds.length > 0 ? { met: bounds.every(Boolean) } : {}),
  }
}

const mark = (r: Row): string => (r.met === undefined ? '' : r.met ? '  ✓' : '  ✗ missed')

/** The rows as aligned lines: figure, value, floor, ratio, target and whether it is met. */
export function formatTable(rows: readonly Row[]): string[] {
  const width = (pick: (r: Row) => string, title: string) =>
    Math.max(title.length, ...rows.map((r) => pick(r).length))
  const fw = width((r) => r.figure, 'figure')
  const vw = width((r) => r.value, 'value')
  const flw = width((r) => r.floor ?? '', 'floor')
  const rw = width((r) => r.ratio ?? '', 'ratio')
  const line = (figure: string, value: string, floor: string, ratio: string, rest: string) =>
    `${figure.padEnd(fw)}  ${value.padStart(vw)}  ${floor.padStart(flw)}  ${ratio.padStart(rw)}  ${rest}`.trimEnd()
  return [
    line('figure', 'value', 'floor', 'ratio', 'target'),
    ...rows.map((r) => line(r.figure, r.value, r.floor ?? '', r.ratio ?? '', `${r.target}${mark(r)}`)),
  ]
}
