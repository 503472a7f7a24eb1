/**
 * What one unit's reply would do to the register as it is now (which may have moved since the
 * round began), before anything is written: systems added, changed (field by field), unchanged,
 * removed by the unit, and rows about another unit's systems. It is the import's plan
 * (inventory/plan-import.ts: matching by id then by name, only columns present compared, the
 * approved level and an approval in force kept without a new decision) over the rows that belong
 * to the unit, plus what a reply adds:
 * - a reply only changes its own unit's systems: a row whose id is another unit's system, or whose
 *   unit cell names another unit, is listed under `otherUnit` and never applied;
 * - a system the request listed (the marker's systems) that no row mentions any more is listed under
 *   `removed`, for the officer to decide: a reply never deletes;
 * - an id the register does not know is an error (a new system leaves the id blank);
 * - a change that would put a dossier's dates out of order (domain/dossier-dates.ts), judged on the
 *   system as the change would leave it, is an error of that row, not applied.
 * Applying the reply and diffing it again gives no addition and no change (apply-reply.ts).
 */
import { formatViDate, type IsoDate } from '../calendar-date'
import { keptDeployedOn } from '../deployment-rule'
import { newDateViolations, type DossierDates } from '../dossier-dates'
import {
  planImport,
  type ExistingRegister,
  type HeldLevel,
  type ImportChange,
  type PlannedRow,
  type PlannedUpdate,
} from '../inventory/plan-import'
import { INVENTORY_COLUMNS, type InventoryField } from '../inventory/columns'
import type { CellError, InventoryRow } from '../inventory/types'
import { foldKey } from '../text'
import type { AssessmentKind, DeploymentState, SystemRecord, Unit } from '../types'
import type { MarkedSystem, ReplyMarker } from './marker'
import type { ReplySheet } from './reply-sheet'

export interface ReplyInput {
  /** The rows read without error (reply-sheet.ts). */
  rows: readonly InventoryRow[]
  /** The cells that could not be read. */
  errors: readonly CellError[]
  /** Every id written in the sheet, rows with errors included. */
  presentIds: ReadonlySet<string>
  kinds?: ReadonlyMap<number, AssessmentKind>
  /** The unit the reply is from, and the systems its request listed (from the marker). */
  unit: { unitId: string; unitName: string }
  sentSystems: readonly MarkedSystem[]
  register: ExistingRegister
  /** Today's real date: a change dating something done after it is an error. */
  today?: IsoDate
}

export interface OtherUnitRow {
  excelRow: number
  name: string
  /** The unit the row names, as written. */
  unit: string
  /** The register's system the row is about, when its id is known. */
  systemId: string | null
  /** Why it is not applied, in Vietnamese. */
  reason: string
}

export interface RemovedSystem {
  systemId: string
  name: string
}

export interface ReplyDiff {
  unitId: string
  /** The unit's name in the register now (or the marker's, for a unit the register lacks). */
  unitName: string
  /** Whether the register has the unit: a reply from a unit it lacks adds the unit too. */
  unitKnown: boolean
  added: PlannedRow[]
  changed: PlannedUpdate[]
  unchanged: PlannedRow[]
  removed: RemovedSystem[]
  otherUnit: OtherUnitRow[]
  /** Level or approval changes held back by the approved-level rule (the rows stay listed above). */
  levelHeld: HeldLevel[]
  errors: CellError[]
  kinds: ReadonlyMap<number, AssessmentKind>
}

/** The header the request writes for a field, to name the cell of an error. */
const headerOf = (field: InventoryField): string =>
  INVENTORY_COLUMNS.find((c) => c.field === field)?.header ?? ''

/** The system as a change would leave it (the fields of SystemRecord only). */
export function withChanges(system: SystemRecord, changes: readonly ImportChange[]): SystemRecord {
  const after: Record<string, unknown> = { ...system }
  for (const c of changes) if (c.field in after) after[c.field] = c.to
  // A plan no longer fully deployed has no date of full deployment: the one rule the form and the import keep.
  after.deployedOn = keptDeployedOn(
    after.deploymentState as DeploymentState,
    after.deployedOn as IsoDate | null,
  )
  return after as unknown as SystemRecord
}

function rowError(row: InventoryRow, field: InventoryField, value: string, message: string): CellError {
  return { row: row.excelRow, column: headerOf(field), field, value, message }
}

