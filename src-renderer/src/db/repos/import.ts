/**
 * Writing an inventory import (docs/domain.md §5) into the register: one read-write transaction that
 * creates the units the user chose, adds the new systems, changes the fields that differ on the
 * matched ones and records each last-assessment date the register lacks, every record with its
 * history entry (action 'import', by "Nhập Excel: <file name>"). If anything throws, nothing is
 * written. The plan the user confirmed is checked against the register inside the transaction:
 * when the register changed since the preview, the import is refused rather than guessed.
 */
import { assertLevelChange } from '../../domain/approved-level'
import type { IsoDate } from '../../domain/calendar-date'
import { keptDeployedOn } from '../../domain/deployment-rule'
import { DomainError } from '../../domain/errors'
import {
  planImport,
  unitsNeedingFormerNames,
  type ExistingRegister,
  type ImportPlan,
  type PlannedRow,
} from '../../domain/inventory/plan-import'
import { lastAssessmentOf, recordToSystem } from '../../domain/inventory/to-register'
import type { InventoryRecord, InventoryRow } from '../../domain/inventory/types'
import type { BlockAssignment, KnownUnit } from '../../domain/inventory/unit-blocks'
import { foldKey } from '../../domain/text'
import type { Assessment, DeploymentState, SystemRecord, Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { cleanText, requireName } from '../validate'
import { createdFields, diffFields, newId } from './changes'
import { loadRegister, type StoredRegister } from './read-register'
import { ASSESSMENT_FIELDS } from './assessments'
import { SYSTEM_FIELDS, cleanSystemFields, systemFieldsOf, type SystemFields } from './system-fields'
import { UNIT_FIELDS } from './units'
import { writeWithHistory } from './write'

export interface ApplyImportOptions {
  /** The file's name, as the user picked it: the history says "Nhập Excel: <file name>". */
  fileName: string
  /** Which of the plan's new unit names to create; rows of the other new units are skipped. */
  createUnits: readonly string[]
  /** The province's unit list the preview took blocks from, and its file name (for the history). */
  unitList?: { fileName: string; units: readonly KnownUnit[] }
}

/** A row that could not be imported because its unit is neither in the register nor created. */
export interface SkippedRow {
  excelRow: number
  name: string
  unit: string
}

export interface ImportResult {
  unitsCreated: Unit[]
  /** Ids of the systems added, in file order. */
  added: string[]
  /** Ids of the systems changed (a field, or a new assessment), in file order. */
  updated: string[]
  unchanged: number
  /** Units of the register that had no block and were given one. */
  blocksAssigned: number
  assessmentsAdded: number
  skipped: SkippedRow[]
}

export const importedBy = (fileName: string): string => `Nhập Excel: ${fileName}`


/** The rows a plan was made from, in file order (planImport's order depends on it). */
function rowsOf(plan: ImportPlan): InventoryRow[] {
  return [...plan.add, ...plan.update, ...plan.unchanged]
    .map((p: PlannedRow) => p.row)
    .sort((a, b) => a.excelRow - b.excelRow)
}

/** What a plan would do, as comparable text: which rows add, update (and how) or change nothing. */
function signature(plan: ImportPlan): string {
  return JSON.stringify([
    plan.add.map((p) => p.row.excelRow),
    plan.update.map((p) => [p.row.excelRow, p.systemId, p.changes]),
    plan.unchanged.map((p) => [p.row.excelRow, p.systemId]),
    plan.newUnits.map(foldKey),
    plan.blocks.map((b) => [b.key, b.unitId ?? null, b.block]),
  ])
}

function skippedRow(record: InventoryRecord, excelRow: number): SkippedRow {
  return { excelRow, name: record.name, unit: record.unit }
}

/**
 * The names the systems of some units (folded names) had before, from their history: every value
 * a change of a system's name held. A file older than a rename still finds its system by them.
 */
export async function loadFormerNames(
  db: CapdoDatabase,
  register: StoredRegister,
  unitKeys: ReadonlySet<string>,
): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>()
  if (unitKeys.size === 0) return names
  const unitIds = new Set(register.units.filter((u) => unitKeys.has(foldKey(u.name))).map((u) => u.id))
  const ids = register.systems.filter((s) => unitIds.has(s.unitId)).map((s) => s.id)
  if (ids.length === 0) return names
  await db.history
    .where('systemId')
    .anyOf(ids)
    .each((entry) => {
      if (entry.entity !== 'system' || entry.systemId === null) return
      for (const change of entry.changes) {
        if (change.field !== 'name') continue
        for (const value of [change.from, change.to]) {
          if (typeof value !== 'string' || value === '') continue
          const known = names.get(entry.systemId) ?? []
          if (!known.includes(value)) names.set(entry.systemId, [...known, value])
        }
      }
    })
  return names
}

