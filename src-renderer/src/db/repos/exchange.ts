/**
 * The exchange between offices, wired to the store (the rules are in domain/exchange): this
 * installation's office identity, the ledger kept beside the records, "Gửi lên" (number the local
 * changes, store the ledger, build the package, in one transaction) and "Nhận dữ liệu" (plan
 * against the store; apply every put, delete, the ledger and the history in one transaction).
 *
 * The exchange tells local edits by a per-record counter that moves when the record changes: the
 * hash of its content (domain/exchange/local-revision.ts says why), never stored in the rows.
 */
import { DomainError } from '../../domain/errors'
import { assertApprovedLevelsKept } from '../../domain/exchange/approved-levels'
import {
  applyMerge,
  assertPlanKeepsReferences,
  assertReferencesKept,
  buildExchangePackage,
  emptyLedger,
  judgeTrust,
  pinsAfter,
  planMerge,
  previewOutcomes,
  recordKey,
  type ExchangeContent,
  type ExchangeEntity,
  type ExchangeLedger,
  type ExchangePackage,
  type MergeHistoryEntry,
  type MergePlan,
  type Office,
  type PackageSignature,
  type Resolutions,
  type Trust,
} from '../../domain/exchange'
import { assertIncomingDates, assertMergedDates } from '../../domain/exchange/dates'
import { exchangeRevision, withExchangeRevision } from '../../domain/exchange/local-revision'
import { isIsoInstant } from '../../domain/instant'
import type { Assessment, SystemRecord, Unit } from '../../domain/types'
import { canonicalJson } from '../../domain/canonical-json'
import { assessmentSchema, systemSchema, unitSchema } from '../backup/record-schemas'
import type { CapdoDatabase, OfficeKeys } from '../database'
import { fieldLabel } from '../field-labels'
import { attachmentTables, deleteAttachmentsOf } from './attachments'
import { newId, nowIso } from './changes'
import { checkSignature, ensureOfficeKeys, readOfficeKeys, readPins, signPackage } from './exchange-keys'
import { getSettings } from './settings'
import { writeWithHistory, type HistoryDraft, type Write } from './write'

/** The name an office gets when the report settings name no issuer. */
export const UNNAMED_OFFICE = 'Đơn vị chưa đặt tên'

const ENTITY_LABEL: Record<ExchangeEntity, string> = {
  unit: 'Đơn vị',
  system: 'Hệ thống thông tin',
  assessment: 'Lần kiểm tra, đánh giá',
}

const exchangeRepoMessages = {
  emptyName: 'Tên đơn vị không được để trống.',
  /** `problem` names the field and the value found (recordProblem), never only "không hợp lệ". */
  badRecord: (entity: ExchangeEntity, name: string, problem: string) =>
    `Tệp trao đổi dữ liệu có ${ENTITY_LABEL[entity].toLowerCase()} "${name}" ${problem} nên không được nhận. ` +
    'Dữ liệu hiện tại không bị thay đổi. Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên".',
  keyPinned: (sender: string, fingerprint: string) =>
    `Ghi nhận khóa ký của đơn vị "${sender}" khi nhận tệp lần đầu (dấu vân tay ${fingerprint}).`,
  keyReplaced: (sender: string, previous: string, fingerprint: string) =>
    `Chấp nhận khóa ký mới của đơn vị "${sender}" (đơn vị đó đã cài đặt lại CapDo): ` +
    `khóa cũ ${previous}, khóa mới ${fingerprint}.`,
  unsignedExport:
    'Chưa tạo được khóa ký của đơn vị này nên chưa xuất được tệp "Gửi lên". Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại CapDo.',
  historyNote: (sender: string, conflict: boolean) =>
    `Nhận dữ liệu từ tệp của ${sender || 'đơn vị khác'}` +
    (conflict ? ' (xung đột giữa hai bên, đã chọn cách xử lý)' : '') +
    '.',
} as const

// --- Office identity and ledger -------------------------------------------------------------

