/**
 * Validation of an exchange package from outside (a file someone sent, so anything): shape,
 * sizes, hostile keys, and the package's own consistency (every record's revision within what the
 * sender says it has seen, one version per record). A refusal is a DomainError whose Vietnamese
 * message says what is wrong and where; `details` locate it for the reader of the file's layout.
 */
import { z } from 'zod'
import { DomainError } from '../errors'
import { isIsoInstant } from '../instant'
import { exchangeMessages } from './messages'
import { EXCHANGE_ENTITIES, EXCHANGE_SCHEMA_VERSION, type ExchangePackage } from './types'
import { hasOwn, recordKey } from './values'

export const EXCHANGE_LIMITS = {
  /** Records and tombstones together (a sheet holds at most 100,000 rows anyway). */
  maxItems: 100_000,
  maxOffices: 1_000,
  maxTextLength: 100_000,
  maxFields: 200,
  maxArrayLength: 1_000,
  /**
   * Nesting of a record's values. The deepest real one is a composite system's level
   * justification: data → levelJustification → answers → parts → part → answers → information
   * (7); a part that is itself composite adds two. Bounded only so hostile nesting is refused.
   */
  maxDepth: 12,
} as const

/** Keys that would reach an object's prototype if ever copied carelessly: refused anywhere. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key)
}

// Office ids are generated (crypto.randomUUID); record ids may come from a person's spreadsheet.
const OFFICE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/u
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/u

export type ExchangeSection = 'header' | 'offices' | 'records' | 'tombstones'

export interface ExchangeProblem {
  section: ExchangeSection
  /** 0-based position in `records` or `tombstones`. */
  index?: number
  /** The offending field (dotted path inside the item). */
  field?: string
  /** What is wrong, in Vietnamese. */
  problem: string
}

const FIELD_LABEL: Record<string, string> = {
  entity: 'loại bản ghi',
  id: 'mã bản ghi',
  updatedAt: 'thời điểm sửa',
  revision: 'số phiên bản',
  origin: 'đơn vị tạo ra phiên bản',
  data: 'nội dung',
  deletedAt: 'thời điểm xóa',
  office: 'đơn vị xóa',
  'office.id': 'mã đơn vị gửi',
  'office.name': 'tên đơn vị gửi',
  exportedAt: 'thời điểm xuất tệp',
  seen: 'phiên bản đã nhận',
}

/**
 * A field of the package as a person reads it (the technical name stays in `details`). Not
 * db/field-labels' fieldLabel: that one names a record's stored fields ("Cấp độ"); this one names
 * the envelope of a file from elsewhere (its paths, lower-case inside a sentence, clipped because
 * the file is untrusted), and the two tables share no key.
 */
export function packageFieldLabel(field: string): string {
  if (field.startsWith('seen.')) return `phiên bản đã nhận của đơn vị "${field.slice(5, 60)}"`
  if (field.startsWith('offices.')) return `tên đơn vị "${field.slice(8, 60)}"`
  if (field.startsWith('data.')) return FIELD_LABEL.data
  return FIELD_LABEL[field] ?? field.slice(0, 60)
}

function invalid(problem: ExchangeProblem): DomainError {
  const where =
    problem.section === 'records' && problem.index !== undefined
      ? `bản ghi thứ ${problem.index + 1}`
      : problem.section === 'tombstones' && problem.index !== undefined
        ? `bản ghi đã xóa thứ ${problem.index + 1}`
        : problem.section === 'offices'
          ? 'danh sách đơn vị'
          : 'phần thông tin chung'
  const field = problem.field !== undefined ? `, trường "${packageFieldLabel(problem.field)}"` : ''
  return new DomainError(
    'exchange_invalid',
    `${exchangeMessages.invalidPackage}: ${where}${field} ${problem.problem}. ${exchangeMessages.askResend}`,
    { ...problem },
  )
}

export function exchangeError(problem: ExchangeProblem): DomainError {
  return invalid(problem)
}

/**
 * The first problem of a stored value: a forbidden key, too deep, too long, not plain JSON.
 * Iterative depth is bounded, so a hostile nesting cannot exhaust the stack.
 */
