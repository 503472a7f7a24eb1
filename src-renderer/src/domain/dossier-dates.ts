/**
 * The order of a dossier's dates, and which dates may not lie in the future (docs/domain.md §3).
 *
 * What the decrees imply, and so what is enforced (law/nd-85-2016-trich.md,
 * law/nd-331-2026-trich.md):
 * - the dossier is appraised after it is sent for appraisal: Decree 331 Điều 20 khoản 1 điểm b–d
 *   ("gửi hồ sơ đề xuất cấp độ tới đơn vị thẩm định"), then khoản 2 ("thực hiện thẩm định hồ sơ
 *   đề xuất cấp độ"); Decree 85 Điều 14 the same. So submittedOn ≤ appraisedOn.
 * - the approval decides on that dossier and, from level 3, on its appraisal opinion: "Hồ sơ phê
 *   duyệt đề xuất cấp độ bao gồm: a) Hồ sơ đề xuất cấp độ; b) Ý kiến thẩm định của cơ quan chủ trì
 *   thẩm định đối với hệ thống thông tin đề xuất từ cấp độ 3 trở lên" (Decree 331 Điều 24 khoản 1;
 *   Decree 85 Điều 17 khoản 1). So submittedOn ≤ approvedOn and appraisedOn ≤ approvedOn, for an
 *   approved dossier: while a re-determination runs (revising and the steps after it) the stored
 *   approval is the earlier one, which rightly predates the new dossier's dates.
 * - a date that records something done (submitted, appraised, approved, security rules issued,
 *   plan fully deployed, an assessment) cannot be after today.
 *
 * Deliberately not enforced, because the law does not make the order a rule of the record:
 * - deployedOn before approvedOn: a system in operation may have its measures in place before the
 *   dossier describing them is approved, and a re-determination replaces approvedOn while the plan
 *   deployed under the earlier approval stays deployed;
 * - the security rules (Quy chế) issued before the approval (Decree 331 Điều 30 khoản 7) is a duty,
 *   not an impossibility: a late Quy chế is a fact the register must be able to state, so it is
 *   warned at approval (law/dossier-checklist.ts), not refused;
 * - an assessment "Trước khi đưa vào sử dụng" after commissionedOn: Decree 331 Điều 28 khoản 3 điểm
 *   b also requires one "khi có thay đổi lớn", and commissionedOn may be a planned date.
 */
import { formatViDate, type IsoDate } from './calendar-date'
import { DomainError } from './errors'
import type { DossierState } from './types'

export type DossierDateField = 'submittedOn' | 'appraisedOn' | 'approvedOn' | 'securityRulesOn' | 'deployedOn'

export type DossierDates = { dossierState: DossierState } & Partial<Record<DossierDateField, IsoDate | null>>

/** The dates' names as the screens, the import columns and the history show them. */
export const DOSSIER_DATE_LABEL: Readonly<Record<DossierDateField, string>> = {
  submittedOn: 'Ngày trình thẩm định',
  appraisedOn: 'Ngày có ý kiến thẩm định',
  approvedOn: 'Ngày phê duyệt',
  securityRulesOn: 'Ngày ban hành quy chế',
  deployedOn: 'Ngày triển khai đầy đủ phương án',
}

interface OrderRule {
  earlier: DossierDateField
  later: DossierDateField
  /** Only for these states (undefined: whenever both dates are recorded). */
  states?: readonly DossierState[]
}

/** Pairs that must be in order, earliest step first. */
const ORDER: readonly OrderRule[] = [
  { earlier: 'submittedOn', later: 'appraisedOn' },
  { earlier: 'appraisedOn', later: 'approvedOn', states: ['approved'] },
  { earlier: 'submittedOn', later: 'approvedOn', states: ['approved'] },
]

/** The dates `later` may not precede, by the rules above, earliest step first. */
export function datesBefore(later: DossierDateField): DossierDateField[] {
  return ORDER.filter((rule) => rule.later === later).map((rule) => rule.earlier)
}

/** Dates that record something already done. */
export const EVENT_DATE_FIELDS: readonly DossierDateField[] = [
  'submittedOn',
  'appraisedOn',
  'approvedOn',
  'securityRulesOn',
  'deployedOn',
]

