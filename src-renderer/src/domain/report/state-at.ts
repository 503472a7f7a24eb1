/**
 * A system as it stood at the end of a past day: Mẫu 08's figures are the state at the end of the
 * data period ("Thời gian chốt số liệu báo cáo định kỳ hằng năm: Tính từ ngày 15 tháng 12 năm
 * trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo", Decree 331 Điều 35 khoản 3), not the
 * day the report is made: a report made on 20/12 must not count an approval dated 18/12.
 *
 * Two sources, in this order:
 * 1. The history (every write appends an entry with each changed field's old value, db/repos):
 *    undoing the entries written after the cutoff gives the record exactly as it was stored at
 *    the end of that day — level, system type, owner, dossier state, deployment, everything.
 *    A system whose creation (typed in, imported, received) was written after the cutoff was not
 *    in the register then.
 * 2. The record's own dated facts, which win over when they were typed in: a step dated after the
 *    cutoff had not happened at the cutoff (submittedOn, appraisedOn, approvedOn, securityRulesOn,
 *    deployedOn); a step dated on or before it had, even if entered late. A system typed in after
 *    the cutoff still counts if a dated fact shows it existed by then (commissioned, investment
 *    started, a dossier step, an assessment).
 *
 * What cannot be reconstructed, so the current value is used:
 * - without history entries (a register read from files, as the CLI does, or entries lost), a
 *   field with no date of its own that changed after the cutoff: level, system type, information
 *   types, owner, unit, "Đang dự thảo", expected dates. A plan marked fully deployed with a
 *   deployedOn after the cutoff was not fully deployed then; whether it was partly deployed or not
 *   at all the record does not say: it reads "Đã triển khai một số hạng mục" (partial), as a plan
 *   typically reaches full deployment through partial. A re-determination whose new approval is
 *   dated after the cutoff: the earlier approval it replaced is known only from history.
 * - a system deleted after the cutoff is not in the register any more and is not reported.
 */
import { holdsApproval } from '../approval-in-force'
import { vietnamDate, type IsoDate } from '../calendar-date'
import type { DossierState, HistoryEntry, SystemRecord } from '../types'

/** The Vietnam calendar day of a stored instant. */
export const dayOfInstant = (instant: string): IsoDate => vietnamDate(new Date(instant))

/** The record's fields the report reads; a history change to any other field is not undone. */
const REWOUND_FIELDS: ReadonlySet<string> = new Set<keyof SystemRecord>([
  'name',
  'unitId',
  'owner',
  'level',
  'systemType',
  'informationTypes',
  'dossierState',
  'submittedOn',
  'appraisedOn',
  'decisionNo',
  'approvedOn',
  'approvalIssuer',
  'approvalRuleSetId',
  'securityRulesNo',
  'securityRulesOn',
  'securityRulesIssuer',
  'deploymentState',
  'deployedOn',
  'commissionedOn',
  'investmentStartedOn',
  'expectedApprovalOn',
  'expectedDeploymentOn',
])

/** A 'create' entry, or an import or exchange entry that added the system (its name from nothing). */
export function isCreation(entry: Pick<HistoryEntry, 'action' | 'changes'>): boolean {
  return (
    entry.action === 'create' ||
    (entry.action === 'import' && entry.changes.some((c) => c.field === 'name' && c.from === null))
  )
}

/**
 * The record as stored at the end of `cutoff`: the system's entries written after that day undone,
 * newest first. Null when the system was added to the register after it.
 */