export function diffReply(input: ReplyInput): ReplyDiff {
  const { register } = input
  const unit: Unit | undefined =
    register.units.find((u) => u.id === input.unit.unitId) ??
    register.units.find((u) => foldKey(u.name) === foldKey(input.unit.unitName))
  const unitName = unit?.name ?? input.unit.unitName
  const unitId = unit?.id ?? input.unit.unitId
  // The unit's name now and the name the request carried both mean the unit.
  const ownNames = new Set([foldKey(unitName), foldKey(input.unit.unitName)])
  const unitsById = new Map(register.units.map((u) => [u.id, u]))
  const byId = new Map(register.systems.map((s) => [s.id, s]))
  const sentIds = new Set(input.sentSystems.map((s) => s.id))

  const diff: ReplyDiff = {
    unitId,
    unitName,
    unitKnown: unit !== undefined,
    added: [],
    changed: [],
    unchanged: [],
    removed: [],
    otherUnit: [],
    levelHeld: [],
    errors: [...input.errors],
    kinds: input.kinds ?? new Map(),
  }

  const own: InventoryRow[] = []
  for (const row of input.rows) {
    const { record } = row
    const known = record.id !== null ? byId.get(record.id) : undefined
    if (record.id !== null && !known) {
      diff.errors.push(
        rowError(
          row,
          'id',
          record.id,
          sentIds.has(record.id)
            ? `Hệ thống "${record.name}" đã bị xóa khỏi sổ theo dõi sau khi gửi phiếu, nên dòng này không được áp dụng`
            : 'Mã hệ thống này không có trong sổ theo dõi. Nếu đây là hệ thống mới, hãy để trống ô "Mã hệ thống"',
        ),
      )
      continue
    }
    if (known && known.unitId !== unitId) {
      const owner = unitsById.get(known.unitId)?.name ?? 'khác'
      diff.otherUnit.push({
        excelRow: row.excelRow,
        name: record.name,
        unit: record.unit,
        systemId: known.id,
        reason:
          `Hệ thống "${known.name}" thuộc đơn vị "${owner}" trong sổ theo dõi; phiếu của "${unitName}" ` +
          'không sửa hệ thống của đơn vị khác. Nếu hệ thống đã chuyển đơn vị, hãy sửa trên hồ sơ hệ thống.',
      })
      continue
    }
    if (!ownNames.has(foldKey(record.unit))) {
      diff.otherUnit.push({
        excelRow: row.excelRow,
        name: record.name,
        unit: record.unit,
        systemId: known?.id ?? null,
        reason:
          `Dòng ghi đơn vị "${record.unit}", không phải "${unitName}" (đơn vị của phiếu): không áp dụng. ` +
          'Hệ thống của đơn vị khác được cập nhật theo phiếu của chính đơn vị đó.',
      })
      continue
    }
    // The row speaks for the unit of the reply: compared under the unit's name in the register now.
    own.push({ ...row, record: { ...record, unit: unitName } })
  }

  const plan = planImport(own, register)
  diff.added = plan.add
  diff.unchanged = plan.unchanged
  diff.levelHeld = plan.levelHeld
  for (const update of plan.update) {
    const before = byId.get(update.systemId)
    if (!before) continue
    const violations = newDateViolations(
      before as DossierDates,
      withChanges(before, update.changes) as DossierDates,
      input.today,
    )
    if (violations.length === 0) {
      diff.changed.push(update)
      continue
    }
    for (const v of violations) {
      const field = v.kind === 'order' ? v.later : v.field
      diff.errors.push(
        rowError(
          update.row,
          field,
          formatViDate(v.kind === 'order' ? v.laterDate : v.date),
          `${v.message} Dòng này không được áp dụng: hãy sửa ngày trong phiếu cho khớp với sổ theo dõi.`,
        ),
      )
    }
  }

  const mentioned = new Set([...input.presentIds, ...own.map((r) => r.record.id).filter((id) => id !== null)])
  for (const p of [...plan.update, ...plan.unchanged]) mentioned.add(p.systemId)
  for (const sent of input.sentSystems) {
    const system = byId.get(sent.id)
    // Deleted or moved to another unit since the request: not the unit's to remove.
    if (!system || system.unitId !== unitId || mentioned.has(system.id)) continue
    diff.removed.push({ systemId: system.id, name: system.name })
  }
  diff.errors.sort((a, b) => a.row - b.row)
  return diff
}

/** How many systems the reply adds or changes (the tracker's count). */
export function replyChangeCount(diff: ReplyDiff): number {
  return diff.added.length + diff.changed.length
}

/** A returned request read from its file: its marker and its data sheet (excel/rounds/read-reply.ts). */
export interface MarkedReply {
  marker: ReplyMarker
  sheet: ReplySheet
}

/** The diff of a reply read from its file, against the register as it is now. */
export function diffMarkedReply(reply: MarkedReply, register: ExistingRegister, today?: IsoDate): ReplyDiff {
  const { marker, sheet } = reply
  return diffReply({
    rows: sheet.parse.rows,
    errors: sheet.parse.errors,
    presentIds: sheet.presentIds,
    kinds: sheet.kinds,
    unit: { unitId: marker.unitId, unitName: marker.unitName },
    sentSystems: marker.systems,
    register,
    today,
  })
}

/**
 * What a diff would write, as comparable text: the rows it adds and changes (and how). The app
 * applies a reply only if the register still gives the diff the officer was shown.
 */
export function diffSignature(diff: ReplyDiff): string {
  return JSON.stringify([
    diff.unitId,
    diff.added.map((a) => [a.row.excelRow, a.systemId]),
    diff.changed.map((c) => [c.row.excelRow, c.systemId, c.changes]),
  ])
}