export interface DateOrderViolation {
  kind: 'order'
  earlier: DossierDateField
  later: DossierDateField
  earlierDate: IsoDate
  laterDate: IsoDate
  message: string
}

export interface FutureDateViolation {
  kind: 'future'
  field: DossierDateField
  date: IsoDate
  today: IsoDate
  message: string
}

export type DossierDateViolation = DateOrderViolation | FutureDateViolation

export function dateOrderMessage(
  later: DossierDateField,
  laterDate: IsoDate,
  earlier: DossierDateField,
  earlierDate: IsoDate,
): string {
  return (
    `${DOSSIER_DATE_LABEL[later]} (${formatViDate(laterDate)}) không được trước ` +
    `${DOSSIER_DATE_LABEL[earlier].toLowerCase()} (${formatViDate(earlierDate)}).`
  )
}

export function futureDateMessage(label: string, date: IsoDate, today: IsoDate): string {
  return `${label} (${formatViDate(date)}) không được sau ngày hôm nay (${formatViDate(today)}).`
}

/** Every pair of recorded dates out of order, in the order of the workflow. */
export function dateOrderViolations(dates: DossierDates): DateOrderViolation[] {
  const out: DateOrderViolation[] = []
  for (const rule of ORDER) {
    if (rule.states && !rule.states.includes(dates.dossierState)) continue
    const earlierDate = dates[rule.earlier]
    const laterDate = dates[rule.later]
    if (!earlierDate || !laterDate || laterDate >= earlierDate) continue
    out.push({
      kind: 'order',
      earlier: rule.earlier,
      later: rule.later,
      earlierDate,
      laterDate,
      message: dateOrderMessage(rule.later, laterDate, rule.earlier, earlierDate),
    })
  }
  return out
}

/** Every event date after `today` (the real today, never the reporting date). */
export function futureDateViolations(dates: DossierDates, today: IsoDate): FutureDateViolation[] {
  const out: FutureDateViolation[] = []
  for (const field of EVENT_DATE_FIELDS) {
    const date = dates[field]
    if (!date || date <= today) continue
    out.push({
      kind: 'future',
      field,
      date,
      today,
      message: futureDateMessage(DOSSIER_DATE_LABEL[field], date, today),
    })
  }
  return out
}

/** Order first, then (when `today` is given) dates in the future. */
export function dossierDateViolations(dates: DossierDates, today?: IsoDate): DossierDateViolation[] {
  return [...dateOrderViolations(dates), ...(today ? futureDateViolations(dates, today) : [])]
}

const sameViolation = (a: DossierDateViolation, b: DossierDateViolation): boolean =>
  a.kind === 'order' && b.kind === 'order'
    ? a.earlier === b.earlier &&
      a.later === b.later &&
      a.earlierDate === b.earlierDate &&
      a.laterDate === b.laterDate
    : a.kind === 'future' && b.kind === 'future' && a.field === b.field && a.date === b.date

/**
 * The violations a change would introduce. One already on the stored record (written before
 * this rule existed) does not block an unrelated edit, such as a rename; a write that changes
 * either date of the pair is judged again.
 */
export function newDateViolations(
  before: DossierDates | null,
  after: DossierDates,
  today?: IsoDate,
): DossierDateViolation[] {
  const old = before ? dossierDateViolations(before, today) : []
  return dossierDateViolations(after, today).filter((v) => !old.some((o) => sameViolation(o, v)))
}

/** A write refused because it would store a dossier's dates out of order or in the future. */
export class DossierDateError extends DomainError {
  readonly violation: DossierDateViolation

  constructor(violation: DossierDateViolation) {
    super(violation.kind === 'order' ? 'dates_out_of_order' : 'date_in_future', violation.message, {
      ...violation,
    })
    this.name = 'DossierDateError'
    this.violation = violation
  }
}

export function isDossierDateError(error: unknown): error is DossierDateError {
  return error instanceof DossierDateError
}

/** Throws a DossierDateError for the first violation the change introduces. */
export function assertDossierDates(before: DossierDates | null, after: DossierDates, today?: IsoDate): void {
  const [first] = newDateViolations(before, after, today)
  if (first) throw new DossierDateError(first)
}
