/**
 * Inspections and assessments (kiểm tra, đánh giá) of a system. Their history is filed under the
 * system, and each change also bumps the system's `updatedAt` and `revision`: the next due date
 * is derived from them, so for another office the system has changed.
 */
import { DomainError } from '../../domain/errors'
import { ASSESSMENT_KINDS, type Assessment, type AssessmentKind } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { checkOneOf, cleanMultilineText, cleanText, requireDate } from '../validate'
import { attachmentTables, deleteAttachmentsOf } from './attachments'
import { createdFields, deletedFields, diffFields, newId } from './changes'
import { writeWithHistory } from './write'

export interface AssessmentInput {
  systemId: string
  date: string
  kind: AssessmentKind
  assessor?: string
  result?: string
  findings?: string
}

export type AssessmentPatch = Partial<Omit<AssessmentInput, 'systemId'>>

/** The fields an assessment's history lists (every repo that writes assessments uses these). */
export const ASSESSMENT_FIELDS = [
  'date',
  'kind',
  'assessor',
  'result',
  'findings',
] as const satisfies readonly (keyof Assessment)[]

export type AssessmentFields = Pick<Assessment, (typeof ASSESSMENT_FIELDS)[number]>

/** Checks and normalises (trims, NFC) an assessment's fields, as they are stored. */
export function cleanAssessmentFields(input: AssessmentFields): AssessmentFields {
  return {
    date: requireDate(input.date, 'date'),
    kind: checkOneOf(input.kind, ASSESSMENT_KINDS, 'kind'),
    assessor: cleanText(input.assessor, 'assessor'),
    result: cleanMultilineText(input.result, 'result'),
    findings: cleanMultilineText(input.findings, 'findings'),
  }
}

async function touchSystem(db: CapdoDatabase, systemId: string, at: string): Promise<void> {
  const system = await db.systems.get(systemId)
  if (!system) {
    throw new DomainError('system_not_found', 'Không tìm thấy hệ thống thông tin (có thể đã bị xóa).', {
      systemId,
    })
  }
  await db.systems.update(systemId, { updatedAt: at, revision: system.revision + 1 })
}

async function requireAssessment(db: CapdoDatabase, id: string): Promise<Assessment> {
  const assessment = await db.assessments.get(id)
  if (!assessment) {
    throw new DomainError(
      'assessment_not_found',
      'Không tìm thấy lần kiểm tra, đánh giá (có thể đã bị xóa).',
      { id },
    )
  }
  return assessment
}

export async function addAssessment(db: CapdoDatabase, input: AssessmentInput, by = ''): Promise<Assessment> {
  const fields = cleanAssessmentFields({
    date: input.date,
    kind: input.kind,
    assessor: input.assessor ?? '',
    result: input.result ?? '',
    findings: input.findings ?? '',
  })
  return writeWithHistory(db, [db.assessments, db.systems], { by }, async ({ at, record }) => {
    await touchSystem(db, input.systemId, at)
    const assessment: Assessment = {
      id: newId(),
      systemId: input.systemId,
      ...fields,
      createdAt: at,
      updatedAt: at,
    }
    await db.assessments.add(assessment)
    record({
      entity: 'assessment',
      entityId: assessment.id,
      systemId: assessment.systemId,
      action: 'create',
      changes: createdFields(assessment, ASSESSMENT_FIELDS),
    })
    return assessment
  })
}

export async function updateAssessment(
  db: CapdoDatabase,
  id: string,
  patch: AssessmentPatch,
  by = '',
): Promise<Assessment> {
  return writeWithHistory(db, [db.assessments, db.systems], { by }, async ({ at, record }) => {
    const before = await requireAssessment(db, id)
    const fields = cleanAssessmentFields({
      date: patch.date ?? before.date,
      kind: patch.kind ?? before.kind,
      assessor: patch.assessor ?? before.assessor,
      result: patch.result ?? before.result,
      findings: patch.findings ?? before.findings,
    })
    const changes = diffFields(before, { ...before, ...fields }, ASSESSMENT_FIELDS)
    if (changes.length === 0) return before
    const after: Assessment = { ...before, ...fields, updatedAt: at }
    await touchSystem(db, before.systemId, at)
    await db.assessments.put(after)
    record({ entity: 'assessment', entityId: id, systemId: before.systemId, action: 'update', changes })
    return after
  })
}

export async function deleteAssessment(db: CapdoDatabase, id: string, by = ''): Promise<void> {
  await writeWithHistory(db, [db.assessments, db.systems, ...attachmentTables(db)], { by }, async (write) => {
    const before = await requireAssessment(db, id)
    await touchSystem(db, before.systemId, write.at)
    await db.assessments.delete(id)
    const files = await deleteAttachmentsOf(db, { kind: 'assessment', id }, write)
    write.record({
      entity: 'assessment',
      entityId: id,
      systemId: before.systemId,
      action: 'delete',
      changes: deletedFields(before, ASSESSMENT_FIELDS),
      note: files > 0 ? `Xóa kèm ${files} tệp đính kèm.` : '',
    })
  })
}

/** A system's assessments, newest first (the compound index [systemId+date] keeps this cheap). */
export async function listAssessmentsForSystem(db: CapdoDatabase, systemId: string): Promise<Assessment[]> {
  return db.assessments
    .where('[systemId+date]')
    .between([systemId, ''], [systemId, '\uffff'])
    .reverse()
    .toArray()
}
