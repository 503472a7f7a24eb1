/**
 * Strict zod schemas of what schema v2 stores on a system from domain/law: the level wizard's
 * saved justification and the dossier checklist. The repos check a write with them (a form, an
 * import, another office's file) and the backup checks a restored record with the same ones.
 */
import { z } from 'zod'
import { isIsoDate } from '../domain/calendar-date'
import { DomainError } from '../domain/errors'
import { DOSSIER_PARTS, type TickedPart } from '../domain/law/dossier-checklist'
import type { LevelJustificationRecord } from '../domain/law/justification-record'
import {
  CONSTRUCTION_GRADES,
  HARMS,
  ONLINE_SERVICE_LEVELS,
  SCOPES,
  SECRET_GRADES,
  type LevelAnswers,
} from '../domain/law/level-answers'
import { INFORMATION_TYPES, LEVELS, SYSTEM_TYPES } from '../domain/types'
import { fieldLabel } from './field-labels'

/** Long enough for any thuyết minh the wizard writes, far below the backup's text limit. */
const MAX_JUSTIFICATION_TEXT = 50_000
const MAX_PARTS = 50
const MAX_COUNT = 1_000_000_000

const isoDate = z.string().refine((v) => isIsoDate(v), 'not a calendar date')
const level = z.literal(LEVELS)
const count = z.number().int().min(0).max(MAX_COUNT)

/** The wizard's answers field by field; the CLI's answers file reads the same fields. */
export const answerFields = {
  systemType: z.enum(SYSTEM_TYPES),
  information: z.array(z.enum(INFORMATION_TYPES)).max(INFORMATION_TYPES.length),
  secretGrade: z.enum(SECRET_GRADES).nullable(),
  defenceOrSecurity: z.boolean(),
  harm: z.enum(HARMS),
  basicSubjects: count,
  sensitiveSubjects: count,
  conditionalBusiness: z.boolean(),
  administrativeProcedures: z.boolean(),
  // Absent in answers saved before the question was asked (read as none).
  onlineServiceLevel: z.literal(ONLINE_SERVICE_LEVELS).optional(),
  scope: z.enum(SCOPES),
  operates247: z.boolean(),
  nationalEgov: z.boolean(),
  nationalCriticalData: z.boolean(),
  internationalGateway: z.boolean(),
  nationalSecurityImportant: z.boolean(),
  constructionGrade: z.enum(CONSTRUCTION_GRADES),
  decidedLevel: level.nullable(),
}

/** A component system's answers: one level deep, as the wizard classifies them. */
const partAnswersSchema = z.strictObject(answerFields)

export const levelAnswersSchema = z.strictObject({
  ...answerFields,
  parts: z
    .array(z.strictObject({ name: z.string().min(1).max(500), answers: partAnswersSchema }))
    .max(MAX_PARTS)
    .optional(),
})

export const levelJustificationSchema = z.strictObject({
  answers: levelAnswersSchema,
  regime: z.enum(['ND85', 'ND331']),
  ruleSetId: z.string().min(1).max(200),
  suggestedLevel: level.nullable(),
  criterionIds: z.array(z.string().min(1).max(100)).max(200),
  madeOn: isoDate,
  text: z.string().max(MAX_JUSTIFICATION_TEXT),
  proposedLevel: level.optional(),
})

export const tickedPartSchema = z.strictObject({
  part: z.enum(DOSSIER_PARTS),
  on: isoDate.nullable(),
  fileId: z.string().min(1).max(200).nullable().optional(),
})

export const dossierChecklistSchema = z.array(tickedPartSchema).max(DOSSIER_PARTS.length)

// The schemas produce what the domain types describe: these fail to compile when either drifts.
type Assert<T extends true> = T
type Extends<A, B> = [A] extends [B] ? true : false
export type LawSchemasMatchDomain = [
  Assert<Extends<z.infer<typeof levelAnswersSchema>, LevelAnswers>>,
  Assert<Extends<z.infer<typeof levelJustificationSchema>, LevelJustificationRecord>>,
  Assert<Extends<z.infer<typeof tickedPartSchema>, TickedPart>>,
  Assert<Extends<keyof LevelAnswers, keyof z.infer<typeof levelAnswersSchema>>>,
  Assert<Extends<keyof LevelJustificationRecord, keyof z.infer<typeof levelJustificationSchema>>>,
]

/** A saved justification, checked; absent is null. */
export function checkLevelJustification(value: unknown): LevelJustificationRecord | null {
  if (value === null || value === undefined) return null
  const parsed = levelJustificationSchema.safeParse(value)
  if (!parsed.success) {
    throw new DomainError('invalid_value', `${fieldLabel('levelJustification')} không hợp lệ.`, {
      field: 'levelJustification',
    })
  }
  const record = parsed.data
  // Stored in the order of the law's lists, so equal answers compare equal in the history.
  const information = INFORMATION_TYPES.filter((t) => record.answers.information.includes(t))
  return { ...record, answers: { ...record.answers, information }, text: record.text.normalize('NFC') }
}

/** The ticked parts, checked, one per part, in the order of the law; absent is []. */
export function checkDossierChecklist(value: unknown): TickedPart[] {
  if (value === null || value === undefined) return []
  const parsed = dossierChecklistSchema.safeParse(value)
  if (!parsed.success) {
    throw new DomainError('invalid_value', `${fieldLabel('dossierChecklist')} không hợp lệ.`, {
      field: 'dossierChecklist',
    })
  }
  const byPart = new Map(parsed.data.map((t) => [t.part, t]))
  return DOSSIER_PARTS.flatMap((part) => {
    const ticked = byPart.get(part)
    if (!ticked) return []
    const clean: TickedPart = { part, on: ticked.on }
    if (ticked.fileId !== undefined) clean.fileId = ticked.fileId
    return [clean]
  })
}
