/**
 * A form's save over a record another window (tab) may have changed since the form was loaded.
 * The form sends its values with the version it loaded (the base: those fields' values, and a
 * system's revision). When the stored record has not moved, the save is the plain update. When it
 * has, domain/edit-merge.ts compares the three versions: a field changed on one side only takes
 * that side's value, and fields changed on both sides to different values refuse the whole save
 * with an EditConflictError — nothing written — carrying the stored version, so the screen shows
 * both values, the person picks one per field, and saves again with the stored version as base.
 */
import { EditConflictError, mergeEdit } from '../../domain/edit-merge'
import { DomainError } from '../../domain/errors'
import type { Assessment, SystemRecord } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { fieldLabel } from '../field-labels'
import { cleanAssessmentFields, updateAssessment, type AssessmentFields } from './assessments'
import { cleanSystemFields, SYSTEM_FIELDS, type SystemFields, type SystemPatch } from './system-fields'
import { updateSystem } from './systems'
import { writeWithHistory } from './write'

export interface SystemEdit {
  /** The fields the form edits, as the person left them. */
  values: SystemPatch
  /** The same fields as the form loaded them. */
  base: SystemPatch
  /** The revision of the version the form loaded. */
  baseRevision: number
}

export interface SavedEdit<T> {
  record: T
  /** Fields changed elsewhere meanwhile and kept as stored (none when the record had not moved). */
  fromStored: string[]
}

function pick<T extends object>(record: T, fields: readonly (keyof T & string)[]): T {
  const picked: Record<string, unknown> = {}
  for (const field of fields) picked[field] = record[field]
  return picked as T
}

function systemNotFound(id: string): DomainError {
  return new DomainError('system_not_found', 'Không tìm thấy hệ thống thông tin (có thể đã bị xóa).', { id })
}

/**
 * Saves a system form. @throws EditConflictError when the record moved on and a field was changed
 * on both sides; nothing is written then.
 */
export async function saveSystemEdit(
  db: CapdoDatabase,
  id: string,
  edit: SystemEdit,
  by = '',
): Promise<SavedEdit<SystemRecord>> {
  return writeWithHistory(db, [db.systems, db.units], { by }, async () => {
    const stored = await db.systems.get(id)
    if (!stored) throw systemNotFound(id)
    if (stored.revision === edit.baseRevision) {
      return { record: await updateSystem(db, id, edit.values, by), fromStored: [] }
    }
    const fields = SYSTEM_FIELDS.filter((f) => edit.values[f] !== undefined && edit.base[f] !== undefined)
    // The form's text is compared as it would be stored (trimmed, NFC), not as typed.
    const mine = cleanSystemFields({ ...stored, ...edit.values } as SystemFields)
    const merge = mergeEdit(edit.base as SystemFields, pick<SystemFields>(stored, fields), pick(mine, fields), fields)
    if (merge.conflicts.length > 0) {
      throw new EditConflictError<SystemPatch>(merge, pick<SystemFields>(stored, fields), stored.revision, fieldLabel)
    }
    return { record: await updateSystem(db, id, merge.merged, by), fromStored: merge.fromStored }
  })
}

const ASSESSMENT_EDIT_FIELDS = ['date', 'kind', 'assessor', 'result', 'findings'] as const

type AssessmentEditFields = AssessmentFields

export interface AssessmentEdit {
  values: AssessmentEditFields
  /** The assessment's fields as the dialog loaded them. */
  base: AssessmentEditFields
}

/**
 * Saves the assessment dialog. Assessments carry no revision of their own: the stored fields
 * differing from the loaded ones is what "moved on" means. @throws EditConflictError as above.
 */
export async function saveAssessmentEdit(
  db: CapdoDatabase,
  id: string,
  edit: AssessmentEdit,
  by = '',
): Promise<SavedEdit<Assessment>> {
  return writeWithHistory(db, [db.assessments, db.systems], { by }, async () => {
    const stored = await db.assessments.get(id)
    if (!stored) {
      throw new DomainError('assessment_not_found', 'Không tìm thấy lần kiểm tra, đánh giá (có thể đã bị xóa).', {
        id,
      })
    }
    const fields = ASSESSMENT_EDIT_FIELDS
    const mine = cleanAssessmentFields(edit.values)
    const merge = mergeEdit<AssessmentEditFields>(edit.base, pick(stored, fields), mine, fields)
    if (merge.conflicts.length > 0) {
      throw new EditConflictError<AssessmentEditFields>(merge, pick(stored, fields), null, fieldLabel)
    }
    return { record: await updateAssessment(db, id, merge.merged, by), fromStored: merge.fromStored }
  })
}