export async function getOffice(db: CapdoDatabase): Promise<Office | undefined> {
  const row = await db.exchange.get('office')
  return row?.key === 'office' ? row.value : undefined
}

/**
 * This installation's office, created on the first call: a generated id and, for a name, the
 * issuer of the report settings. Safe to call from several places at once (one transaction).
 */
export async function ensureOffice(db: CapdoDatabase): Promise<Office> {
  // eslint-disable-next-line no-restricted-syntax -- the exchange's bookkeeping, not a change to the register: no history entry
  return db.transaction('rw', [db.exchange, db.settings], async () => {
    const existing = await getOffice(db)
    if (existing) return existing
    const { reportSettings } = await getSettings(db)
    const office: Office = { id: newId(), name: reportSettings.issuingBody.trim() || UNNAMED_OFFICE }
    await db.exchange.put({ key: 'office', value: office })
    return office
  })
}

/** Renames this office (Settings). The id never changes: peers know the office by it. */
export async function renameOffice(db: CapdoDatabase, name: string): Promise<Office> {
  const trimmed = name.trim()
  if (!trimmed) throw new DomainError('office_name_empty', exchangeRepoMessages.emptyName)
  // eslint-disable-next-line no-restricted-syntax -- the exchange's bookkeeping (the name peers see), never recorded in history
  return db.transaction('rw', [db.exchange, db.settings], async () => {
    const office = { ...(await ensureOffice(db)), name: trimmed }
    await db.exchange.put({ key: 'office', value: office })
    return office
  })
}

export async function readLedger(db: CapdoDatabase, office: Office): Promise<ExchangeLedger> {
  const row = await db.exchange.get('ledger')
  return row?.key === 'ledger' ? row.value : emptyLedger(office)
}

// --- The register as the exchange sees it ---------------------------------------------------

/** Units, systems and assessments, with the local revision the exchange compares. */
async function readContent(db: CapdoDatabase): Promise<ExchangeContent> {
  const [units, systems, assessments] = await Promise.all([
    db.units.toArray(),
    db.systems.toArray(),
    db.assessments.toArray(),
  ])
  return {
    unit: units.map(withExchangeRevision),
    system: systems.map(withExchangeRevision),
    assessment: assessments.map(withExchangeRevision),
  }
}

const exchangeTables = (db: CapdoDatabase) => [db.units, db.systems, db.assessments, db.exchange, db.settings]

// --- "Gửi lên" ------------------------------------------------------------------------------

export interface PreparedExport {
  office: Office
  package: ExchangePackage
  /** This office's key pair, read in the same transaction (undefined before ensureOfficeKeys). */
  keys: OfficeKeys | undefined
}

/**
 * Numbers the local changes, stores the ledger and returns the package, in one transaction: the
 * ledger is stored before any file is written from it (see domain/exchange/ledger.ts). Signing
 * comes after the transaction (signExport): Web Crypto cannot run inside one.
 */
export async function prepareExchangeExport(
  db: CapdoDatabase,
  at: string = nowIso(),
): Promise<PreparedExport> {
  // eslint-disable-next-line no-restricted-syntax -- the ledger's numbering is bookkeeping, not a change to the register
  return db.transaction('rw', exchangeTables(db), async () => {
    const office = await ensureOffice(db)
    const [content, ledger, keys] = await Promise.all([
      readContent(db),
      readLedger(db, office),
      readOfficeKeys(db),
    ])
    const built = buildExchangePackage(content, ledger, office, at)
    await db.exchange.put({ key: 'ledger', value: built.ledger })
    return { office, package: built.package, keys }
  })
}

/** The signature of a prepared "Gửi lên"; every file this app writes is signed. */
export async function signExport(prepared: PreparedExport): Promise<PackageSignature> {
  if (!prepared.keys) throw new DomainError('exchange_no_keys', exchangeRepoMessages.unsignedExport)
  return signPackage(prepared.package, prepared.keys)
}

