/**
 * Writes to the systems of the register. Each function is one read-write transaction that
 * changes the records, bumps `updatedAt` and `revision`, and appends the history entry, so a
 * change and its story are stored together or not at all.
 */
import { approvalLevelChanges, assertLevelChange } from '../../domain/approved-level'
import type { IsoDate } from '../../domain/calendar-date'
import { initialDeploymentState } from '../../domain/deployment-rule'
import { assertDossierDates } from '../../domain/dossier-dates'
import { DomainError } from '../../domain/errors'
import type { SystemRecord } from '../../domain/types'
import { DOSSIER_ACTION_LABEL } from '../../domain/vocabulary'
import { transition, type DossierAction, type TransitionInput } from '../../domain/workflow'
import type { CapdoDatabase } from '../database'
import { cleanMultilineText } from '../validate'
import { createdFields, deletedFields, diffFields, newId } from './changes'
import { readRuleSetId } from './settings'
import {
  SYSTEM_DEFAULTS,
  SYSTEM_FIELDS,
  cleanSystemFields,
  pickSystemFields,
  type SystemInput,
  type SystemPatch,
} from './system-fields'
import { attachmentTables, deleteAttachmentsOf } from './attachments'
import { writeWithHistory, type HistoryDraft } from './write'

export type { SystemInput, SystemPatch } from './system-fields'

async function requireSystem(db: CapdoDatabase, id: string): Promise<SystemRecord> {
  const system = await db.systems.get(id)
  if (!system) {
    throw new DomainError('system_not_found', 'Không tìm thấy hệ thống thông tin (có thể đã bị xóa).', { id })
  }
  return system
}

async function requireUnitExists(db: CapdoDatabase, unitId: string): Promise<void> {
  if ((await db.units.get(unitId)) === undefined) {
    throw new DomainError('unit_not_found', 'Không tìm thấy đơn vị quản lý, vận hành đã chọn.', { unitId })
  }
}

/** The record after a patch, checked; `undefined` when the patch changes nothing. */
async function patched(
  db: CapdoDatabase,
  before: SystemRecord,
  patch: SystemPatch,
  at: string,
): Promise<{ after: SystemRecord; entry: HistoryDraft } | undefined> {
  const fields = cleanSystemFields({ ...before, ...pickSystemFields(patch) }, before)
  const changes = diffFields(before, { ...before, ...fields }, SYSTEM_FIELDS)
  if (changes.length === 0) return undefined
  // An approved level changes only with a new decision (domain/approved-level.ts).
  assertLevelChange(before, fields, before.name)
  if (fields.unitId !== before.unitId) await requireUnitExists(db, fields.unitId)
  const after: SystemRecord = { ...before, ...fields, updatedAt: at, revision: before.revision + 1 }
  return {
    after,
    entry: { entity: 'system', entityId: before.id, systemId: before.id, action: 'update', changes },
  }
}

export async function createSystem(db: CapdoDatabase, input: SystemInput, by = ''): Promise<SystemRecord> {
  const fields = cleanSystemFields({
    ...SYSTEM_DEFAULTS,
    deploymentState: initialDeploymentState(input.deployedOn, input.deploymentState),
    ...pickSystemFields(input),
    name: input.name,
    unitId: input.unitId,
  })
  if (input.id !== undefined && (typeof input.id !== 'string' || input.id.trim() === '')) {
    throw new DomainError('invalid_id', 'Mã hệ thống không hợp lệ.', { id: input.id })
  }
  return writeWithHistory(db, [db.systems, db.units], { by }, async ({ at, record }) => {
    await requireUnitExists(db, fields.unitId)
    const id = input.id ?? newId()
    if ((await db.systems.get(id)) !== undefined) {
      throw new DomainError('system_exists', `Đã có hệ thống thông tin mang mã ${id}.`, { id })
    }
    const system: SystemRecord = { id, ...fields, createdAt: at, updatedAt: at, revision: 1 }
    await db.systems.add(system)
    record({
      entity: 'system',
      entityId: id,
      systemId: id,
      action: 'create',
      changes: createdFields(system, SYSTEM_FIELDS),
    })
    return system
  })
}

/**
 * Changes the given fields. History records only the fields that really changed, with old and
 * new values; a patch that changes nothing writes nothing and keeps the revision. Dossier steps
 * should go through applyDossierAction, which enforces the workflow; this function lets a
 * person correct a record (or an import set a state) directly.
 */
export async function updateSystem(
  db: CapdoDatabase,
  id: string,
  patch: SystemPatch,
  by = '',
): Promise<SystemRecord> {
  return writeWithHistory(db, [db.systems, db.units], { by }, async ({ at, record }) => {
    const before = await requireSystem(db, id)
    const result = await patched(db, before, patch, at)
    if (!result) return before
    await db.systems.put(result.after)
    record(result.entry)
    return result.after
  })
}

