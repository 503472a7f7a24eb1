/**
 * Which dropped files "Nhận phiếu" reads in one go. Each file is capped (MAX_FILE_BYTES), but a drop
 * may hold any number of them, and all are read into memory before the worker parses them: without
 * a total, 95 files at the per-file cap would ask for gigabytes. Files are taken in the order given
 * while the running total stays within `maxTotal`; the rest are named, to be dropped again.
 */
export interface ReplyBudget<F> {
  read: F[]
  tooLarge: F[]
  overTotal: F[]
}

/** 200 MB: every unit of a province's reply many times over (a phiếu is tens of kilobytes). */
export const MAX_DROP_BYTES = 200 * 1024 * 1024

export function splitByBudget<F extends { size: number }>(
  files: readonly F[],
  maxEach: number,
  maxTotal: number,
): ReplyBudget<F> {
  const budget: ReplyBudget<F> = { read: [], tooLarge: [], overTotal: [] }
  let total = 0
  for (const file of files) {
    if (file.size > maxEach) budget.tooLarge.push(file)
    else if (total + file.size > maxTotal) budget.overTotal.push(file)
    else {
      total += file.size
      budget.read.push(file)
    }
  }
  return budget
}