/** "Gửi lên" as a whole: the key pair made if needed, the package prepared, then signed. */
export async function exportSignedPackage(
  db: CapdoDatabase,
  at: string = nowIso(),
): Promise<{ package: ExchangePackage; signature: PackageSignature }> {
  await ensureOfficeKeys(db)
  const prepared = await prepareExchangeExport(db, at)
  return { package: prepared.package, signature: await signExport(prepared) }
}

// --- "Nhận dữ liệu" -------------------------------------------------------------------------

function displayName(data: Record<string, unknown>, id: string): string {
  const name =
    typeof data.name === 'string' && data.name ? data.name : typeof data.date === 'string' ? data.date : id
  return name.length > 80 ? `${name.slice(0, 80)}…` : name
}

const SCHEMAS = { unit: unitSchema, system: systemSchema, assessment: assessmentSchema } as const

/** What a field must hold, where "không hợp lệ" alone would leave the officer guessing. */
const EXPECTED: Readonly<Record<string, string>> = {
  level: 'cấp độ từ 1 đến 5, hoặc để trống',
  name: 'tên không để trống',
  createdAt: 'thời điểm có thật',
  updatedAt: 'thời điểm có thật',
}

/** A value as the message shows it: short, quoted when text, "(trống)" when missing. */
function shownValue(value: unknown): string {
  if (value === undefined || value === null) return '(trống)'
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

function valueAt(record: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = record
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[step]
  }
  return value
}

/** The problem in words: the field by its Vietnamese name and the value the file holds for it. */
function recordProblem(record: Record<string, unknown>, path: readonly PropertyKey[], unknownKeys: string[]) {
  if (unknownKeys.length > 0) {
    return `có trường không được phép "${unknownKeys.slice(0, 3).join('", "').slice(0, 120)}"`
  }
  const field = String(path[0] ?? '')
  const expected = EXPECTED[field] ? ` (phải là ${EXPECTED[field]})` : ''
  const value = shownValue(valueAt(record, path))
  if (path.length > 1) {
    // Inside a structured field (a checklist, the level justification): say which part.
    const part = path.slice(1).map(String).join('.').slice(0, 60)
    return `có trường "${fieldLabel(field)}" không hợp lệ (phần "${part}" mang giá trị ${value})`
  }
  return `có trường "${fieldLabel(field)}" mang giá trị ${value} không hợp lệ${expected}`
}

/** A record as it may be stored: refused with a Vietnamese message naming it, the field and the value. */
function checkedRecord(
  entity: ExchangeEntity,
  record: Record<string, unknown>,
): Unit | SystemRecord | Assessment {
  const result = SCHEMAS[entity].safeParse(record)
  // The store's schema takes any short stamp; a file's must name a real instant (domain/instant.ts).
  const badStamp = (['createdAt', 'updatedAt'] as const).find((f) => !isIsoInstant(record[f]))
  if (result.success && !badStamp) return result.data
  const issue = result.success ? undefined : result.error.issues[0]
  const path: PropertyKey[] = issue ? [...issue.path] : [badStamp ?? '']
  const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys : []
  throw new DomainError(
    'exchange_bad_record',
    exchangeRepoMessages.badRecord(
      entity,
      displayName(record, String(record.id)),
      recordProblem(record, path, unknownKeys),
    ),
    { entity, id: String(record.id), path: path.map(String).join('.') },
  )
}

/**
 * Every record of a package checked against the store's record schemas, before the preview: a
 * file from another program (or a hostile one) is refused whole, never half taken.
 */
export function checkPackageRecords(pkg: ExchangePackage): void {
  for (const r of pkg.records) {
    const record = { ...r.data, id: r.id, updatedAt: r.updatedAt }
    const checked = checkedRecord(r.entity, r.entity === 'system' ? { ...record, revision: 1 } : record)
    if (r.entity === 'system') {
      const system = checked as SystemRecord
      assertIncomingDates(system, displayName(record, r.id), r.id)
    }
  }
}

