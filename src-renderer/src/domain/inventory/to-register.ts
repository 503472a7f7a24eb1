/**
 * An inventory's rows as register records (units, systems, assessments), for the CLI's reports
 * and as the starting point of an import. Units are one per name folded (NFD and NFC, upper and
 * lower case are one unit); ids come from the file or are derived from unit + name, so the same
 * file gives the same register on every run.
 */
import { foldKey } from '../text'
import type { Assessment, SystemRecord, Unit } from '../types'
import { assessmentIdFor, systemIdFor, unitIdFor } from './ids'
import type { InventoryRecord, InventoryRow } from './types'

export interface InventoryRegister {
  units: Unit[]
  systems: SystemRecord[]
  assessments: Assessment[]
}

/** The id a row's system gets: the file's, else the one derived from its unit and name. */
export function systemIdOf(record: Pick<InventoryRecord, 'id' | 'unit' | 'name'>): string {
  return record.id ?? systemIdFor(record.unit, record.name)
}

export function recordToSystem(
  record: InventoryRecord,
  ids: { id: string; unitId: string },
  now: string,
): SystemRecord {
  return {
    id: ids.id,
    createdAt: now,
    updatedAt: now,
    name: record.name,
    unitId: ids.unitId,
    owner: record.owner,
    level: record.level,
    dossierState: record.dossierState,
    approvedOn: record.approvedOn,
    deploymentState: record.deploymentState,
    deployedOn: record.deployedOn,
    commissionedOn: record.commissionedOn,
    investmentStartedOn: record.investmentStartedOn,
    systemType: record.systemType,
    informationTypes: [...record.informationTypes],
    description: record.description,
    notes: record.notes,
    submittedOn: record.submittedOn,
    appraisedOn: record.appraisedOn,
    decisionNo: record.decisionNo,
    approvalIssuer: record.approvalIssuer,
    approvalRuleSetId: null,
    securityRulesNo: record.securityRulesNo,
    securityRulesOn: record.securityRulesOn,
    securityRulesIssuer: record.securityRulesIssuer,
    expectedApprovalOn: record.expectedApprovalOn,
    expectedDeploymentOn: record.expectedDeploymentOn,
    // A workbook carries neither: they are kept on the register's own systems (see db/repos/import.ts).
    levelJustification: null,
    dossierChecklist: [],
    revision: 1,
  }
}

/**
 * The last assessment a file records. The file gives its date, not its kind: the kind is recorded
 * as unknown ("Chưa rõ hình thức"), never assumed periodic, until an officer says what it was.
 */
export function lastAssessmentOf(systemId: string, record: InventoryRecord, now: string): Assessment | null {
  if (record.lastAssessedOn === null) return null
  return {
    id: assessmentIdFor(systemId, record.lastAssessedOn),
    createdAt: now,
    updatedAt: now,
    systemId,
    date: record.lastAssessedOn,
    kind: 'unknown',
    assessor: '',
    result: '',
    findings: '',
  }
}

/**
 * @param options.now the instant stamped on every record (ISO timestamp), given so runs are reproducible.
 */
export function inventoryToRegister(
  rows: readonly InventoryRow[],
  options: { now: string },
): InventoryRegister {
  const { now } = options
  const unitsByKey = new Map<string, Unit>()
  const systems: SystemRecord[] = []
  const assessments: Assessment[] = []
  for (const { record } of rows) {
    const key = foldKey(record.unit)
    let unit = unitsByKey.get(key)
    if (!unit) {
      unit = {
        id: unitIdFor(record.unit),
        createdAt: now,
        updatedAt: now,
        name: record.unit,
        block: '',
        parentId: null,
      }
      unitsByKey.set(key, unit)
    }
    if (!unit.block && record.block) unit.block = record.block
    const id = systemIdOf(record)
    systems.push(recordToSystem(record, { id, unitId: unit.id }, now))
    const assessment = lastAssessmentOf(id, record, now)
    if (assessment) assessments.push(assessment)
  }
  return { units: [...unitsByKey.values()], systems, assessments }
}
