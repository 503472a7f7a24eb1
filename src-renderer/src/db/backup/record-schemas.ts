/**
 * The shape every record of a backup must have before it may enter the store, one zod schema per
 * table, built from the domain's own constants (levels, states, kinds, calendar dates). Objects are
 * strict: an unknown key (a hostile `__proto__` included) refuses the record. The checks at the end
 * make TypeScript fail here when a domain type gains or loses a field, so the schema cannot drift.
 */
import { z } from 'zod'
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_NAME_MAX,
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
} from '../../domain/attachments'
import { isIsoDate } from '../../domain/calendar-date'
import { HOLIDAY_NAME_MAX, type HolidayOverrides } from '../../domain/law/holiday-calendar'
import { EXCHANGE_ENTITIES, isForbiddenKey, SIGNATURE_ALGORITHM } from '../../domain/exchange'
import { BASE_GENERATIONS } from '../../domain/exchange/bases'
import type { ReportSettings } from '../../domain/report/settings'
import {
  MAX_LETTER_NO,
  MAX_RECIPIENTS,
  MAX_SUBJECT,
  type Round,
  type RoundRecipient,
} from '../../domain/rounds/round'
import type { Authority, RuleSet } from '../../domain/rule-set'
import {
  ASSESSMENT_KINDS,
  DEPLOYMENT_STATES,
  DOSSIER_STATES,
  INFORMATION_TYPES,
  LEVELS,
  SYSTEM_TYPES,
  type Assessment,
  type HistoryEntry,
  type SystemRecord,
  type Unit,
} from '../../domain/types'
import type { ExchangeKey, ExchangeRow, SettingsKey, SettingsRow } from '../database'
import { dossierChecklistSchema, levelJustificationSchema } from '../law-schemas'
import { base64DecodedLength, isBase64 } from './base64'
import { BACKUP_LIMITS, type BackupAttachment } from './format'

const text = z.string().max(BACKUP_LIMITS.maxTextLength)
const id = z.string().min(1).max(200)
const instant = z.string().min(1).max(64)
const isoDate = z.string().refine((v) => isIsoDate(v), 'not a calendar date')
const level = z.union(LEVELS.map((l) => z.literal(l)))
const byLevel = <T extends z.ZodType>(value: T) =>
  z.strictObject({ 1: value, 2: value, 3: value, 4: value, 5: value })

export const unitSchema = z.strictObject({
  id,
  createdAt: instant,
  updatedAt: instant,
  name: text.min(1),
  block: text,
  parentId: id.nullable(),
})

export const systemSchema = z.strictObject({
  id,
  createdAt: instant,
  updatedAt: instant,
  name: text.min(1),
  unitId: id,
  owner: text,
  level: level.nullable(),
  systemType: z.enum(SYSTEM_TYPES).nullable(),
  informationTypes: z.array(z.enum(INFORMATION_TYPES)).max(INFORMATION_TYPES.length),
  description: text,
  notes: text,
  dossierState: z.enum(DOSSIER_STATES),
  submittedOn: isoDate.nullable(),
  appraisedOn: isoDate.nullable(),
  decisionNo: text,
  approvedOn: isoDate.nullable(),
  approvalIssuer: text,
  approvalRuleSetId: id.nullable(),
  securityRulesNo: text,
  securityRulesOn: isoDate.nullable(),
  securityRulesIssuer: text,
  deploymentState: z.enum(DEPLOYMENT_STATES),
  deployedOn: isoDate.nullable(),
  commissionedOn: isoDate.nullable(),
  // Added without a schema version (not indexed): a record from before it lacks it.
  investmentStartedOn: isoDate.nullable().optional(),
  expectedApprovalOn: isoDate.nullable(),
  expectedDeploymentOn: isoDate.nullable(),
  levelJustification: levelJustificationSchema.nullable(),
  dossierChecklist: dossierChecklistSchema,
  revision: z.number().int().nonnegative(),
})

export const assessmentSchema = z.strictObject({
  id,
  createdAt: instant,
  updatedAt: instant,
  systemId: id,
  date: isoDate,
  kind: z.enum(ASSESSMENT_KINDS),
  assessor: text,
  result: text,
  findings: text,
})

/** A field's old and new value: any JSON, but no longer than the text limit once written out. */
const changeValue = z.unknown().refine((v) => {
  if (v === undefined) return true
  const json = JSON.stringify(v)
  return json === undefined || json.length <= BACKUP_LIMITS.maxTextLength
}, 'value too large')

export const historySchema = z.strictObject({
  id: z.number().int().positive(),
  entity: z.enum(['system', 'unit', 'assessment', 'settings', 'round']),
  entityId: id,
  systemId: id.nullable(),
  action: z.enum(['create', 'update', 'delete', 'transition', 'import']),
  changes: z
    .array(z.strictObject({ field: z.string().max(200), from: changeValue, to: changeValue }))
    .max(1000),
  at: instant,
  by: text,
  note: text,
  // Entries written before the officer's name was asked, or without one, carry none.
  officer: text.optional(),
})