/** A merge plan with what the preview says about the sender's signature (domain/exchange/trust.ts). */
export type ExchangePreview = MergePlan & { trust: Trust }

export interface PlanOptions {
  /** The signature the file carries; null or absent: an unsigned file. */
  signature?: PackageSignature | null
  /** The fingerprint of a new key of the sender a person has just accepted. */
  acceptKey?: string
}

/**
 * The preview: the package's signature checked, then the package compared with the store, read
 * in one transaction. Writes nothing. A file whose signature fails, or whose sender's key is not
 * the one pinned here, is refused before any comparison.
 */
export async function planExchangeImport(
  db: CapdoDatabase,
  pkg: ExchangePackage,
  at: string = nowIso(),
  options: PlanOptions = {},
): Promise<ExchangePreview> {
  checkPackageRecords(pkg)
  const checked = await checkSignature(pkg, options.signature ?? null)
  const office = await ensureOffice(db)
  return db.transaction('r', exchangeTables(db), async () => {
    const [content, ledger, pins] = await Promise.all([readContent(db), readLedger(db, office), readPins(db)])
    const plan = planMerge(content, ledger, office, pkg, at)
    const trust = judgeTrust(pins, pkg.office, checked, options.acceptKey)
    // A file whose records point at nothing, or that deletes what ours still point at, is refused
    // here, before the person spends time on its conflicts (domain/exchange/references.ts).
    const outcomes = previewOutcomes(content, plan)
    assertPlanKeepsReferences(content, plan, outcomes)
    // So is a file that changes an approved level without a new decision, whatever is decided.
    assertApprovedLevelsKept(content, outcomes)
    return { ...plan, trust }
  })
}

export interface AppliedExchange {
  created: number
  updated: number
  deleted: number
  /** History entries written (one per record changed). */
  history: number
}

function toHistory(entry: MergeHistoryEntry): HistoryDraft {
  return {
    entity: entry.entity,
    entityId: entry.entityId,
    systemId: entry.systemId,
    action: entry.action,
    changes: entry.changes,
    at: entry.at,
    by: entry.origin.name,
    note: exchangeRepoMessages.historyNote(entry.via.name, entry.resolvedConflict),
  }
}

/**
 * Whether taking the plan in (with these decisions) would change any record. A file taken in
 * already only moves the ledger: the automatic backup before a merge is skipped then, so that
 * receiving it again does not push older restore points out of the kept list.
 */
export async function exchangeWouldWrite(
  db: CapdoDatabase,
  plan: MergePlan,
  resolutions: Resolutions,
): Promise<boolean> {
  const content = await db.transaction('r', exchangeTables(db), () => readContent(db))
  const { writes } = applyMerge(content, plan, resolutions)
  return writes.put.length + writes.delete.length > 0
}

/**
 * Pins the sender's key when the file is taken in (its first signed file, or a new key a person
 * accepted), inside the merge's write, and records it in history.
 */
async function pinSenderKey(db: CapdoDatabase, plan: MergePlan, trust: Trust, write: Write): Promise<void> {
  const next = pinsAfter(await readPins(db), plan.sender, trust, plan.at)
  if (!next || (trust.kind !== 'first' && trust.kind !== 'replaced')) return
  await db.exchange.put({ key: 'pins', value: next })
  const replaced = trust.kind === 'replaced'
  write.record({
    entity: 'settings',
    entityId: `exchange-key:${plan.sender.id}`,
    systemId: null,
    action: replaced ? 'update' : 'create',
    changes: [{ field: 'exchangeKey', from: replaced ? trust.previous : null, to: trust.fingerprint }],
    at: plan.at,
    by: plan.self.name,
    note: replaced
      ? exchangeRepoMessages.keyReplaced(plan.sender.name, trust.previous, trust.fingerprint)
      : exchangeRepoMessages.keyPinned(plan.sender.name, trust.fingerprint),
  })
}

/**
 * Applies a previewed plan with the person's decisions: every put and delete, the ledger and the
 * history, in one transaction. Refused (nothing written) if a conflict is undecided or the store
 * changed since the preview. A file already taken in writes nothing at all.
 */
