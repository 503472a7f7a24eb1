/**
 * A whole register evaluated for one day: each system with its statuses, and the aggregates.
 * The dashboard, the reports and the CLI call this one function, so they never disagree.
 */
import type { IsoDate } from './calendar-date'
import { aggregate, type Aggregates } from './aggregate'
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
  const rows: EvaluatedSystem[] = input.systems.map((system) => {
    const lastAssessedOn = latest.get(system.id) ?? null
    return {
      system,
      unit: unitsById.get(system.unitId),
      lastAssessedOn,
      evaluation: evaluateSystem(system, lastAssessedOn, rules, asOf),
    }
  })
  const aggregates = aggregate(
    rows.map((r) => ({
      level: r.system.level,
      // A blank name or block would give a blank row in a report: both fall back to the labels.
      unit: r.unit?.name || UNKNOWN_UNIT,
      block: r.unit?.block || UNKNOWN_BLOCK,
      evaluation: r.evaluation,
    })),
  )
  return { asOf, rows, aggregates }
}
