/**
 * What importing an inventory would do to the register, before anything is written: which rows
 * add a system, which update one (and which fields change), which change nothing, and which unit
 * names the register does not know yet (the preview offers to create them). A row matches by the
 * file's id when it carries one, else by unit + system name folded, else by unit + a name the
 * system had before (`formerNames`, from its history: a file older than a rename). Only the fields the file has
 * a column for are compared: a missing column is "unknown", never "emptied". A row that would change
 * an approved system's level without a new approval decision keeps the approved level (the rule of
 * domain/approved-level.ts): its level change is left out and listed with the reason. So is a row
 * that would erase the approval itself (blank decision cells, "Chưa xây dựng") without a new one.
 */
import { canChangeLevel, decisionText, holdsApproval, isNewDecision } from '../approved-level'
import { sameValue } from '../exchange/values'
import { foldKey } from '../text'
import type { Assessment, Level, SystemRecord, Unit } from '../types'
import type { InventoryField } from './columns'
import { systemIdOf } from './to-register'
import type { InventoryRecord, InventoryRow } from './types'
import { assignBlocks, type BlockAssignment, type KnownUnit } from './unit-blocks'

export interface ExistingRegister {
  units: readonly Unit[]
  systems: readonly SystemRecord[]
  /** When given, a last-assessment date the register lacks counts as a change. */
  assessments?: Iterable<Pick<Assessment, 'systemId' | 'date'>>
  /**
   * Names each system had before (from its history), by system id: a row without an id matches a
   * system of its unit by any of them when no system has that name now (a renamed system).
   */
  formerNames?: ReadonlyMap<string, readonly string[]>
  /** The province's unit list the officer gave: the blocks of units the file gives none (unit-blocks.ts). */
  knownUnits?: readonly KnownUnit[]
}

/** A changed field: a system record's property, or `unit` (names) or `lastAssessedOn` (a new assessment). */
export interface ImportChange {
  field: keyof SystemRecord | 'unit' | 'lastAssessedOn'
  from: unknown
  to: unknown
}

export interface PlannedRow {
  row: InventoryRow
  /** The system the row adds or matches. */
  systemId: string
  /** Set when the row matched by a name the system had before: the name it has now. */
  currentName?: string
}

export interface PlannedUpdate extends PlannedRow {
  changes: ImportChange[]
}

/** A row whose level is not applied: it would change an approved level without a new decision. */
export interface HeldLevel {
  excelRow: number
  systemId: string
  name: string
  /** The approved level, kept. */
  level: Level | null
  /** The level the file gives, not applied. */
  fileLevel: Level | null
  /** Why, in Vietnamese: the approved level, its decision, and what to do. */
  message: string
}

export interface ImportPlan {
  add: PlannedRow[]
  update: PlannedUpdate[]
  unchanged: PlannedRow[]
  /** Unit names (as first written in the file) that no unit of the register has. */
  newUnits: string[]
  /** Rows (listed also under update or unchanged) whose level change is held back, in file order. */
  levelHeld: HeldLevel[]
  /** The blocks of the new units and of the register's units without one, and where each comes from. */
  blocks: BlockAssignment[]
}

/** Inventory fields whose value is copied as is onto the system record property of the same name. */
const PLAIN_FIELDS = [
  'name',
  'owner',
  'level',
  'systemType',
  'informationTypes',
  'submittedOn',
  'appraisedOn',
  'decisionNo',
  'approvedOn',
  'approvalIssuer',
  'securityRulesNo',
  'securityRulesOn',
  'securityRulesIssuer',
  'expectedApprovalOn',
  'expectedDeploymentOn',
  'commissionedOn',
  'investmentStartedOn',
  'description',
  'notes',
] as const satisfies readonly (InventoryField & keyof SystemRecord & keyof InventoryRecord)[]

