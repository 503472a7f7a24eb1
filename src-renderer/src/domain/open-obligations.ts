/**
 * What one system still owes, for the summary at the top of its page (issue #18: "the next
 * deadline and what is missing"): every obligation not yet met, the overdue ones first (oldest
 * deadline first), then the others by their deadline. Derived from the evaluation, never stored.
 */
import type { IsoDate } from './calendar-date'
import type { Evaluation } from './evaluate'
import type { TodoKind } from './todo'

export interface OpenObligation {
  kind: TodoKind
  dueOn: IsoDate
  overdue: boolean
  /** Within the rule set's "sắp đến hạn" window (and not yet overdue). */
  dueSoon: boolean
}

export function openObligations(e: Evaluation): OpenObligation[] {
  const open: OpenObligation[] = []
  if (e.approval !== 'approved') {
    open.push({ kind: 'approval', dueOn: e.approvalDue, overdue: e.approval === 'overdue', dueSoon: false })
  }
  if (e.deployment !== 'deployed') {
    open.push({ kind: 'deployment', dueOn: e.deploymentDue, overdue: e.deployment === 'overdue', dueSoon: false })
  }
  if (e.nextAssessmentDue && e.assessment !== 'not_applicable') {
    open.push({
      kind: 'assessment',
      dueOn: e.nextAssessmentDue,
      overdue: e.assessment === 'overdue',
      dueSoon: e.assessment === 'due_soon',
    })
  }
  if (e.construction) {
    for (const [kind, s] of [
      ['build_approval', e.construction.approval],
      ['build_measures', e.construction.measures],
    ] as const) {
      if (s.state !== 'pending' && s.state !== 'overdue') continue
      const overdue = s.state === 'overdue'
      open.push({ kind, dueOn: s.deadline, overdue, dueSoon: !overdue && s.urgent })
    }
  }
  const byDate = (a: OpenObligation, b: OpenObligation) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)
  return [...open.filter((o) => o.overdue).sort(byDate), ...open.filter((o) => !o.overdue).sort(byDate)]
}
