/**
 * The assessments (kiểm tra, đánh giá) of a demo system, dated so that the register shows a
 * chosen mix of statuses on `asOf`.
 */
import type { IsoDate } from '../domain/calendar-date'
import { ND85_CT09_2024 } from '../domain/rule-set'
import type { Assessment, Level, SystemRecord } from '../domain/types'
import { ACCREDITED_ASSESSORS, AD_HOC_NOTES, FINDINGS, RESULTS } from './catalogue'
import { later, plusDays as addDays, plusMonths as addMonths } from './dates'
import type { Random } from './prng'

/** What the assessments of an approved system leave it at on `asOf`, and how often that happens. */
const ASSESSMENT_OUTCOMES: readonly (readonly ['never' | 'overdue' | 'due_soon' | 'ok', number])[] = [
  ['never', 12],
  ['overdue', 22],
  ['due_soon', 10],
  ['ok', 56],
]

/**
 * Assessments of an approved system, built backwards from the last one so that the register
 * shows a chosen mix on `asOf`: some never assessed, some overdue, some due within the month,
 * most on time. Sometimes the round before it, one cadence earlier; one made just before going
 * live is "pre-operation"; the odd one is ad hoc.
 */
export function buildAssessments(
  rng: Random,
  system: SystemRecord,
  level: Level,
  asOf: IsoDate,
): Assessment[] {
  const approvedOn = system.approvedOn as IsoDate
  const months = ND85_CT09_2024.cadenceMonths[level]
  const outcome = rng.weighted(ASSESSMENT_OUTCOMES)
  if (outcome === 'never') return []
  // Month arithmetic clamps to the month's end, which can pull a due date up to 3 days earlier:
  // the margins below keep each outcome what it says.
  const dueBefore = addMonths(asOf, -months)
  const last =
    outcome === 'overdue'
      ? rng.daysFrom(dueBefore, -400, -5)
      : outcome === 'due_soon'
        ? addMonths(rng.daysFrom(asOf, 4, 28), -months)
        : rng.date(addDays(dueBefore, 35), asOf)
  if (last <= approvedOn) return []

  const dates: { date: IsoDate; kind: Assessment['kind'] }[] = [{ date: last, kind: 'periodic' }]
  // One earlier round now and then; a full record back to the approval would double the rows a
  // benchmark register writes without changing what the dashboard shows.
  const previous = rng.daysFrom(addMonths(last, -months), -10, 45)
  if (rng.chance(0.35) && previous > addDays(approvedOn, 7)) dates.push({ date: previous, kind: 'periodic' })
  if (rng.chance(0.05) && addDays(approvedOn, 2) < last) {
    dates.push({ date: rng.date(addDays(approvedOn, 1), addDays(last, -1)), kind: 'ad_hoc' })
  }
  const earliest = dates.reduce((min, d) => (d.date < min ? d.date : min), last)
  const commissioned = system.commissionedOn
  if (commissioned && commissioned > approvedOn) {
    const pre = later(approvedOn, rng.daysFrom(commissioned, -20, -3))
    if (pre < earliest) dates.push({ date: pre, kind: 'pre_operation' })
  }
  return dates
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ date, kind }) => {
      const result = rng.weighted(RESULTS)
      const findings = kind === 'ad_hoc' ? rng.pick(AD_HOC_NOTES) : result === 'Đạt' ? '' : rng.pick(FINDINGS)
      const at = rng.instant(date)
      return {
        id: rng.uuid(),
        systemId: system.id,
        date,
        kind,
        assessor: level >= 3 ? rng.pick(ACCREDITED_ASSESSORS) : system.approvalIssuer,
        result,
        findings,
        createdAt: at,
        updatedAt: at,
      }
    })
}
