/**
 * Every record of a backup against its table's schema, then what a schema cannot see: ids unique
 * within a table, every system's unit, every unit's parent and every assessment's system present.
 * History is not linked: it keeps entries of records deleted long ago, by design. Every attachment's
 * owner must be present.
 */
import { DomainError } from '../../domain/errors'
import { BACKUP_TABLES, type BackupTables } from './format'
import { backupMessages, TABLE_LABEL } from './messages'
import type { RawTables } from './migrations'
import { RECORD_SCHEMAS } from './record-schemas'

function shown(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}

function parseTable<T extends keyof BackupTables>(name: T, rows: unknown[]): BackupTables[T] {
  const schema = RECORD_SCHEMAS[name]
  return rows.map((row, index) => {
    const result = schema.safeParse(row)
    if (!result.success) {
      const issue = result.error.issues[0]
      const path = issue ? issue.path.map(String).join('.').slice(0, 100) : ''
      throw new DomainError('backup_bad_record', backupMessages.badRecord(TABLE_LABEL[name], index, path), {
        table: name,
        index,
        path,
      })
    }
    return result.data
  }) as BackupTables[T]
}

function requireUnique(name: keyof BackupTables, keys: readonly (string | number)[]): Set<string | number> {
  const seen = new Set<string | number>()
  for (const key of keys) {
    if (seen.has(key)) {
      throw new DomainError(
        'backup_duplicate_id',
        backupMessages.duplicateId(TABLE_LABEL[name], shown(String(key))),
        {
          table: name,
        },
      )
    }
    seen.add(key)
  }
  return seen
}

export function checkRecords(raw: RawTables): BackupTables {
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, parseTable(name, raw[name])]),
  ) as unknown as BackupTables

  const unitIds = requireUnique(
    'units',
    tables.units.map((u) => u.id),
  )
  const systemIds = requireUnique(
    'systems',
    tables.systems.map((s) => s.id),
  )
  const assessmentIds = requireUnique(
    'assessments',
    tables.assessments.map((a) => a.id),
  )
  requireUnique(
    'history',
    tables.history.map((h) => h.id ?? 0),
  )
  requireUnique(
    'settings',
    tables.settings.map((s) => s.key),
  )
  requireUnique(
    'exchange',
    tables.exchange.map((row) => row.key),
  )
  requireUnique(
    'attachments',
    tables.attachments.map((a) => a.id),
  )
  requireUnique(
    'rounds',
    tables.rounds.map((r) => r.id),
  )

  for (const unit of tables.units) {
    if (unit.parentId !== null && !unitIds.has(unit.parentId)) {
      throw new DomainError('backup_dangling_reference', backupMessages.danglingParent(shown(unit.name)))
    }
  }
  for (const system of tables.systems) {
    if (!unitIds.has(system.unitId)) {
      throw new DomainError('backup_dangling_reference', backupMessages.danglingUnit(shown(system.name)))
    }
  }
  for (const assessment of tables.assessments) {
    if (!systemIds.has(assessment.systemId)) {
      throw new DomainError('backup_dangling_reference', backupMessages.danglingSystem(shown(assessment.id)))
    }
  }
  const systemOfAssessment = new Map(tables.assessments.map((a) => [a.id, a.systemId]))
  for (const file of tables.attachments) {
    // The owner exists, and the file's system is the owner's: a system's deletion must find it.
    const owned =
      file.ownerKind === 'system'
        ? systemIds.has(file.ownerId) && file.systemId === file.ownerId
        : assessmentIds.has(file.ownerId) && systemOfAssessment.get(file.ownerId) === file.systemId
    if (!owned) {
      throw new DomainError('backup_dangling_reference', backupMessages.danglingAttachment(shown(file.name)))
    }
  }
  return tables
}