function valueProblem(value: unknown, depth: number): string | null {
  if (value === null || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'có số không hợp lệ'
  if (typeof value === 'string') {
    return value.length > EXCHANGE_LIMITS.maxTextLength ? 'có đoạn chữ quá dài' : null
  }
  if (typeof value !== 'object') return 'có giá trị không phải dữ liệu'
  if (depth >= EXCHANGE_LIMITS.maxDepth) return 'lồng quá nhiều cấp'
  if (Array.isArray(value)) {
    if (value.length > EXCHANGE_LIMITS.maxArrayLength) return 'có danh sách quá dài'
    for (const item of value) {
      const problem = valueProblem(item, depth + 1)
      if (problem) return problem
    }
    return null
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
    return 'có giá trị không phải dữ liệu'
  }
  const keys = Object.keys(value)
  if (keys.length > EXCHANGE_LIMITS.maxFields) return 'có quá nhiều trường'
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) return `có khóa bị cấm "${key}"`
    const problem = valueProblem((value as Record<string, unknown>)[key], depth + 1)
    if (problem) return problem
  }
  return null
}

const officeId = z
  .string()
  .regex(OFFICE_ID)
  .refine((v) => !FORBIDDEN_KEYS.has(v))
const recordId = z
  .string()
  .min(1)
  .max(200)
  .refine((v) => !CONTROL.test(v) && !FORBIDDEN_KEYS.has(v) && v.trim() === v)
// A real instant, every part in range (30/02 or 24:00 is a damaged stamp, not a date to roll over).
const instant = z.string().max(64).refine(isIsoInstant)
const revision = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
const entity = z.enum(EXCHANGE_ENTITIES)
const name = z
  .string()
  .max(500)
  .refine((v) => !CONTROL.test(v))

/** A record's fields: plain data, and never the keys carried beside it. */
const recordData = z.custom<Record<string, unknown>>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    valueProblem(v, 0) === null &&
    !['id', 'updatedAt', 'revision'].some((k) => hasOwn(v, k)),
)

const recordSchema = z.strictObject({
  entity,
  id: recordId,
  updatedAt: instant,
  revision,
  origin: officeId,
  data: recordData,
})

const tombstoneSchema = z.strictObject({
  entity,
  id: recordId,
  revision,
  deletedAt: instant,
  office: officeId,
})

