/**
 * "Việc cần làm": every overdue or soon-due obligation of the register, oldest deadline first, and
 * the assessments falling due month by month. Derived from an evaluated register, never stored.
 */
import { addMonths, daysInMonth, parts, toIsoDate, type IsoDate } from './calendar-date'
import type { EvaluatedSystem } from './register'

/**
 * `build_approval` / `build_measures`: Decree 331 Điều 39 khoản 1's two deadlines for a system
 * still being built on 01/7/2026 (approved under Decree 85 by 01/01/2027; measures by 01/7/2027).
 */
export type TodoKind = 'approval' | 'deployment' | 'assessment' | 'build_approval' | 'build_measures'
export type TodoUrgency = 'overdue' | 'due_soon'

export interface TodoItem {
  systemId: string
  systemName: string
  unitName: string
  kind: TodoKind
  urgency: TodoUrgency
  dueOn: IsoDate
}

export function todoItems(rows: readonly EvaluatedSystem[]): TodoItem[] {
  const items: TodoItem[] = []
  for (const r of rows) {
    const base = { systemId: r.system.id, systemName: r.system.name, unitName: r.unit?.name ?? '' }
    const e = r.evaluation
    if (e.approval === 'overdue')
      items.push({ ...base, kind: 'approval', urgency: 'overdue', dueOn: e.approvalDue })
    if (e.deployment === 'overdue') {
      items.push({ ...base, kind: 'deployment', urgency: 'overdue', dueOn: e.deploymentDue })
    }
    if ((e.assessment === 'overdue' || e.assessment === 'due_soon') && e.nextAssessmentDue) {
      items.push({ ...base, kind: 'assessment', urgency: e.assessment, dueOn: e.nextAssessmentDue })
    }
    const build = e.construction
    if (build) {
      for (const [kind, s] of [
        ['build_approval', build.approval],
        ['build_measures', build.measures],
      ] as const) {
        // Pending and within the due-soon window, or past it (the deadline day itself is in time).
        if (s.urgent && (s.state === 'pending' || s.state === 'overdue'))
          items.push({
            ...base,
            kind,
            urgency: s.state === 'overdue' ? 'overdue' : 'due_soon',
            dueOn: s.deadline,
          })
      }
    }
  }
  return items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
}

/** A stable key for an item, to tell which ones a reminder has already reported. */
export function todoKey(item: Pick<TodoItem, 'systemId' | 'kind' | 'urgency' | 'dueOn'>): string {
  return `${item.systemId}:${item.kind}:${item.urgency}:${item.dueOn}`
}

export interface MonthBucket {
  /** First day of the month, `YYYY-MM-01`. */
  month: IsoDate
  /** Last day of the month. */
  monthEnd: IsoDate
  count: number
}

/** Assessments due in each of the `months` calendar months starting with asOf's month. */
export function assessmentsDueByMonth(
  rows: readonly EvaluatedSystem[],
  asOf: IsoDate,
  months = 12,
): MonthBucket[] {
  const { year, month } = parts(asOf)
  const first = toIsoDate(year, month, 1)
  const buckets: MonthBucket[] = Array.from({ length: months }, (_, i) => {
    const start = addMonths(first, i)
    const p = parts(start)
    return { month: start, monthEnd: toIsoDate(p.year, p.month, daysInMonth(p.year, p.month)), count: 0 }
  })
  const last = buckets[buckets.length - 1].monthEnd
  for (const r of rows) {
    const due = r.evaluation.nextAssessmentDue
    if (!due || due < first || due > last) continue
    const p = parts(due)
    const index = (p.year - year) * 12 + (p.month - month)
    buckets[index].count++
  }
  return buckets
}
