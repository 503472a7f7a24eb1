/**
 * Level criteria as data. Each criterion names the clause it comes from and quotes it verbatim
 * from law/nd-85-2016-trich.md or law/nd-331-2026-trich.md (test/unit/law-quotes.test.ts checks
 * every quote against them); `summary` says it in our own words, for short displays. `when` is a
 * declarative condition — plain data, so a criterion can be stored, copied and shown — read by
 * `meets`. A criterion reads only the answers its clause names: the harm as answered, never the
 * secret grade (that is an inference, secret-grade-inference.ts).
 */
import type { InformationType, Level, SystemType } from '../types'
import {
  HARMS,
  type ConstructionGrade,
  type Harm,
  type LevelAnswers,
  type OnlineServiceLevel,
  type Scope,
} from './level-answers'

/** Every field present must hold. */
export interface Condition {
  systemTypes?: readonly SystemType[]
  /** Processes no other kind of information than these. */
  informationOnly?: readonly InformationType[]
  /** Processes at least one of these. */
  informationAny?: readonly InformationType[]
  /** Processes none of these. */
  informationNone?: readonly InformationType[]
  /** Processes state secrets or serves defence/security, and sabotage would do at least this harm. */
  secretOrDefenceHarm?: Harm
  conditionalBusiness?: boolean
  administrativeProcedures?: true
  /** Provides online public services of one of these mức độ. */
  onlineServiceLevels?: readonly OnlineServiceLevel[]
  /** Both counts below: basic personal data of fewer than `basic`, sensitive of fewer than `sensitive`. */
  subjectsBelow?: { basic: number; sensitive: number }
  /** Either count at the threshold or above. */
  subjectsAtLeast?: { basic: number; sensitive: number }
  /** Users whose data it processes (Decree 85 counts people, not kinds of data): the larger count. */
  usersBelow?: number
  usersAtLeast?: number
  scopes?: readonly Scope[]
  operates247?: true
  nationalEgov?: true
  nationalCriticalData?: true
  internationalGateway?: true
  constructionGrades?: readonly ConstructionGrade[]
  decidedLevel?: Level
}

export interface LevelCriterion {
  /** Stable id, e.g. `ND331-13.2.b`. */
  id: string
  level: Level
  /** Article and clause, e.g. "Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b". */
  clause: string
  /** The clause's own words, as in law/ ("[…]" where words of the clause are left out). */
  quote: string
  /** The criterion in our words, for short displays; never shown as the decree's. */
  summary: string
  when: Condition
}

const users = (a: LevelAnswers) => Math.max(a.basicSubjects, a.sensitiveSubjects)
const atLeast = (h: Harm, min: Harm) => HARMS.indexOf(h) >= HARMS.indexOf(min)

export function meets(a: LevelAnswers, c: Condition): boolean {
  const info = a.information
  const checks: boolean[] = [
    !c.systemTypes || c.systemTypes.includes(a.systemType),
    !c.informationOnly || (info.length > 0 && info.every((t) => c.informationOnly?.includes(t))),
    !c.informationAny || info.some((t) => c.informationAny?.includes(t)),
    !c.informationNone || !info.some((t) => c.informationNone?.includes(t)),
    !c.secretOrDefenceHarm ||
      ((info.includes('state_secret') || a.defenceOrSecurity) && atLeast(a.harm, c.secretOrDefenceHarm)),
    c.conditionalBusiness === undefined || a.conditionalBusiness === c.conditionalBusiness,
    !c.administrativeProcedures || a.administrativeProcedures,
    !c.onlineServiceLevels || c.onlineServiceLevels.includes(a.onlineServiceLevel ?? 0),
    !c.subjectsBelow ||
      (a.basicSubjects < c.subjectsBelow.basic && a.sensitiveSubjects < c.subjectsBelow.sensitive),
    !c.subjectsAtLeast ||
      a.basicSubjects >= c.subjectsAtLeast.basic ||
      a.sensitiveSubjects >= c.subjectsAtLeast.sensitive,
    c.usersBelow === undefined || users(a) < c.usersBelow,
    c.usersAtLeast === undefined || users(a) >= c.usersAtLeast,
    !c.scopes || c.scopes.includes(a.scope),
    !c.operates247 || a.operates247,
    !c.nationalEgov || a.nationalEgov,
    !c.nationalCriticalData || a.nationalCriticalData,
    !c.internationalGateway || a.internationalGateway,
    !c.constructionGrades || c.constructionGrades.includes(a.constructionGrade),
    c.decidedLevel === undefined || a.decidedLevel === c.decidedLevel,
  ]
  return checks.every(Boolean)
}
