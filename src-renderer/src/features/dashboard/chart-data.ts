/**
 * What the dashboard's charts draw, computed from the register's counters once per data change.
 * A chart is handed the very array it drew before when none of the figures it shows changed, so
 * an edit that moves other counters (a level cleared changes "chưa xác định cấp độ" in its block,
 * not the block's approval bars) does not make recharts recompute and redraw it.
 */
import type { RegisterFilter } from '../../domain/register-filter'
import type { CountersRow } from './CountersTable'

/** One bar of an approval chart: its three stacked figures and the register filter it opens. */
export interface ApprovalDatum {
  label: string
  approved: number
  pending: number
  overdue: number
  filter: Partial<RegisterFilter>
}

export function approvalData(
  rows: readonly CountersRow[],
  filterOf: (row: CountersRow) => Partial<RegisterFilter>,
): ApprovalDatum[] {
  return rows.map((r) => ({
    label: r.label,
    approved: r.counters.approved,
    overdue: r.counters.approvalOverdue,
    pending: r.counters.systems - r.counters.approved - r.counters.approvalOverdue,
    filter: filterOf(r),
  }))
}

/** `next`, or `previous` when it holds the same figures: a chart given the same array does not redraw. */
export function sameIfEqual<T>(next: T, previous: T | undefined): T {
  return previous !== undefined && JSON.stringify(next) === JSON.stringify(previous) ? previous : next
}