const timeLimit = z.strictObject({ days: z.number().int().nonnegative(), workingDays: z.boolean() })
const authority = z.strictObject({
  appraiser: text,
  appraiserExceptions: z.array(text).max(100).optional(),
  approver: text,
  appraisalLimit: timeLimit.nullable(),
  approvalLimit: timeLimit.nullable(),
})
const monthDay = z.string().regex(/^\d{2}-\d{2}$/u)

export const ruleSetSchema = z.strictObject({
  id,
  name: text.min(1),
  version: z.number().int().positive(),
  basedOn: id.nullable(),
  legalBasis: z.array(text).max(1000),
  cadenceMonths: byLevel(z.number().int().positive()),
  approvalDeadline: isoDate,
  deploymentDeadline: isoDate,
  dueSoonDays: z.number().int().nonnegative(),
  report: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('quarterly'), dueDayOfLastMonth: z.number().int().min(1).max(31) }),
    z.strictObject({
      kind: z.literal('annual'),
      periodStart: monthDay,
      periodEnd: monthDay,
      unitDue: monthDay,
      ownerDue: monthDay,
    }),
  ]),
  authorities: byLevel(authority),
  transitionDeadline: isoDate.nullable(),
  securityBudgetShareMin: z.number().min(0).max(1),
  regime: z.enum(['ND85', 'ND331']).optional(),
  transition: z.strictObject({ fromRuleSetIds: z.array(id).max(1000), approvedBefore: isoDate }).optional(),
  intakeReplyLimit: timeLimit.optional(),
  constructionTransition: z
    .strictObject({ startedBefore: isoDate, approveBy: isoDate, meetBy: isoDate })
    .optional(),
})

export const reportSettingsSchema = z.strictObject({
  parentBody: text,
  issuingBody: text,
  place: text,
  signerTitle: text,
  signerName: text,
  recipients: z.array(text).max(1000),
  // Added after the first backups were made (LaterReportField): a row without them restores as it
  // is, and reads with their defaults like a database row of an older version.
  addressees: z.array(text).max(1000).optional(),
  documentSymbol: text.optional(),
  ownerName: text,
  ownerMandate: text.optional(),
  ownerRepresentative: text.optional(),
  ownerAddress: text.optional(),
  ownerPhone: text.optional(),
  ownerEmail: text.optional(),
  securityUnitName: text,
  securityUnitMandate: text.optional(),
  securityUnitRepresentative: text.optional(),
  securityUnitAddress: text.optional(),
  securityUnitPhone: text.optional(),
  securityUnitEmail: text.optional(),
  contactPerson: text,
  contactPhone: text,
  contactEmail: text,
})

/** The officer's changes to the holiday calendar; a backup made before them has no such row. */
const namedDay = z.strictObject({ date: isoDate, name: text.min(1).max(HOLIDAY_NAME_MAX) })
const uniqueDates = (dates: string[]) => new Set(dates).size === dates.length
export const holidayOverridesSchema = z.strictObject({
  daysOff: z
    .array(namedDay)
    .max(1000)
    .refine((d) => uniqueDates(d.map((x) => x.date)), 'duplicate date'),
  removed: z.array(isoDate).max(1000).refine(uniqueDates, 'duplicate date'),
  workdays: z
    .array(namedDay)
    .max(1000)
    .refine((d) => uniqueDates(d.map((x) => x.date)), 'duplicate date'),
})

export const settingsSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('ruleSetId'), value: id }),
  z.strictObject({ key: z.literal('reportSettings'), value: reportSettingsSchema }),
  z.strictObject({ key: z.literal('customRuleSets'), value: z.array(ruleSetSchema).max(1000) }),
  z.strictObject({ key: z.literal('holidayOverrides'), value: holidayOverridesSchema }),
])

/** A map keyed by data (office ids, record keys): a hostile `__proto__` key refuses the row. */
const keyedBy = <T extends z.ZodType>(value: T) =>
  z
    .record(z.string().min(1).max(500), value)
    .refine((map) => Object.keys(map).every((key) => !isForbiddenKey(key)), 'forbidden key')
const revisionNumber = z.number().int().nonnegative()
const exchangeOffice = z.strictObject({ id, name: text })

/** A key in standard base64: the one strict check attachments use too (whole quads, padding only at the end). */
const base64 = z.string().max(4_000).refine(isBase64, 'not base64')
const base64url = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/u)
/** This office's signing key pair (db/repos/exchange-keys.ts): a P-256 private key as a JWK. */
const officeKeys = z.strictObject({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  publicKey: base64,
  privateKey: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: base64url,
    y: base64url,
    d: base64url,
    ext: z.boolean().optional(),
    key_ops: z
      .array(z.enum(['sign']))
      .max(1)
      .optional(),
  }),
  createdAt: instant,
})
const pinnedKey = z.strictObject({ publicKey: base64, fingerprint: text, name: text, pinnedAt: instant })

