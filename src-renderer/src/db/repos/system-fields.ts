/**
 * The editable fields of a system record, their defaults, and the check that turns any input
 * (a form, an import row, another office's file) into a valid record or a Vietnamese refusal.
 */
import { deploymentPairHolds } from '../../domain/deployment-rule'
import { assertDossierDates } from '../../domain/dossier-dates'
import { DomainError } from '../../domain/errors'
import {
  DEPLOYMENT_STATES,
  DOSSIER_STATES,
  INFORMATION_TYPES,
  SYSTEM_DEFAULTS,
  SYSTEM_TYPES,
  type SystemRecord,
} from '../../domain/types'
import {
  checkDate,
  checkLevel,
  checkListOf,
  checkOneOf,
  checkOptionalOneOf,
  cleanMultilineText,
  cleanText,
  requireName,
} from '../validate'
import { checkDossierChecklist, checkLevelJustification } from '../law-schemas'

/** Everything a person or an import may set; ids, stamps and the revision belong to the repo. */
export type SystemFields = Omit<SystemRecord, 'id' | 'createdAt' | 'updatedAt' | 'revision'>

export type SystemInput = Pick<SystemFields, 'name' | 'unitId'> &
  Partial<SystemFields> & {
    /** A stable id carried by an exported workbook; a new one is made when absent. */
    id?: string
  }

export type SystemPatch = Partial<SystemFields>

export const SYSTEM_FIELDS = [
  'name',
  'unitId',
  'owner',
  'level',
  'systemType',
  'informationTypes',
  'description',
  'notes',
  'dossierState',
  'submittedOn',
  'appraisedOn',
  'decisionNo',
  'approvedOn',
  'approvalIssuer',
  'approvalRuleSetId',
  'securityRulesNo',
  'securityRulesOn',
  'securityRulesIssuer',
  'deploymentState',
  'deployedOn',
  'commissionedOn',
  'investmentStartedOn',
  'expectedApprovalOn',
  'expectedDeploymentOn',
  'levelJustification',
  'dossierChecklist',
] as const satisfies readonly (keyof SystemFields)[]

export { SYSTEM_DEFAULTS }

/** Only the known fields of a patch, so stray keys never reach the store. */
/** A stored system's own fields, without its id, stamps and revision. */
export function systemFieldsOf(system: SystemRecord): SystemFields {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, revision: _revision, ...fields } = system
  return fields
}

export function pickSystemFields(patch: Partial<SystemFields>): Partial<SystemFields> {
  const picked: Record<string, unknown> = {}
  for (const field of SYSTEM_FIELDS) {
    if (patch[field] !== undefined) picked[field] = patch[field]
  }
  return picked as Partial<SystemFields>
}

/**
 * Normalises text to NFC and checks every field; throws a DomainError naming the first bad one.
 * The dossier's dates must be in the order the law implies (domain/dossier-dates.ts): this is
 * the last guard of every write (form, bulk edit, import), so a pair already out of order on
 * `before` (stored before the rule existed) is refused only when the write changes it.
 * @param before the stored record being changed; null or absent for a new one.
 */
export function cleanSystemFields(fields: SystemFields, before: SystemFields | null = null): SystemFields {
  const unitId = fields.unitId
  if (typeof unitId !== 'string' || unitId === '') {
    throw new DomainError('unit_required', 'Cần chọn đơn vị quản lý, vận hành của hệ thống.')
  }
  const clean: SystemFields = {
    name: requireName(fields.name, 'Cần nhập tên hệ thống thông tin.'),
    unitId,
    owner: cleanText(fields.owner, 'owner'),
    level: checkLevel(fields.level),
    systemType: checkOptionalOneOf(fields.systemType, SYSTEM_TYPES, 'systemType'),
    informationTypes: checkListOf(fields.informationTypes, INFORMATION_TYPES, 'informationTypes'),
    description: cleanMultilineText(fields.description, 'description'),
    notes: cleanMultilineText(fields.notes, 'notes'),
    dossierState: checkOneOf(fields.dossierState, DOSSIER_STATES, 'dossierState'),
    submittedOn: checkDate(fields.submittedOn, 'submittedOn'),
    appraisedOn: checkDate(fields.appraisedOn, 'appraisedOn'),
    decisionNo: cleanText(fields.decisionNo, 'decisionNo'),
    approvedOn: checkDate(fields.approvedOn, 'approvedOn'),
    approvalIssuer: cleanText(fields.approvalIssuer, 'approvalIssuer'),
    approvalRuleSetId: fields.approvalRuleSetId
      ? cleanText(fields.approvalRuleSetId, 'approvalRuleSetId')
      : null,
    securityRulesNo: cleanText(fields.securityRulesNo, 'securityRulesNo'),
    securityRulesOn: checkDate(fields.securityRulesOn, 'securityRulesOn'),
    securityRulesIssuer: cleanText(fields.securityRulesIssuer, 'securityRulesIssuer'),
    deploymentState: checkOneOf(fields.deploymentState, DEPLOYMENT_STATES, 'deploymentState'),
    deployedOn: checkDate(fields.deployedOn, 'deployedOn'),
    commissionedOn: checkDate(fields.commissionedOn, 'commissionedOn'),
    // Absent on a record stored before the field existed: written as null from the next save on.
    investmentStartedOn: checkDate(fields.investmentStartedOn ?? null, 'investmentStartedOn'),
    expectedApprovalOn: checkDate(fields.expectedApprovalOn, 'expectedApprovalOn'),
    expectedDeploymentOn: checkDate(fields.expectedDeploymentOn, 'expectedDeploymentOn'),
    levelJustification: checkLevelJustification(fields.levelJustification),
    dossierChecklist: checkDossierChecklist(fields.dossierChecklist),
  }
  if (!deploymentPairHolds(clean.deploymentState, clean.deployedOn)) {
    throw new DomainError(
      'deployed_on_without_full_deployment',
      'Chỉ ghi ngày triển khai khi phương án bảo đảm ATTT đã được triển khai đầy đủ.',
    )
  }
  assertDossierDates(before, clean)
  return clean
}