function changesOf(
  record: InventoryRecord,
  present: ReadonlySet<InventoryField>,
  system: SystemRecord,
  unitName: string | undefined,
  assessedOn: ReadonlySet<string> | null,
): ImportChange[] {
  const changes: ImportChange[] = []
  const compare = (field: ImportChange['field'], from: unknown, to: unknown): void => {
    if (!sameValue(from, to)) changes.push({ field, from, to })
  }
  if (present.has('unit') && foldKey(unitName ?? '') !== foldKey(record.unit)) {
    changes.push({ field: 'unit', from: unitName ?? '', to: record.unit })
  }
  // `?? null`: a record stored before a field existed lacks it, which is the field's null.
  for (const field of PLAIN_FIELDS)
    if (present.has(field)) compare(field, system[field] ?? null, record[field])
  // An empty status is read from the approval date, so either column speaks for the state.
  if (present.has('status') || present.has('approvedOn'))
    compare('dossierState', system.dossierState, record.dossierState)
  if (present.has('deployedOn')) {
    compare('deploymentState', system.deploymentState, record.deploymentState)
    // "Đã triển khai" without a date keeps the date the register knows.
    if (record.deployedOn !== null) compare('deployedOn', system.deployedOn, record.deployedOn)
  }
  if (present.has('lastAssessedOn') && assessedOn && record.lastAssessedOn !== null) {
    if (!assessedOn.has(record.lastAssessedOn))
      changes.push({ field: 'lastAssessedOn', from: null, to: record.lastAssessedOn })
  }
  return changes
}

/** The level change of a row, when the approved-level rule refuses it; else null. */
function heldLevel(system: SystemRecord, changes: readonly ImportChange[]): Omit<HeldLevel, 'excelRow'> | null {
  const level = changes.find((c) => c.field === 'level')
  if (!level) return null
  const verdict = canChangeLevel(system, applied(system, changes), system.name)
  if (verdict.ok) return null
  return {
    systemId: system.id,
    name: system.name,
    level: system.level,
    fileLevel: level.to as Level | null,
    message: verdict.message,
  }
}

/** The system as the row's changes would leave it. */
function applied(system: SystemRecord, changes: readonly ImportChange[]): SystemRecord {
  const after = { ...system }
  for (const c of changes) if (c.field in after) (after as Record<string, unknown>)[c.field] = c.to
  return after
}

// States that would end the approval in force (docs/domain.md §3: it stays until a new decision).
const LEAVES_APPROVAL: ReadonlySet<string> = new Set(['not_started', 'drafting'])

/**
 * The changes of a row that would erase an approval in force without recording a new decision:
 * blank decision cells, another decision date or number that is not a new decision, a status of a
 * dossier not yet made. Such a file is older than the approval or was left unfilled; the recorded
 * decision stays (an import is not how an approval is withdrawn).
 */
function erasedApproval(system: SystemRecord, changes: readonly ImportChange[]): ImportChange[] {
  if (!holdsApproval(system) || isNewDecision(system, applied(system, changes))) return []
  return changes.filter(
    (c) =>
      c.field === 'decisionNo' ||
      c.field === 'approvedOn' ||
      (c.field === 'dossierState' && LEAVES_APPROVAL.has(String(c.to))),
  )
}

const approvalKeptMessage = (system: SystemRecord): string =>
  `Hệ thống "${system.name}" đã được phê duyệt theo ${decisionText(system)}; dòng này để trống hoặc ghi khác ` +
  'số, ngày quyết định hay tình trạng hồ sơ mà không ghi một quyết định mới, nên CapDo giữ nguyên quyết định ' +
  'đã ghi. Nếu có quyết định phê duyệt mới, hãy ghi số và ngày của quyết định đó vào tệp rồi nhập lại.'

const nameKey = (unitName: string, systemName: string): string =>
  `${foldKey(unitName)}\u0000${foldKey(systemName)}`

/** Systems by unit + current name folded (the first of a duplicated pair). */
function currentNames(register: ExistingRegister, unitsById: ReadonlyMap<string, Unit>): Map<string, SystemRecord> {
  const byName = new Map<string, SystemRecord>()
  for (const s of register.systems) {
    const key = nameKey(unitsById.get(s.unitId)?.name ?? '', s.name)
    if (!byName.has(key)) byName.set(key, s)
  }
  return byName
}

/**
 * Systems by unit + a former name folded; null where two systems of a unit once had that name
 * (matching either would be a guess).
 */
