/**
 * The JSON contract of `report --json`: one object with the counters of domain/aggregate.ts in
 * total, per level and per unit, and one entry per system with its statuses.
 */
import type { IsoDate } from '../../src-renderer/src/domain/calendar-date'
import { LEVEL_KEYS, type Counters, type LevelKey } from '../../src-renderer/src/domain/aggregate'
import type {
  ApprovalStatus,
  AssessmentStatus,
  DeploymentStatus,
} from '../../src-renderer/src/domain/evaluate'
import { UNKNOWN_UNIT, type EvaluatedRegister } from '../../src-renderer/src/domain/register'
import type { Level } from '../../src-renderer/src/domain/types'

export interface ReportSystemJson {
  id: string
  name: string
  unit: string
  level: Level | null
  approval: ApprovalStatus
  deployment: DeploymentStatus
  assessment: AssessmentStatus
  nextAssessmentDue: IsoDate | null
}

export interface ReportJson {
  asOf: IsoDate
  totals: Counters
  byLevel: Record<LevelKey, Counters>
  byUnit: Record<string, Counters>
  systems: ReportSystemJson[]
}

export function reportJson(register: EvaluatedRegister): ReportJson {
  const { aggregates } = register
  return {
    asOf: register.asOf,
    totals: aggregates.totals,
    byLevel: Object.fromEntries(LEVEL_KEYS.map((k) => [k, aggregates.byLevel[k]])) as Record<
      LevelKey,
      Counters
    >,
    byUnit: Object.fromEntries(aggregates.byUnit),
    systems: register.rows.map((r) => ({
      id: r.system.id,
      name: r.system.name,
      unit: r.unit?.name ?? UNKNOWN_UNIT,
      level: r.system.level,
      approval: r.evaluation.approval,
      deployment: r.evaluation.deployment,
      assessment: r.evaluation.assessment,
      nextAssessmentDue: r.evaluation.nextAssessmentDue,
    })),
  }
}