export const exchangeRowSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('office'), value: exchangeOffice }),
  z.strictObject({ key: z.literal('keys'), value: officeKeys }),
  z.strictObject({ key: z.literal('pins'), value: keyedBy(pinnedKey) }),
  z.strictObject({
    key: z.literal('ledger'),
    value: z.strictObject({
      seen: keyedBy(revisionNumber),
      marks: keyedBy(
        z.strictObject({ localRevision: z.number().int(), origin: id, revision: revisionNumber }),
      ),
      tombstones: keyedBy(
        z.strictObject({
          entity: z.enum(EXCHANGE_ENTITIES),
          id,
          revision: revisionNumber,
          deletedAt: instant,
          office: id,
        }),
      ),
      offices: keyedBy(text),
      // The last exchanged versions per record as field hashes (domain/exchange/bases.ts); absent
      // in backups from before they were kept, which restore with no base known.
      bases: keyedBy(
        z
          .array(
            z.strictObject({
              origin: id,
              revision: revisionNumber,
              fields: keyedBy(z.string().regex(/^[0-9a-z]{1,12}$/u)),
            }),
          )
          .max(BASE_GENERATIONS),
      ).optional(),
    }),
  }),
])

/**
 * An attachment: a known type, a size that is the length of the decoded bytes and within the
 * limit, a hex SHA-256 (checked against the bytes by parseBackup: hashing is asynchronous).
 */
export const attachmentSchema = z
  .strictObject({
    id,
    ownerKind: z.enum(['system', 'assessment']),
    ownerId: id,
    systemId: id,
    name: text.min(1).max(ATTACHMENT_NAME_MAX),
    type: z.enum(ATTACHMENT_TYPES),
    size: z.number().int().positive().max(MAX_ATTACHMENT_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    kind: z.enum(ATTACHMENT_KINDS),
    addedAt: instant,
    data: z
      .string()
      .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4)
      .refine(isBase64, 'not base64'),
  })
  .refine((a) => base64DecodedLength(a.data) === a.size, {
    path: ['size'],
    message: 'size differs from data',
  })

/**
 * A collection round (domain/rounds/round.ts): the letter, its dates, each recipient once with its
 * token, and dates that are calendar dates. A recipient's unit may have been deleted since: the
 * round keeps the name it was sent to, so no reference to the units is required.
 */
const roundRecipient = z.strictObject({
  unitId: id,
  unitName: text.min(1),
  token: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/u),
  sentOn: isoDate.nullable(),
  receivedOn: isoDate.nullable(),
  changes: z.number().int().nonnegative().nullable(),
})

export const roundSchema = z
  .strictObject({
    id,
    createdAt: instant,
    updatedAt: instant,
    letterNo: text.min(1).max(MAX_LETTER_NO),
    letterDate: isoDate,
    subject: text.max(MAX_SUBJECT),
    asOf: isoDate,
    dueOn: isoDate,
    recipients: z.array(roundRecipient).max(MAX_RECIPIENTS),
    closedOn: isoDate.nullable(),
  })
  .refine((r) => new Set(r.recipients.map((x) => x.unitId)).size === r.recipients.length, {
    path: ['recipients'],
    message: 'a unit listed twice',
  })

/** One schema per table, in BACKUP_TABLES order. */
export const RECORD_SCHEMAS = {
  units: unitSchema,
  systems: systemSchema,
  assessments: assessmentSchema,
  history: historySchema,
  settings: settingsSchema,
  exchange: exchangeRowSchema,
  attachments: attachmentSchema,
  rounds: roundSchema,
} as const satisfies {
  // The parsed records can be stored as they are.
  units: z.ZodType<Unit>
  systems: z.ZodType<SystemRecord>
  assessments: z.ZodType<Assessment>
  history: z.ZodType<HistoryEntry>
  settings: z.ZodType<SettingsRow>
  exchange: z.ZodType<ExchangeRow>
  attachments: z.ZodType<BackupAttachment>
  rounds: z.ZodType<Round>
}

// --- The schemas follow the domain types: these fail to compile when either side changes. ---
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false
type Assert<T extends true> = T
export type SchemaMatchesDomain = [
  Assert<SameKeys<z.infer<typeof unitSchema>, Unit>>,
  Assert<SameKeys<z.infer<typeof systemSchema>, SystemRecord>>,
  Assert<SameKeys<z.infer<typeof assessmentSchema>, Assessment>>,
  Assert<SameKeys<z.infer<typeof historySchema>, HistoryEntry>>,
  Assert<SameKeys<z.infer<typeof attachmentSchema>, BackupAttachment>>,
  Assert<SameKeys<z.infer<typeof roundSchema>, Round>>,
  Assert<SameKeys<z.infer<typeof roundRecipient>, RoundRecipient>>,
  Assert<SameKeys<z.infer<typeof ruleSetSchema>, RuleSet>>,
  Assert<SameKeys<z.infer<typeof authority>, Authority>>,
  Assert<SameKeys<z.infer<typeof reportSettingsSchema>, ReportSettings>>,
  Assert<SameKeys<z.infer<typeof holidayOverridesSchema>, HolidayOverrides>>,
  Assert<[SettingsKey] extends [z.infer<typeof settingsSchema>['key']] ? true : false>,
  Assert<[ExchangeKey] extends [z.infer<typeof exchangeRowSchema>['key']] ? true : false>,
]