function formerNames(register: ExistingRegister, unitsById: ReadonlyMap<string, Unit>): Map<string, SystemRecord | null> {
  const byFormer = new Map<string, SystemRecord | null>()
  if (!register.formerNames) return byFormer
  for (const s of register.systems) {
    const unitName = unitsById.get(s.unitId)?.name ?? ''
    const keys = new Set((register.formerNames.get(s.id) ?? []).map((name) => nameKey(unitName, name)))
    keys.delete(nameKey(unitName, s.name))
    for (const key of keys) byFormer.set(key, byFormer.has(key) ? null : s)
  }
  return byFormer
}

/**
 * The units (folded names) of the rows that carry no id and match no system's current name: only
 * their systems' former names can matter, so the store reads only their history.
 */
export function unitsNeedingFormerNames(rows: readonly InventoryRow[], register: ExistingRegister): Set<string> {
  const unitsById = new Map(register.units.map((u) => [u.id, u]))
  const byName = currentNames(register, unitsById)
  const units = new Set<string>()
  for (const { record } of rows) {
    if (record.id === null && !byName.has(nameKey(record.unit, record.name))) units.add(foldKey(record.unit))
  }
  return units
}

export function planImport(rows: readonly InventoryRow[], register: ExistingRegister): ImportPlan {
  const unitsById = new Map(register.units.map((u) => [u.id, u]))
  const knownUnits = new Set(register.units.map((u) => foldKey(u.name)))
  const byId = new Map(register.systems.map((s) => [s.id, s]))
  const byName = currentNames(register, unitsById)
  const byFormer = formerNames(register, unitsById)
  let assessedBySystem: Map<string, Set<string>> | null = null
  if (register.assessments) {
    assessedBySystem = new Map()
    for (const a of register.assessments) {
      const dates = assessedBySystem.get(a.systemId) ?? new Set<string>()
      dates.add(a.date)
      assessedBySystem.set(a.systemId, dates)
    }
  }

  const plan: ImportPlan = {
    add: [],
    update: [],
    unchanged: [],
    newUnits: [],
    levelHeld: [],
    blocks: assignBlocks(rows, register.units, register.knownUnits),
  }
  const newUnitKeys = new Set<string>()
  for (const row of rows) {
    const { record } = row
    const unitKey = foldKey(record.unit)
    if (!knownUnits.has(unitKey) && !newUnitKeys.has(unitKey)) {
      newUnitKeys.add(unitKey)
      plan.newUnits.push(record.unit)
    }
    const key = nameKey(record.unit, record.name)
    const former = record.id === null && !byName.has(key) ? byFormer.get(key) : undefined
    const match = record.id !== null ? byId.get(record.id) : (byName.get(key) ?? former ?? undefined)
    if (!match) {
      plan.add.push({ row, systemId: systemIdOf(record) })
      continue
    }
    const assessed = assessedBySystem ? (assessedBySystem.get(match.id) ?? new Set<string>()) : null
    let changes = changesOf(record, new Set(row.present), match, unitsById.get(match.unitId)?.name, assessed)
    // A file older than a rename carries the old name: the rename stands, the rest of the row applies.
    const renamed = former ? { currentName: match.name } : {}
    if (former) changes = changes.filter((c) => c.field !== 'name')
    const held = heldLevel(match, changes)
    if (held !== null) {
      changes = changes.filter((c) => c.field !== 'level')
      plan.levelHeld.push({ ...held, excelRow: row.excelRow })
    }
    const erased = erasedApproval(match, changes)
    if (erased.length > 0) {
      changes = changes.filter((c) => !erased.includes(c))
      // Listed with the held levels (the same rule of §3); a row already listed keeps one entry.
      const listed = plan.levelHeld.find((h) => h.excelRow === row.excelRow)
      if (listed) listed.message = `${listed.message} ${approvalKeptMessage(match)}`
      else {
        const { id: systemId, name, level } = match
        const message = approvalKeptMessage(match)
        plan.levelHeld.push({ excelRow: row.excelRow, systemId, name, level, fileLevel: level, message })
      }
    }
    if (changes.length > 0) plan.update.push({ row, systemId: match.id, ...renamed, changes })
    else plan.unchanged.push({ row, systemId: match.id, ...renamed })
  }
  return plan
}