/** The register an import plans against: its records, and the former names the rows may need. */
export function loadImportRegister(
  db: CapdoDatabase,
  rows: readonly InventoryRow[],
): Promise<ExistingRegister> {
  return db.transaction('r', [db.units, db.systems, db.assessments, db.history], async () => {
    const register = await loadRegister(db)
    const formerNames = await loadFormerNames(db, register, unitsNeedingFormerNames(rows, register))
    return { ...register, formerNames }
  })
}

/**
 * Applies a plan made by planImport against this register. Returns what was written.
 * @throws DomainError `import_stale` when the register no longer gives the same plan.
 */
export async function applyImport(
  db: CapdoDatabase,
  plan: ImportPlan,
  options: ApplyImportOptions,
): Promise<ImportResult> {
  const by = importedBy(options.fileName)
  const chosenUnits = new Set(options.createUnits.map(foldKey))
  return writeWithHistory(db, [db.units, db.systems, db.assessments], { by }, async (write) => {
    const { at } = write
    const register = {
      ...(await loadImportRegister(db, rowsOf(plan))),
      knownUnits: options.unitList?.units,
    }
    const current = planImport(rowsOf(plan), register)
    if (signature(current) !== signature(plan)) {
      throw new DomainError(
        'import_stale',
        'Sổ theo dõi đã thay đổi từ lúc xem trước (có thể do một cửa sổ khác). ' +
          'Hãy xem lại bản xem trước rồi bấm nhập lại.',
      )
    }
    const result: ImportResult = {
      unitsCreated: [],
      added: [],
      updated: [],
      unchanged: current.unchanged.length,
      blocksAssigned: 0,
      assessmentsAdded: 0,
      skipped: [],
    }

    // Units: the register's, then the new ones chosen, each with the block the plan found for it.
    const unitIdByKey = new Map(register.units.map((u) => [foldKey(u.name), u.id]))
    const blockOf = new Map(current.blocks.map((b) => [b.key, b]))
    const blockNote = (assignment: BlockAssignment | undefined): string =>
      assignment?.source?.kind === 'column'
        ? `Khối lấy từ cột Khối của tệp, dòng ${assignment.source.row}.`
        : assignment?.source?.kind === 'list'
          ? `Khối lấy từ danh sách đơn vị “${options.unitList?.fileName ?? ''}”.`
          : ''
    for (const name of current.newUnits) {
      const key = foldKey(name)
      if (!chosenUnits.has(key)) continue
      const block = blockOf.get(key)?.block ?? ''
      const unit: Unit = {
        id: newId(),
        name: requireName(name, 'Cần nhập tên đơn vị.'),
        block: cleanText(block, 'block'),
        parentId: null,
        createdAt: at,
        updatedAt: at,
      }
      unitIdByKey.set(key, unit.id)
      result.unitsCreated.push(unit)
      write.record({
      entity: 'unit',
      entityId: unit.id,
      systemId: null,
      action: 'import',
      changes: createdFields(unit, UNIT_FIELDS),
      note: blockNote(blockOf.get(key)),
      })
    }

    // The register's units without a block get the one the file or the unit list gives.
    const unitsGivenBlock: Unit[] = []
    const unitsById = new Map(register.units.map((u) => [u.id, u]))
    for (const assignment of current.blocks) {
      const before = assignment.unitId === undefined ? undefined : unitsById.get(assignment.unitId)
      if (!before || before.block !== '' || assignment.block === '') continue
      const after: Unit = { ...before, block: cleanText(assignment.block, 'block'), updatedAt: at }
      unitsGivenBlock.push(after)
      write.record({
      entity: 'unit',
      entityId: after.id,
      systemId: null,
      action: 'import',
      changes: [{ field: 'block', from: before.block, to: after.block }],
      note: blockNote(assignment),
      })
    }
    result.blocksAssigned = unitsGivenBlock.length

    const assessments: Assessment[] = []
    const addAssessment = (systemId: string, record: InventoryRecord, excelRow: number): void => {
      const found = lastAssessmentOf(systemId, record, at)
      if (!found) return
      const assessment: Assessment = { ...found, id: newId() }
      assessments.push(assessment)
      write.record({
      entity: 'assessment',
      entityId: assessment.id,
      systemId,
      action: 'import',
      changes: createdFields(assessment, ASSESSMENT_FIELDS),
      note: `Lần kiểm tra, đánh giá gần nhất ghi ở dòng ${excelRow}.`,
      })
    }

    const added: SystemRecord[] = []
    for (const { row } of current.add) {
      const unitId = unitIdByKey.get(foldKey(row.record.unit))
      if (unitId === undefined) {
        result.skipped.push(skippedRow(row.record, row.excelRow))
        continue
      }
      // The file's own id (CapDo exports carry one) keeps a system's identity across offices.
      const id = row.record.id ?? newId()
      const fields = cleanSystemFields(systemFieldsOf(recordToSystem(row.record, { id, unitId }, at)))
      const system: SystemRecord = { id, ...fields, createdAt: at, updatedAt: at, revision: 1 }
      added.push(system)
      result.added.push(id)
      write.record({
      entity: 'system',
      entityId: id,
      systemId: id,
      action: 'import',
      changes: createdFields(system, SYSTEM_FIELDS),
      note: `Thêm mới từ dòng ${row.excelRow}.`,
      })
      addAssessment(id, row.record, row.excelRow)
    }

    const systemsById = new Map(register.systems.map((s) => [s.id, s]))
    const changed: SystemRecord[] = []
    for (const { row, systemId, changes, currentName } of current.update) {
      const before = systemsById.get(systemId)
      if (!before)
        throw new DomainError('system_not_found', 'Không tìm thấy hệ thống thông tin cần cập nhật.')
      // Changes name SystemRecord properties; cleanSystemFields checks every value at run time.
      const fields: Record<string, unknown> = { ...systemFieldsOf(before) }
      let newAssessment = false
      let unitMissing = false
      for (const change of changes) {
        if (change.field === 'lastAssessedOn') newAssessment = true
        else if (change.field === 'unit') {
          const unitId = unitIdByKey.get(foldKey(row.record.unit))
          if (unitId === undefined) unitMissing = true
          else fields.unitId = unitId
        } else fields[change.field] = change.to
      }
      if (unitMissing) {
        result.skipped.push(skippedRow(row.record, row.excelRow))
        continue
      }
      // A plan no longer fully deployed has no date of full deployment.
      fields.deployedOn = keptDeployedOn(fields.deploymentState as DeploymentState, fields.deployedOn as IsoDate | null)
      const clean = cleanSystemFields(fields as unknown as SystemFields, systemFieldsOf(before))
      // planImport already held back such a level; the rule is checked again on what is written.
      assertLevelChange(before, clean, before.name)
      const fieldChanges = diffFields(before, { ...before, ...clean }, SYSTEM_FIELDS)
      if (fieldChanges.length === 0 && !newAssessment) {
        result.unchanged++
        continue
      }
      changed.push({ ...before, ...clean, updatedAt: at, revision: before.revision + 1 })
      result.updated.push(systemId)
      if (fieldChanges.length > 0) {
        write.record({
        entity: 'system',
        entityId: systemId,
        systemId,
        action: 'import',
        changes: fieldChanges,
        note:
          currentName === undefined
            ? `Cập nhật từ dòng ${row.excelRow}.`
            : `Cập nhật từ dòng ${row.excelRow} (khớp theo tên cũ “${row.record.name}”).`,
        })
      }
      if (newAssessment) addAssessment(systemId, row.record, row.excelRow)
    }
    result.assessmentsAdded = assessments.length

    await db.units.bulkAdd(result.unitsCreated)
    await db.units.bulkPut(unitsGivenBlock)
    await db.systems.bulkAdd(added)
    await db.systems.bulkPut(changed)
    await db.assessments.bulkAdd(assessments)
    return result
  })
}
