/**
 * What the register can be filtered by, and the filter as URL parameters, so a dashboard tile
 * (or a bookmark) opens the register already filtered: `#/register?level=3&approval=overdue`.
 */
import { LEVEL_KEYS, levelKey, type LevelKey } from './aggregate'
import { isIsoDate, type IsoDate } from './calendar-date'
import { systemBelowCriteria } from './law/justification-record'
import { atRisk } from './law/transition'
import type { ApprovalStatus, AssessmentStatus, DeploymentStatus } from './evaluate'
import { UNKNOWN_BLOCK, type EvaluatedSystem } from './register'
import { foldText, matchesFolded, queryWords } from './text'
import { DOSSIER_STATES, type DossierState } from './types'

export interface RegisterFilter {
  query: string
  unitIds: string[]
  blocks: string[]
  levels: LevelKey[]
  dossierStates: DossierState[]
  approval: ApprovalStatus[]
  deployment: DeploymentStatus[]
  assessment: AssessmentStatus[]
  /** `below`: the proposed level is below what the saved level-wizard answers call for. */
  criteria: CriteriaFlag[]
  /**
   * Decree 331 Điều 39 khoản 1, for systems still being built on 01/7/2026: `approval` not yet
   * approved (in time or overdue), `measures` not yet meeting Decree 331's measures.
   */
  construction: ConstructionFlag[]
  /** Next assessment due within [dueFrom, dueTo] (either bound optional): the dashboard's month bars. */
  dueFrom: IsoDate | null
  dueTo: IsoDate | null
}

export const CONSTRUCTION_FLAGS = ['approval', 'measures'] as const
export type ConstructionFlag = (typeof CONSTRUCTION_FLAGS)[number]

export const CRITERIA_FLAGS = ['below'] as const
export type CriteriaFlag = (typeof CRITERIA_FLAGS)[number]

export const EMPTY_FILTER: RegisterFilter = {
  query: '',
  unitIds: [],
  blocks: [],
  levels: [],
  dossierStates: [],
  approval: [],
  deployment: [],
  assessment: [],
  criteria: [],
  construction: [],
  dueFrom: null,
  dueTo: null,
}

const APPROVAL: readonly ApprovalStatus[] = ['approved', 'pending', 'overdue']
const DEPLOYMENT: readonly DeploymentStatus[] = ['deployed', 'pending', 'overdue']
const ASSESSMENT: readonly AssessmentStatus[] = ['ok', 'due_soon', 'overdue', 'not_applicable']

/** The URL parameter of each list field, and the values it may hold (others are dropped). */
const LIST_PARAMS = {
  unitIds: { param: 'unit', allowed: null },
  blocks: { param: 'block', allowed: null },
  levels: { param: 'level', allowed: LEVEL_KEYS },
  dossierStates: { param: 'dossier', allowed: DOSSIER_STATES },
  approval: { param: 'approval', allowed: APPROVAL },
  deployment: { param: 'deployment', allowed: DEPLOYMENT },
  assessment: { param: 'assessment', allowed: ASSESSMENT },
  criteria: { param: 'criteria', allowed: CRITERIA_FLAGS },
  construction: { param: 'construction', allowed: CONSTRUCTION_FLAGS },
} as const satisfies Record<
  Exclude<keyof RegisterFilter, 'query' | 'dueFrom' | 'dueTo'>,
  { param: string; allowed: readonly string[] | null }
>

type ListKey = keyof typeof LIST_PARAMS

const DATE_PARAMS = { dueFrom: 'dueFrom', dueTo: 'dueTo' } as const

export function filterToSearchParams(filter: Partial<RegisterFilter>): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.query) params.set('q', filter.query)
  for (const key of ['dueFrom', 'dueTo'] as const) {
    const value = filter[key]
    if (value) params.set(DATE_PARAMS[key], value)
  }
  for (const key of Object.keys(LIST_PARAMS) as ListKey[]) {
    for (const value of filter[key] ?? []) params.append(LIST_PARAMS[key].param, value)
  }
  return params
}