const headerSchema = z.strictObject({
  office: z.strictObject({ id: officeId, name: name.min(1) }),
  exportedAt: instant,
  schemaVersion: z.literal(EXCHANGE_SCHEMA_VERSION),
  seen: z.record(officeId, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
  offices: z.record(officeId, name),
})

const ISSUE_TEXT: Record<string, string> = {
  invalid_type: 'thiếu hoặc sai kiểu dữ liệu',
  too_big: 'quá lớn hoặc quá dài',
  too_small: 'quá nhỏ hoặc bị trống',
  unrecognized_keys: 'có trường không được phép',
  invalid_value: 'có giá trị không được phép',
  invalid_format: 'sai định dạng',
  invalid_key: 'có mã không hợp lệ',
}

function issueProblem(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0]
  const text = ISSUE_TEXT[issue.code] ?? 'không hợp lệ'
  const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.slice(0, 3).join(', ')})` : ''
  return { field: issue.path.map(String).join('.'), problem: text + keys }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Checks anything claiming to be an exchange package and returns it typed, or throws a
 * DomainError ('exchange_invalid', or 'exchange_unknown_version' for a format this app cannot read).
 */
export function parseExchangePackage(raw: unknown): ExchangePackage {
  if (!isObject(raw)) throw invalid({ section: 'header', problem: 'không có dữ liệu' })
  const hostile = valueProblemShallow(raw)
  if (hostile) throw invalid({ section: 'header', problem: hostile })

  // The version first: a newer format may differ in every other respect.
  const version = raw.schemaVersion
  if (version !== EXCHANGE_SCHEMA_VERSION) {
    const found = typeof version === 'number' ? String(version) : 'không rõ'
    throw new DomainError(
      'exchange_unknown_version',
      exchangeMessages.unknownVersion(found, EXCHANGE_SCHEMA_VERSION),
      {
        found,
      },
    )
  }

  const { records: rawRecords, tombstones: rawTombstones, ...rawHeader } = raw
  if (!Array.isArray(rawRecords)) throw invalid({ section: 'records', problem: 'không phải danh sách' })
  if (!Array.isArray(rawTombstones)) throw invalid({ section: 'tombstones', problem: 'không phải danh sách' })
  if (rawRecords.length + rawTombstones.length > EXCHANGE_LIMITS.maxItems) {
    throw new DomainError(
      'exchange_too_large',
      exchangeMessages.tooLarge('bản ghi', EXCHANGE_LIMITS.maxItems),
    )
  }
  for (const map of [rawHeader.seen, rawHeader.offices]) {
    if (isObject(map) && Object.keys(map).length > EXCHANGE_LIMITS.maxOffices) {
      throw new DomainError(
        'exchange_too_large',
        exchangeMessages.tooLarge('đơn vị', EXCHANGE_LIMITS.maxOffices),
      )
    }
  }

  const header = headerSchema.safeParse(rawHeader)
  if (!header.success) {
    const { field, problem } = issueProblem(header.error)
    throw invalid({ section: field.startsWith('offices') ? 'offices' : 'header', field, problem })
  }

  const records: ExchangePackage['records'] = []
  rawRecords.forEach((item, index) => {
    if (isObject(item) && isObject(item.data)) {
      const problem = valueProblem(item.data, 0)
      if (problem) throw invalid({ section: 'records', index, field: 'data', problem })
    }
    const parsed = recordSchema.safeParse(item)
    if (!parsed.success) throw invalid({ section: 'records', index, ...issueProblem(parsed.error) })
    records.push(parsed.data)
  })
  const tombstones: ExchangePackage['tombstones'] = []
  rawTombstones.forEach((item, index) => {
    const parsed = tombstoneSchema.safeParse(item)
    if (!parsed.success) throw invalid({ section: 'tombstones', index, ...issueProblem(parsed.error) })
    tombstones.push(parsed.data)
  })

  const pkg: ExchangePackage = { ...header.data, records, tombstones }
  assertConsistent(pkg)
  return pkg
}

/** The header's own keys and its maps' keys (the items are checked one by one later). */
function valueProblemShallow(raw: Record<string, unknown>): string | null {
  for (const key of Object.keys(raw)) if (FORBIDDEN_KEYS.has(key)) return `có khóa bị cấm "${key}"`
  for (const part of [raw.office, raw.seen, raw.offices]) {
    if (!isObject(part)) continue
    for (const key of Object.keys(part)) if (FORBIDDEN_KEYS.has(key)) return `có khóa bị cấm "${key}"`
  }
  return null
}

function assertConsistent(pkg: ExchangePackage): void {
  if (!hasOwn(pkg.seen, pkg.office.id)) {
    throw invalid({ section: 'header', field: 'seen', problem: 'không ghi phiên bản của chính đơn vị gửi' })
  }
  const keys = new Set<string>()
  const check = (
    section: 'records' | 'tombstones',
    index: number,
    key: string,
    origin: string,
    rev: number,
  ) => {
    if (keys.has(key))
      throw invalid({ section, index, field: 'id', problem: 'trùng với một bản ghi khác trong tệp' })
    keys.add(key)
    const seen = hasOwn(pkg.seen, origin) ? pkg.seen[origin] : undefined
    if (seen === undefined || seen < rev) {
      throw invalid({
        section,
        index,
        field: 'revision',
        problem: 'có số phiên bản vượt quá phiên bản mà chính tệp ghi nhận (tệp tự mâu thuẫn)',
      })
    }
  }
  pkg.records.forEach((r, i) => check('records', i, recordKey(r.entity, r.id), r.origin, r.revision))
  pkg.tombstones.forEach((t, i) => check('tombstones', i, recordKey(t.entity, t.id), t.office, t.revision))
}
