/** The choices of the register's filter selects, labelled with the legal vocabulary. */
import { LEVEL_KEYS, type LevelKey } from '../../domain/aggregate'
import type { CriteriaFlag } from '../../domain/register-filter'
import type { ApprovalStatus, AssessmentStatus, DeploymentStatus } from '../../domain/evaluate'
import { DOSSIER_STATES, type DossierState, type Unit } from '../../domain/types'
import {
  APPROVAL_STATUS_LABEL,
  ASSESSMENT_STATUS_LABEL,
  DEPLOYMENT_STATUS_LABEL,
  DOSSIER_STATE_LABEL,
  LEVEL_LABEL,
} from '../../domain/vocabulary'
import { lawText } from '../../i18n/law'

export interface Option<T extends string = string> {
  value: T
  label: string
}

export const levelLabel = (key: LevelKey): string => LEVEL_LABEL(key === 'unknown' ? null : Number(key))

export const LEVEL_OPTIONS: Option<LevelKey>[] = LEVEL_KEYS.map((k) => ({ value: k, label: levelLabel(k) }))

export const DOSSIER_OPTIONS: Option<DossierState>[] = DOSSIER_STATES.map((s) => ({
  value: s,
  label: DOSSIER_STATE_LABEL[s],
}))

const options = <T extends string>(labels: Record<T, string>, order: readonly T[]): Option<T>[] =>
  order.map((value) => ({ value, label: labels[value] }))

export const APPROVAL_OPTIONS = options<ApprovalStatus>(APPROVAL_STATUS_LABEL, [
  'overdue',
  'pending',
  'approved',
])
export const DEPLOYMENT_OPTIONS = options<DeploymentStatus>(DEPLOYMENT_STATUS_LABEL, [
  'overdue',
  'pending',
  'deployed',
])
export const ASSESSMENT_OPTIONS = options<AssessmentStatus>(ASSESSMENT_STATUS_LABEL, [
  'overdue',
  'due_soon',
  'ok',
  'not_applicable',
])

export function unitOptions(units: readonly Unit[]): Option[] {
  return units.map((u) => ({ value: u.id, label: u.name }))
}

/** The blocks of the register (a unit without one is under "(Chưa phân khối)", as in the aggregates). */
export function blockOptions(blocks: readonly string[]): Option[] {
  return blocks.map((b) => ({ value: b, label: b }))
}

export const CRITERIA_OPTIONS: Option<CriteriaFlag>[] = [{ value: 'below', label: lawText.flag.filterOption }]
