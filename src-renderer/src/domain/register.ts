/**
 * A whole register evaluated for one day: each system with its statuses, and the aggregates.
 * The dashboard, the reports and the CLI call this one function, so they never disagree.
 */
import type { IsoDate } from './calendar-date'
import { aggregator, type Aggregates } from './aggregate'
import { evaluateSystem, type Evaluation, type EvaluationRules } from './evaluate'
import type { Assessment, SystemRecord, Unit } from './types'

export interface EvaluatedSystem {
  system: SystemRecord
  unit: Unit | undefined
  lastAssessedOn: IsoDate | null
  evaluation: Evaluation
}

export interface EvaluatedRegister {
  asOf: IsoDate
  rows: EvaluatedSystem[]
  aggregates: Aggregates
}

/** The latest assessment date of each system. */
export function lastAssessmentDates(
  assessments: Iterable<Pick<Assessment, 'systemId' | 'date'>>,
): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>()
  for (const a of assessments) {
    const seen = latest.get(a.systemId)
    if (seen === undefined || a.date > seen) latest.set(a.systemId, a.date)
  }
  return latest
}

export const UNKNOWN_UNIT = '(Không rõ đơn vị)'
export const UNKNOWN_BLOCK = '(Chưa phân khối)'

export function evaluateRegister(
  input: {
    units: readonly Unit[]
    systems: readonly SystemRecord[]
    assessments: Iterable<Pick<Assessment, 'systemId' | 'date'>>
  },
  rules: EvaluationRules,
  asOf: IsoDate,
): EvaluatedRegister {
  const unitsById = new Map(input.units.map((u) => [u.id, u]))
  const latest = lastAssessmentDates(input.assessments)
  // One pass: each system is evaluated and counted as it goes, with no second array of inputs.
  const counting = aggregator()
  const rows: EvaluatedSystem[] = []
  for (const system of input.systems) {
    const unit = unitsById.get(system.unitId)
    const lastAssessedOn = latest.get(system.id) ?? null
    const evaluation = evaluateSystem(system, lastAssessedOn, rules, asOf)
    rows.push({ system, unit, lastAssessedOn, evaluation })
    // A blank name or block would give a blank row in a report: both fall back to the labels.
    counting.add(system.level, unit?.name || UNKNOWN_UNIT, unit?.block || UNKNOWN_BLOCK, evaluation)
  }
  return { asOf, rows, aggregates: counting.result() }
}
