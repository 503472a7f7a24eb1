/**
 * The dossier state machine (docs/domain.md §3): not_started → drafting → submitted → appraised →
 * approved, one step back for revision (Cần bổ sung), and approved → revising when the system
 * changes enough to need a new proposal. Levels 1–2 are appraised and approved by the same
 * security unit, so their dossier may go from submitted straight to approved.
 */
import { isIsoDate, type IsoDate } from './calendar-date'
import { assertDossierDates, datesBefore, futureDateMessage, type DossierDateField } from './dossier-dates'
import { DomainError } from './errors'
import type { DossierState, Level, SystemRecord } from './types'

export type DossierAction =
  'start_drafting' | 'submit' | 'record_appraisal' | 'approve' | 'return_for_revision' | 'start_revision'

export interface TransitionInput {
  /** Date of the step (submission, appraisal opinion); for `approve`, the decision date. */
  date?: IsoDate | null
  decisionNo?: string
  issuer?: string
  ruleSetId?: string
}

/** The dossier as it stands; its dates, when given, are checked against the step's (dossier-dates.ts). */
export type DossierFacts = Pick<SystemRecord, 'dossierState' | 'level'> &
  Partial<Pick<SystemRecord, 'submittedOn' | 'appraisedOn' | 'approvedOn'>>

/** The fields a transition changes on the system. */
export type DossierChanges = Partial<
  Pick<
    SystemRecord,
    | 'dossierState'
    | 'submittedOn'
    | 'appraisedOn'
    | 'decisionNo'
    | 'approvedOn'
    | 'approvalIssuer'
    | 'approvalRuleSetId'
  >
>

interface Step {
  from: readonly DossierState[]
  to: DossierState
  /** Only for these levels (undefined: any). */
  levels?: readonly Level[]
}

const STEPS: Record<DossierAction, readonly Step[]> = {
  start_drafting: [{ from: ['not_started'], to: 'drafting' }],
  submit: [{ from: ['drafting', 'revising'], to: 'submitted' }],
  record_appraisal: [{ from: ['submitted'], to: 'appraised' }],
  approve: [
    { from: ['appraised'], to: 'approved' },
    { from: ['submitted'], to: 'approved', levels: [1, 2] },
  ],
  return_for_revision: [
    { from: ['submitted'], to: 'drafting' },
    { from: ['appraised'], to: 'submitted' },
  ],
  start_revision: [{ from: ['approved'], to: 'revising' }],
}

export const DOSSIER_ACTIONS = Object.keys(STEPS) as DossierAction[]

function findStep(facts: DossierFacts, action: DossierAction): Step | undefined {
  return STEPS[action].find(
    (s) =>
      s.from.includes(facts.dossierState) &&
      (s.levels === undefined || (facts.level !== null && s.levels.includes(facts.level))),
  )
}

/** The actions a user may take next, in workflow order. */
export function allowedActions(facts: DossierFacts): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => findStep(facts, a) !== undefined)
}

function requireDate(date: IsoDate | null | undefined, asOf: IsoDate, what: string): IsoDate {
  if (!date || !isIsoDate(date)) {
    throw new DomainError('date_required', `Cần nhập ${what} (dd/mm/yyyy).`)
  }
  if (date > asOf) {
    throw new DomainError('date_in_future', futureDateMessage(capitalise(what), date, asOf), {
      date,
      today: asOf,
    })
  }
  return date
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/**
 * The changes an action makes, or a DomainError saying in Vietnamese why it is refused: a step
 * dated before the one it follows is refused with both dates named (a DossierDateError).
 * @param asOf today — the real date, not the reporting date: no step may be dated after it.
 */
export function transition(
  facts: DossierFacts,
  action: DossierAction,
  input: TransitionInput,
  asOf: IsoDate,
): DossierChanges {
  const changes = stepChanges(facts, action, input, asOf)
  assertDossierDates(facts, { ...facts, ...changes })
  return changes
}

function stepChanges(
  facts: DossierFacts,
  action: DossierAction,
  input: TransitionInput,
  asOf: IsoDate,
): DossierChanges {
  const step = findStep(facts, action)
  if (!step) {
    throw new DomainError(
      'transition_refused',
      'Không thể thực hiện bước này ở trạng thái hiện tại của hồ sơ.',
      { from: facts.dossierState, action },
    )
  }
  switch (action) {
    case 'start_drafting':
      return { dossierState: step.to }
    case 'submit':
      if (facts.level === null) {
        throw new DomainError('level_required', 'Cần xác định cấp độ đề xuất trước khi trình thẩm định.')
      }
      return {
        dossierState: step.to,
        submittedOn: input.date ? requireDate(input.date, asOf, 'ngày trình thẩm định') : null,
        appraisedOn: null,
      }
    case 'record_appraisal':
      return {
        dossierState: step.to,
        appraisedOn: input.date ? requireDate(input.date, asOf, 'ngày có ý kiến thẩm định') : null,
      }
    case 'approve': {
      if (facts.level === null) {
        throw new DomainError('level_required', 'Cần xác định cấp độ trước khi phê duyệt.')
      }
      const decisionNo = (input.decisionNo ?? '').trim()
      if (!decisionNo) {
        throw new DomainError('decision_no_required', 'Cần nhập số quyết định phê duyệt, ví dụ 1234/QĐ-UBND.')
      }
      const issuer = (input.issuer ?? '').trim()
      if (!issuer) {
        throw new DomainError('issuer_required', 'Cần nhập cơ quan ban hành quyết định phê duyệt.')
      }
      return {
        dossierState: step.to,
        decisionNo,
        approvedOn: requireDate(input.date, asOf, 'ngày quyết định phê duyệt'),
        approvalIssuer: issuer,
        approvalRuleSetId: input.ruleSetId ?? null,
      }
    }
    case 'return_for_revision':
      return step.to === 'drafting'
        ? { dossierState: step.to, submittedOn: null }
        : { dossierState: step.to, appraisedOn: null }
    case 'start_revision':
      // The old approval stays on the record (and in history) until a new one replaces it.
      return { dossierState: step.to }
  }
}

/** The date each dated step records, for the ones the order rules constrain. */
const STEP_DATE: Partial<Record<DossierAction, DossierDateField>> = {
  record_appraisal: 'appraisedOn',
  approve: 'approvedOn',
}

/** The recorded date a step writes, when the order rules constrain it (a dialog names it when refusing). */
export function stepDateField(action: DossierAction): DossierDateField | null {
  return STEP_DATE[action] ?? null
}

/**
 * The recorded date a step may not precede (the submission for an appraisal opinion; the later of
 * the opinion and the submission for an approval), so a dialog can say so before it is refused.
 */
export function earliestStepDate(
  facts: DossierFacts,
  action: DossierAction,
): { field: DossierDateField; date: IsoDate } | null {
  // The date the step records; the order rules of dossier-dates.ts say which dates it follows.
  const recorded = STEP_DATE[action]
  let found: { field: DossierDateField; date: IsoDate } | null = null
  for (const field of recorded ? datesBefore(recorded) : []) {
    const date = facts[field as 'submittedOn' | 'appraisedOn']
    if (date && (found === null || date > found.date)) found = { field, date }
  }
  return found
}