export async function applyExchangeImport(
  db: CapdoDatabase,
  plan: MergePlan & { trust?: Trust },
  resolutions: Resolutions,
): Promise<AppliedExchange> {
  // Every entry names its own author and instant: the office the change came from, or this one.
  return writeWithHistory(db, [...exchangeTables(db), ...attachmentTables(db)], {}, async (write) => {
    const content = await readContent(db)
    const previous = await db.exchange.get('ledger')
    const result = applyMerge(content, plan, resolutions)
    // The decisions may delete a unit something still belongs to: refused before any write.
    assertReferencesKept(content, [result.content])
    assertApprovedLevelsKept(content, [result.content])
    const ledger = result.ledger
    const outcome: AppliedExchange = { created: 0, updated: 0, deleted: 0, history: result.history.length }

    // Batched: one bulk read and one bulk write per table, so a 3,000-system merge is not 6,000
    // IndexedDB round trips inside the transaction (it took 12 s record by record).
    const existing = new Set([...content.unit, ...content.system, ...content.assessment].map((r) => r.id))
    const systemPuts = result.writes.put.filter((w) => w.entity === 'system')
    const storedSystems = await db.systems.bulkGet(systemPuts.map((w) => w.record.id))
    const storedRevision = new Map(storedSystems.flatMap((s) => (s ? [[s.id, s.revision] as const] : [])))
    const storedById = new Map(storedSystems.flatMap((s) => (s ? [[s.id, s] as const] : [])))
    const puts = { unit: [] as Unit[], system: [] as SystemRecord[], assessment: [] as Assessment[] }
    for (const { entity, record } of result.writes.put) {
      const key = recordKey(entity, record.id)
      if (existing.has(record.id)) outcome.updated += 1
      else outcome.created += 1
      const { revision: _hash, ...fields } = record as unknown as Record<string, unknown>
      if (entity === 'system') {
        const revision = (storedRevision.get(record.id) ?? 0) + 1
        const system = checkedRecord('system', { ...fields, revision }) as SystemRecord
        // Fields chosen from both sides must still give dates in order (domain/exchange/dates.ts).
        assertMergedDates(
          storedById.get(system.id) ?? null,
          system,
          displayName(fields, system.id),
          system.id,
        )
        puts.system.push(system)
      } else if (entity === 'unit') {
        puts.unit.push(checkedRecord(entity, fields) as Unit)
      } else {
        puts.assessment.push(checkedRecord(entity, fields) as Assessment)
      }
      // The mark notes the counter the next read will compute: the hash of what was stored.
      ledger.marks[key] = { ...ledger.marks[key], localRevision: exchangeRevision(fields) }
    }
    await db.units.bulkPut(puts.unit)
    await db.systems.bulkPut(puts.system)
    await db.assessments.bulkPut(puts.assessment)

    const deletes = { unit: [] as string[], system: [] as string[], assessment: [] as string[] }
    for (const { entity, id } of result.writes.delete) deletes[entity].push(id)
    outcome.deleted = result.writes.delete.length
    await db.units.bulkDelete(deletes.unit)
    await db.systems.bulkDelete(deletes.system)
    await db.assessments.bulkDelete(deletes.assessment)
    // Files stay on the machine that holds them; a record deleted elsewhere takes its files too.
    for (const id of deletes.system) await deleteAttachmentsOf(db, { kind: 'system', id }, write)
    for (const id of deletes.assessment) await deleteAttachmentsOf(db, { kind: 'assessment', id }, write)
    for (const entry of result.history) write.record(toHistory(entry))
    if (plan.trust) await pinSenderKey(db, plan, plan.trust, write)
    // A file already taken in changes nothing, not even the ledger row.
    const before = previous?.key === 'ledger' ? canonicalJson(previous.value) : null
    if (canonicalJson(ledger) !== before) await db.exchange.put({ key: 'ledger', value: ledger })
    return outcome
  })
}
