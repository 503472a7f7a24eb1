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

/**
 * Rows evaluated earlier for the same day and rules, by system object (a WeakMap fits). A row is
 * reused while its system is the same object and its unit and last assessment date are the same:
 * everything its evaluation depends on besides the day and the rules, which the caller keeps one
 * cache per. The screens pass one so an edit re-evaluates one system, not 20,000.
 */
export interface RowCache {
  get(system: SystemRecord): EvaluatedSystem | undefined
  set(system: SystemRecord, row: EvaluatedSystem): unknown
}

export function evaluateRegister(
  input: {
    units: readonly Unit[]
    systems: readonly SystemRecord[]
    assessments: Iterable<Pick<Assessment, 'systemId' | 'date'>>
  },
  rules: EvaluationRules,
  asOf: IsoDate,
  cache?: RowCache,
): EvaluatedRegister {
  const unitsById = new Map(input.units.map((u) => [u.id, u]))
  const latest = lastAssessmentDates(input.assessments)
  // One pass: each system is evaluated and counted as it goes, with no second array of inputs.
  const counting = aggregator()
  const rows: EvaluatedSystem[] = []
  for (const system of input.systems) {
    const unit = unitsById.get(system.unitId)
    const lastAssessedOn = latest.get(system.id) ?? null
    let row = cache?.get(system)
    if (!row || row.unit !== unit || row.lastAssessedOn !== lastAssessedOn) {
      row = { system, unit, lastAssessedOn, evaluation: evaluateSystem(system, lastAssessedOn, rules, asOf) }
      cache?.set(system, row)
    }
    rows.push(row)
    // A blank name or block would give a blank row in a report: both fall back to the labels.
    counting.add(system.level, unit?.name || UNKNOWN_UNIT, unit?.block || UNKNOWN_BLOCK, row.evaluation)
  }
  return { asOf, rows, aggregates: counting.result() }
}