export function recordedAt(
  current: SystemRecord,
  cutoff: IsoDate,
  history: readonly HistoryEntry[],
): SystemRecord | null {
  const later = history
    .filter((e) => e.entity === 'system' && e.entityId === current.id && dayOfInstant(e.at) > cutoff)
    // Ids increase with every append; the instant orders entries without one.
    .sort((a, b) => (b.id ?? 0) - (a.id ?? 0) || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  const record: Record<string, unknown> = { ...current }
  for (const entry of later) {
    if (isCreation(entry)) return null
    for (const change of entry.changes) {
      if (REWOUND_FIELDS.has(change.field)) record[change.field] = change.from
    }
  }
  return record as unknown as SystemRecord
}

const onOrBefore = (date: IsoDate | null | undefined, cutoff: IsoDate): date is IsoDate =>
  !!date && date <= cutoff

/** A dated fact showing the system existed by the cutoff (commissioned, started, a step done). */
function existedBy(s: SystemRecord, cutoff: IsoDate, assessedBy: boolean): boolean {
  return (
    assessedBy ||
    [
      s.commissionedOn,
      s.investmentStartedOn,
      s.submittedOn,
      s.appraisedOn,
      s.approvedOn,
      s.securityRulesOn,
      s.deployedOn,
    ].some((d) => onOrBefore(d, cutoff))
  )
}

/** The dossier step reached by the cutoff, from the step dates alone. */
function stepByDates(s: SystemRecord, cutoff: IsoDate): DossierState {
  if (onOrBefore(s.appraisedOn, cutoff)) return 'appraised'
  if (onOrBefore(s.submittedOn, cutoff)) return 'submitted'
  return 'drafting'
}

/** Removes what the record dates after the cutoff: it had not happened yet. */
function withoutLaterFacts(r: SystemRecord, cutoff: IsoDate): SystemRecord {
  const s: SystemRecord = { ...r }
  const after = (d: IsoDate | null | undefined) => !!d && d > cutoff
  if (after(s.securityRulesOn))
    Object.assign(s, { securityRulesNo: '', securityRulesOn: null, securityRulesIssuer: '' })
  if (after(s.deployedOn)) {
    s.deployedOn = null
    if (s.deploymentState === 'full') s.deploymentState = 'partial'
  }
  const approvalAfter = after(s.approvedOn)
  const appraisalAfter = after(s.appraisedOn)
  const submissionAfter = after(s.submittedOn)
  if (approvalAfter)
    Object.assign(s, { approvedOn: null, decisionNo: '', approvalIssuer: '', approvalRuleSetId: null })
  if (appraisalAfter) s.appraisedOn = null
  if (submissionAfter) s.submittedOn = null
  // A step whose date is not recorded keeps its state: nothing tells when it was reached.
  if (approvalAfter && (s.dossierState === 'approved' || s.dossierState === 'revising')) {
    s.dossierState = stepByDates(s, cutoff)
  } else if (
    (s.dossierState === 'appraised' && appraisalAfter) ||
    (s.dossierState === 'submitted' && submissionAfter)
  ) {
    // A re-determination sent on after the cutoff: at the cutoff it was in revision over the approval.
    s.dossierState = s.approvedOn !== null ? 'revising' : stepByDates(s, cutoff)
  }
  return s
}

const STEP: Readonly<Record<DossierState, number>> = {
  not_started: 0,
  drafting: 1,
  revising: 1,
  submitted: 2,
  appraised: 3,
  approved: 4,
}

/** Adds what the current record dates on or before the cutoff but was entered after it. */
function withLateFacts(s: SystemRecord, current: SystemRecord, cutoff: IsoDate): SystemRecord {
  const out: SystemRecord = { ...s }
  if (!holdsApproval(out) && holdsApproval(current) && onOrBefore(current.approvedOn, cutoff)) {
    Object.assign(out, {
      dossierState: 'approved',
      approvedOn: current.approvedOn,
      decisionNo: current.decisionNo,
      approvalIssuer: current.approvalIssuer,
      approvalRuleSetId: current.approvalRuleSetId,
      level: out.level ?? current.level,
    })
  } else if (!holdsApproval(out) && current.dossierState !== 'not_started') {
    const step = stepByDates(current, cutoff)
    if (step !== 'drafting' && STEP[step] > STEP[out.dossierState]) {
      Object.assign(out, { dossierState: step, submittedOn: current.submittedOn })
      if (step === 'appraised') out.appraisedOn = current.appraisedOn
    }
  }
  if (
    current.deploymentState === 'full' &&
    onOrBefore(current.deployedOn, cutoff) &&
    out.deploymentState !== 'full'
  ) {
    Object.assign(out, { deploymentState: 'full', deployedOn: current.deployedOn })
  }
  if (
    current.securityRulesNo.trim() &&
    onOrBefore(current.securityRulesOn, cutoff) &&
    !out.securityRulesNo.trim()
  ) {
    Object.assign(out, {
      securityRulesNo: current.securityRulesNo,
      securityRulesOn: current.securityRulesOn,
      securityRulesIssuer: current.securityRulesIssuer,
    })
  }
  return out
}

export interface StateAtOptions {
  /**
   * The history entries written after the cutoff (more do no harm). Absent: no history is known,
   * and only the record's createdAt tells whether the register held it at the cutoff.
   */
  history?: readonly HistoryEntry[]
  /** Whether the system has an assessment dated on or before the cutoff (it existed then). */
  assessedBy?: boolean
}

/** The system as Mẫu 08 counts it at the end of `cutoff`, or null when it was not in the register. */
export function systemAt(
  current: SystemRecord,
  cutoff: IsoDate,
  options: StateAtOptions = {},
): SystemRecord | null {
  const recorded =
    dayOfInstant(current.createdAt) > cutoff
      ? null
      : options.history
        ? recordedAt(current, cutoff, options.history)
        : current
  const base = recorded ?? (existedBy(current, cutoff, options.assessedBy ?? false) ? current : null)
  if (!base) return null
  return withLateFacts(withoutLaterFacts(base, cutoff), current, cutoff)
}