/**
 * The same patch on many systems (e.g. "move to unit", "set level"): one transaction, one
 * history entry per system that changed. If any system is missing or the patch is invalid for
 * one of them, nothing is written. Returns the systems that changed.
 */
export async function bulkUpdateSystems(
  db: CapdoDatabase,
  ids: readonly string[],
  patch: SystemPatch,
  by = '',
): Promise<SystemRecord[]> {
  return writeWithHistory(db, [db.systems, db.units], { by }, async ({ at, record }) => {
    const unique = [...new Set(ids)]
    const found = await db.systems.bulkGet(unique)
    const updated: SystemRecord[] = []
    for (let i = 0; i < unique.length; i++) {
      const before = found[i]
      if (!before) {
        throw new DomainError('system_not_found', 'Không tìm thấy hệ thống thông tin (có thể đã bị xóa).', {
          id: unique[i],
        })
      }
      const result = await patched(db, before, patch, at)
      if (!result) continue
      updated.push(result.after)
      record(result.entry)
    }
    await db.systems.bulkPut(updated)
    return updated
  })
}

/** Deletes a system with its assessments; the history entry keeps what the record held. */
export async function deleteSystem(db: CapdoDatabase, id: string, by = ''): Promise<void> {
  await writeWithHistory(db, [db.systems, db.assessments, ...attachmentTables(db)], { by }, async (write) => {
    const system = await requireSystem(db, id)
    const assessments = await db.assessments.where('systemId').equals(id).primaryKeys()
    await db.assessments.bulkDelete(assessments)
    // The system's files and its assessments' files: nothing would name them any more.
    const files = await deleteAttachmentsOf(db, { kind: 'system', id }, write)
    await db.systems.delete(id)
    write.record({
      entity: 'system',
      entityId: id,
      systemId: id,
      action: 'delete',
      changes: deletedFields(system, SYSTEM_FIELDS),
      note: [
        assessments.length > 0 ? `Xóa kèm ${assessments.length} lần kiểm tra, đánh giá.` : '',
        files > 0 ? `Xóa kèm ${files} tệp đính kèm.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    })
  })
}

/** A dossier step's inputs, and an optional note for its history entry (e.g. what to revise). */
export type DossierActionInput = TransitionInput & { note?: string }

function dossierNote(action: DossierAction, note: string | undefined): string {
  const text = cleanMultilineText(note, 'note')
  return text ? `${DOSSIER_ACTION_LABEL[action]}: ${text}` : DOSSIER_ACTION_LABEL[action]
}

/**
 * One step of the dossier workflow (domain/workflow.ts decides whether it is allowed and what it
 * changes). An approval without a rule set given is recorded under the active one.
 * @param asOf today's real date (not the reporting date): no step may be dated after it.
 */
export async function applyDossierAction(
  db: CapdoDatabase,
  id: string,
  action: DossierAction,
  input: DossierActionInput,
  asOf: IsoDate,
  by = '',
): Promise<SystemRecord> {
  return writeWithHistory(db, [db.systems, db.settings], { by }, async ({ at, record }) => {
    const before = await requireSystem(db, id)
    const ruleSetId = input.ruleSetId ?? (action === 'approve' ? await readRuleSetId(db) : undefined)
    const changes = transition(before, action, { ...input, ruleSetId }, asOf)
    // A decision ending a re-determination makes its proposed level the approved one.
    const decided = action === 'approve' ? approvalLevelChanges(before) : {}
    const after: SystemRecord = {
      ...before,
      ...changes,
      ...decided,
      updatedAt: at,
      revision: before.revision + 1,
    }
    // The workflow judged the step's own date; this guards the record as stored (dossier-dates.ts).
    assertDossierDates(before, after)
    assertLevelChange(before, after, before.name)
    await db.systems.put(after)
    record({
      entity: 'system',
      entityId: id,
      systemId: id,
      action: 'transition',
      changes: diffFields(before, after, SYSTEM_FIELDS),
      note: dossierNote(action, input.note),
    })
    return after
  })
}

export function getSystem(db: CapdoDatabase, id: string): Promise<SystemRecord | undefined> {
  return db.systems.get(id)
}

export function listSystems(db: CapdoDatabase): Promise<SystemRecord[]> {
  return db.systems.toArray()
}

export function countSystems(db: CapdoDatabase): Promise<number> {
  return db.systems.count()
}

/** Systems per unit id, counted from the unitId index without reading the records. */
export async function countSystemsByUnit(db: CapdoDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const key of await db.systems.orderBy('unitId').keys()) {
    const unitId = String(key)
    counts.set(unitId, (counts.get(unitId) ?? 0) + 1)
  }
  return counts
}
