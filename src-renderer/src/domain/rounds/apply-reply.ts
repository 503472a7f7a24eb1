/**
 * A reply's diff applied to register records, purely: what the CLI's `round collect --out` writes
 * and what the tests check the same reply twice against. It adds the systems the reply adds (and
 * the unit, for a unit the register lacked), applies the changes it lists, and records a newly
 * reported assessment with the kind the reply gives (periodic when it gives none). Removed systems
 * and rows of another unit are left as they are: the officer decides. The approved-level rule is
 * asked again on what is written (as db/repos/import.ts does).
 */
import { assertLevelChange } from '../approved-level'
import { lastAssessmentOf, recordToSystem } from '../inventory/to-register'
import type { InventoryRecord } from '../inventory/types'
import type { Assessment, SystemRecord, Unit } from '../types'
import { withChanges, type ReplyDiff } from './reply-diff'

export interface RegisterRecords {
  units: Unit[]
  systems: SystemRecord[]
  assessments: Assessment[]
}

export interface AppliedReply {
  register: RegisterRecords
  added: string[]
  changed: string[]
  assessmentsAdded: number
}

export function applyReply(register: RegisterRecords, diff: ReplyDiff, now: string): AppliedReply {
  const units = [...register.units]
  if (!diff.unitKnown) {
    units.push({
      id: diff.unitId,
      name: diff.unitName,
      block: '',
      parentId: null,
      createdAt: now,
      updatedAt: now,
    })
  }
  const systems = [...register.systems]
  const assessments = [...register.assessments]
  const assessmentIds = new Set(assessments.map((a) => a.id))
  const addAssessment = (systemId: string, record: InventoryRecord, excelRow: number): boolean => {
    const found = lastAssessmentOf(systemId, record, now)
    if (!found || assessmentIds.has(found.id)) return false
    assessments.push({ ...found, kind: diff.kinds.get(excelRow) ?? found.kind })
    assessmentIds.add(found.id)
    return true
  }
  const result: AppliedReply = {
    register: { units, systems, assessments },
    added: [],
    changed: [],
    assessmentsAdded: 0,
  }

  for (const { row, systemId } of diff.added) {
    systems.push(recordToSystem(row.record, { id: systemId, unitId: diff.unitId }, now))
    result.added.push(systemId)
    if (addAssessment(systemId, row.record, row.excelRow)) result.assessmentsAdded++
  }
  const indexById = new Map(systems.map((s, i) => [s.id, i]))
  for (const { row, systemId, changes } of diff.changed) {
    const at = indexById.get(systemId)
    if (at === undefined) continue
    const before = systems[at]
    const after = withChanges(before, changes)
    assertLevelChange(before, after, before.name)
    const fieldChanged = changes.some((c) => c.field !== 'lastAssessedOn' && c.field !== 'unit')
    if (fieldChanged) systems[at] = { ...after, updatedAt: now, revision: before.revision + 1 }
    if (
      changes.some((c) => c.field === 'lastAssessedOn') &&
      addAssessment(systemId, row.record, row.excelRow)
    ) {
      result.assessmentsAdded++
    }
    result.changed.push(systemId)
  }
  return result
}

/**
 * Where a change written from a reply comes from, as the history's "Người thực hiện" column reads
 * it (issue #17: history "theo phiếu của [unit], đợt [số]").
 */
export function replySource(unitName: string, letterNo: string): string {
  return `Theo phiếu của ${unitName}, đợt ${letterNo}`
}