export function filterFromSearchParams(params: URLSearchParams): RegisterFilter {
  const date = (name: string) => {
    const value = params.get(name)
    return isIsoDate(value) ? value : null
  }
  const filter: RegisterFilter = {
    ...EMPTY_FILTER,
    query: params.get('q') ?? '',
    dueFrom: date(DATE_PARAMS.dueFrom),
    dueTo: date(DATE_PARAMS.dueTo),
  }
  for (const key of Object.keys(LIST_PARAMS) as ListKey[]) {
    const { param, allowed } = LIST_PARAMS[key]
    const values = params
      .getAll(param)
      .filter((v) => allowed === null || (allowed as readonly string[]).includes(v))
    ;(filter[key] as string[]) = [...new Set(values)]
  }
  return filter
}

export function isFilterEmpty(filter: RegisterFilter): boolean {
  return filterToSearchParams(filter).toString() === ''
}

/** Any of the flags holds (an empty list passes every row). */
function passConstruction(flags: readonly ConstructionFlag[], row: EvaluatedSystem): boolean {
  if (flags.length === 0) return true
  const build = row.evaluation.construction
  return build !== null && flags.some((f) => atRisk(build[f]))
}

function withinDue(due: IsoDate | null, from: IsoDate | null, to: IsoDate | null): boolean {
  if (from === null && to === null) return true
  return due !== null && (from === null || due >= from) && (to === null || due <= to)
}

/** The text a free-text search looks in, folded once per system. */
export function searchText(row: EvaluatedSystem): string {
  const s = row.system
  return foldText([s.name, row.unit?.name ?? '', s.owner, s.decisionNo, s.notes].join(' '))
}

/**
 * The rows that pass every filter. `folded` gives each row's searchText, precomputed by the
 * caller so typing in the search box does not fold 20,000 names on every keystroke; `isBelow`
 * says whether a row's level is below its saved criteria, likewise computed once per snapshot.
 */
export function filterRegister(
  rows: readonly EvaluatedSystem[],
  filter: RegisterFilter,
  folded: (row: EvaluatedSystem) => string = searchText,
  isBelow: (row: EvaluatedSystem) => boolean = (row) => systemBelowCriteria(row.system),
): EvaluatedSystem[] {
  const words = queryWords(filter.query)
  const sets = {
    unitIds: new Set(filter.unitIds),
    blocks: new Set(filter.blocks),
    levels: new Set(filter.levels),
    dossierStates: new Set(filter.dossierStates),
    approval: new Set(filter.approval),
    deployment: new Set(filter.deployment),
    assessment: new Set(filter.assessment),
  }
  const belowOnly = filter.criteria.includes('below')
  const pass = <T>(set: Set<T>, value: T) => set.size === 0 || set.has(value)
  const matching = rows.filter(
    (r) =>
      pass(sets.unitIds, r.system.unitId) &&
      // The aggregates (and so the dashboard's links) name a missing block UNKNOWN_BLOCK.
      pass(sets.blocks, r.unit?.block || UNKNOWN_BLOCK) &&
      pass(sets.levels, levelKey(r.system.level)) &&
      pass(sets.dossierStates, r.system.dossierState) &&
      pass(sets.approval, r.evaluation.approval) &&
      pass(sets.deployment, r.evaluation.deployment) &&
      pass(sets.assessment, r.evaluation.assessment) &&
      withinDue(r.evaluation.nextAssessmentDue, filter.dueFrom, filter.dueTo) &&
      (!belowOnly || isBelow(r)) &&
      passConstruction(filter.construction, r) &&
      (words.length === 0 || matchesFolded(folded(r), words)),
  )
  // Words of a query may match anywhere, in any order ("te so" finds Sở Y tế). When some systems
  // hold the words as one phrase, only those are kept: "so y te" means Sở Y tế, not "hồ sơ quản
  // lý ... Viettel" nor "cơ sở dữ liệu y tế" of another unit.
  if (words.length < 2) return matching
  const phrase = words.join(' ')
  const exact = matching.filter((r) => folded(r).includes(phrase))
  return exact.length > 0 ? exact : matching
}
