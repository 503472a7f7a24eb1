/**
 * The system form's values and their conversion to and from the stored record. Dates stay
 * `YYYY-MM-DD` strings in the form (DateField converts at the picker); a date field may briefly
 * hold the text a person typed that is not a date, which the form's rules then refuse.
 */
import type { IsoDate } from '../../../domain/calendar-date'
import type { DeploymentState, InformationType, Level, SystemRecord, SystemType } from '../../../domain/types'
import type { SystemInput } from '../../../db/repos/systems'

/** "Chưa xác định" in the level select (antd selects do not hold null well). */
export const UNKNOWN_LEVEL = 'unknown'

export interface SystemFormValues {
  name: string
  unitId: string | undefined
  owner: string
  level: Level | typeof UNKNOWN_LEVEL
  systemType: SystemType | undefined
  informationTypes: InformationType[]
  commissionedOn: string | null
  investmentStartedOn: string | null
  description: string
  notes: string
  deploymentState: DeploymentState
  deployedOn: string | null
  expectedApprovalOn: string | null
  expectedDeploymentOn: string | null
  securityRulesNo: string
  securityRulesOn: string | null
  securityRulesIssuer: string
}

/** The fields the form writes: everything a person edits here, none of the dossier's steps. */
export type SystemFormFields = Required<
  Pick<
    SystemInput,
    | 'name'
    | 'unitId'
    | 'owner'
    | 'level'
    | 'systemType'
    | 'informationTypes'
    | 'commissionedOn'
    | 'investmentStartedOn'
    | 'description'
    | 'notes'
    | 'deploymentState'
    | 'deployedOn'
    | 'expectedApprovalOn'
    | 'expectedDeploymentOn'
    | 'securityRulesNo'
    | 'securityRulesOn'
    | 'securityRulesIssuer'
  >
>

export function toFormValues(system?: SystemRecord): SystemFormValues {
  return {
    name: system?.name ?? '',
    unitId: system?.unitId,
    owner: system?.owner ?? '',
    level: system?.level ?? UNKNOWN_LEVEL,
    systemType: system?.systemType ?? undefined,
    informationTypes: system?.informationTypes ?? [],
    commissionedOn: system?.commissionedOn ?? null,
    investmentStartedOn: system?.investmentStartedOn ?? null,
    description: system?.description ?? '',
    notes: system?.notes ?? '',
    deploymentState: system?.deploymentState ?? 'none',
    deployedOn: system?.deployedOn ?? null,
    expectedApprovalOn: system?.expectedApprovalOn ?? null,
    expectedDeploymentOn: system?.expectedDeploymentOn ?? null,
    securityRulesNo: system?.securityRulesNo ?? '',
    securityRulesOn: system?.securityRulesOn ?? null,
    securityRulesIssuer: system?.securityRulesIssuer ?? '',
  }
}

function date(value: string | null | undefined): IsoDate | null {
  return value ? value : null
}

/**
 * What the repo receives. A deployment date belongs only to a fully deployed plan, so it is
 * dropped when the plan is not (the field is hidden then, but keeps its last value).
 */
export function toSystemFields(values: SystemFormValues): SystemFormFields {
  const full = values.deploymentState === 'full'
  return {
    name: values.name ?? '',
    unitId: values.unitId ?? '',
    owner: values.owner ?? '',
    level: values.level === UNKNOWN_LEVEL ? null : values.level,
    systemType: values.systemType ?? null,
    informationTypes: values.informationTypes ?? [],
    commissionedOn: date(values.commissionedOn),
    investmentStartedOn: date(values.investmentStartedOn),
    description: values.description ?? '',
    notes: values.notes ?? '',
    deploymentState: values.deploymentState,
    deployedOn: full ? date(values.deployedOn) : null,
    expectedApprovalOn: date(values.expectedApprovalOn),
    expectedDeploymentOn: date(values.expectedDeploymentOn),
    securityRulesNo: values.securityRulesNo ?? '',
    securityRulesOn: date(values.securityRulesOn),
    securityRulesIssuer: values.securityRulesIssuer ?? '',
  }
}

/** Do two states of the form mean the same record? (The form is "dirty" when they do not.) */
export function sameFormValues(a: SystemFormValues, b: SystemFormValues): boolean {
  return JSON.stringify(toSystemFields(a)) === JSON.stringify(toSystemFields(b))
}
