import { gunzipSync } from 'fflate'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '../../domain/errors'
import type { CapdoDatabase } from '../database'
import { createSystem } from '../repos/systems'
import { createUnit, deleteUnit, listUnits } from '../repos/units'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { documentChecksum, tablesChecksum } from './checksum'
import { buildBackupDocument, createBackup, encodeBackup, readAllTables } from './create-backup'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './format'
import { migrateTables } from './migrations'
import { parseBackup } from './parse-backup'
import { restoreBackup } from './restore-backup'
import { seedStore, snapshotStore } from '../test-support/backup-store'

let db: CapdoDatabase
let other: CapdoDatabase

beforeEach(async () => {
  db = freshDatabase()
  other = freshDatabase()
  await seedStore(db)
})

afterEach(async () => {
  await db.delete()
  await other.delete()
})

/** The history minus the restore's own entry, whose time is the moment of the restore. */
function withoutRestoreTime(tables: Awaited<ReturnType<typeof snapshotStore>>) {
  return { ...tables, history: tables.history.map((h) => (h.entityId === 'backup' ? { ...h, at: '' } : h)) }
}

describe('createBackup', () => {
  it('writes a gzip JSON document with the schema version, the counts, every table and a SHA-256 checksum', async () => {
    const bytes = await createBackup(db, { appVersion: '0.1.0', now: () => new Date('2026-11-22T03:00:00Z') })
    const doc = JSON.parse(new TextDecoder().decode(gunzipSync(bytes))) as Record<string, unknown>
    const tables = await readAllTables(db)
    expect(doc).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-22T03:00:00.000Z',
      appVersion: '0.1.0',
      counts: {
        units: tables.units.length,
        systems: 24,
        assessments: tables.assessments.length,
        history: tables.history.length,
        settings: 3,
      },
    })
    expect(doc.tables).toEqual(tables)
    expect(doc.checksum).toMatch(/^[0-9a-f]{64}$/)
    // Format 2: the checksum covers the header too, not the tables alone.
    expect(doc.checksum).toBe(await documentChecksum(doc))
    expect(doc.checksum).not.toBe(await tablesChecksum(tables))
  })

  it('reads every table in one transaction', async () => {
    const seen = new Set<unknown>()
    for (const table of db.tables) table.hook('reading', (obj) => (seen.add(Dexie.currentTransaction), obj))
    await createBackup(db)
    expect(seen.size).toBe(1)
    expect([...seen][0]).not.toBeNull()
  })

  it('gives the same checksum whatever order a record’s fields were written in', async () => {
    expect(await tablesChecksum({ a: [{ x: 1, y: 'b' }] })).toBe(
      await tablesChecksum({ a: [{ y: 'b', x: 1 }] }),
    )
    expect(await tablesChecksum({ a: [{ x: 1 }] })).not.toBe(await tablesChecksum({ a: [{ x: 2 }] }))
  })
})

describe('parseBackup', () => {
  it('reads back exactly the tables that were backed up', async () => {
    const doc = await parseBackup(await createBackup(db))
    expect(doc.tables).toEqual(await readAllTables(db))
  })
})

describe('restoreBackup', () => {
  it('puts every record of the backup into another store, and records the restore in history', async () => {
    const bytes = await createBackup(db)
    await createSystem(other, { name: 'Hệ thống sẽ bị thay thế', unitId: (await seedUnit(other)).id })
    const result = await restoreBackup(other, bytes, { by: 'Nguyễn Văn An' })

    const before = await snapshotStore(db)
    const after = await snapshotStore(other)
    expect(after.units).toEqual(before.units)
    expect(after.systems).toEqual(before.systems)
    expect(after.assessments).toEqual(before.assessments)
    expect(after.settings).toEqual(before.settings)
    expect(after.history.slice(0, -1)).toEqual(before.history)
    expect(after.history.at(-1)).toMatchObject({
      entity: 'settings',
      entityId: 'backup',
      by: 'Nguyễn Văn An',
    })
    expect(result.counts).toEqual({
      units: before.units.length,
      systems: 24,
      assessments: before.assessments.length,
      history: before.history.length + 1,
      settings: 3,
      exchange: 0,
      attachments: 0,
      rounds: 0,
    })
  })

  it('hands back a safety backup of the data it replaced', async () => {
    const unit = await seedUnit(other)
    await createSystem(other, { name: 'Cổng dịch vụ công của xã', unitId: unit.id, level: 2 })
    const before = await snapshotStore(other)
    const { safetyBackup } = await restoreBackup(other, await createBackup(db))

    const safety = await parseBackup(safetyBackup)
    expect(safety.tables.systems.map((s) => s.name)).toEqual(['Cổng dịch vụ công của xã'])
    // Restoring the safety copy brings the old store back.
    await restoreBackup(other, safetyBackup)
    const back = await snapshotStore(other)
    expect(back.systems).toEqual(before.systems)
    expect(back.units).toEqual(before.units)
  })

  it('restoring the same backup twice leaves exactly the same content, never duplicates', async () => {
    const bytes = await createBackup(db)
    await restoreBackup(other, bytes)
    const once = await snapshotStore(other)
    await restoreBackup(other, bytes)
    const twice = await snapshotStore(other)
    expect(withoutRestoreTime(twice)).toEqual(withoutRestoreTime(once))
    expect(twice.systems).toHaveLength(24)
  })

  it('restores into the same store after a change, bringing the deleted unit back', async () => {
    const bytes = await createBackup(db)
    const before = await snapshotStore(db)
    const empty = (await listUnits(db)).find((u) => u.name === 'Trung tâm Giám sát an toàn thông tin mạng')
    await deleteUnit(db, empty?.id ?? '')
    await restoreBackup(db, bytes)
    const after = await snapshotStore(db)
    expect(after.units).toEqual(before.units)
    expect(after.history.slice(0, -1)).toEqual(before.history)
  })

  it('a failure inside the restore transaction leaves the store exactly as before', async () => {
    const bytes = await createBackup(db)
    const unit = await seedUnit(other)
    await createSystem(other, { name: 'Hệ thống quản lý văn bản', unitId: unit.id })
    const before = await snapshotStore(other)
    // The last table written fails: units, systems and assessments were already replaced by then.
    other.settings.hook('creating', () => {
      throw new Error('disk full')
    })
    const watch = watchWrites(other)
    await expect(restoreBackup(other, bytes)).rejects.toThrow('disk full')
    expect(watch.writes.length).toBeGreaterThan(0)
    expect(await snapshotStore(other)).toEqual(before)
  })

  it('refuses an invalid file before touching the store', async () => {
    const before = await snapshotStore(db)
    const watch = watchWrites(db)
    await expect(restoreBackup(db, new TextEncoder().encode('not a backup'))).rejects.toBeInstanceOf(
      DomainError,
    )
    expect(watch.writes).toEqual([])
    expect(await snapshotStore(db)).toEqual(before)
  })
})

describe('backups from an older schema version', () => {
  it('are migrated on the way, step by step, before their records are checked', async () => {
    // A fake app one schema version ahead reading today's file as if written in an older shape:
    // then a system's level was called `capDo` and units had no block.
    const tables = await readAllTables(db)
    const old = {
      ...tables,
      units: tables.units.map(({ block: _block, ...u }) => u),
      systems: tables.systems.map(({ level, ...s }) => ({ ...s, capDo: level })),
    }
    const built = { ...(await buildBackupDocument(tables)), tables: old }
    const doc = { ...built, checksum: await documentChecksum(built) }
    const next = CURRENT_SCHEMA_VERSION + 1
    const toNext = {
      toSchemaVersion: next,
      migrate: (raw: Record<string, unknown[]>) => ({
        ...raw,
        units: raw.units.map((u) => ({ block: '', ...(u as object) })),
        systems: raw.systems.map((s) => {
          const { capDo, ...rest } = s as { capDo: unknown }
          return { ...rest, level: capDo }
        }),
      }),
    }
    const parsed = await parseBackup(encodeBackup(doc), { currentSchemaVersion: next, migrations: [toNext] })
    expect(parsed.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(parsed.tables.systems).toEqual(tables.systems)
    expect(parsed.tables.units.map((u) => u.block)).toEqual(tables.units.map(() => ''))

    // Without the step, the old shape is refused by the record check.
    await expect(parseBackup(encodeBackup(doc))).rejects.toThrow(
      /Bản ghi thứ 1 của bảng "Đơn vị" không hợp lệ/,
    )
  })

  it('are refused when no step leads from their version to the current one', async () => {
    const doc = await buildBackupDocument(await readAllTables(db))
    await expect(
      parseBackup(encodeBackup(doc), { currentSchemaVersion: CURRENT_SCHEMA_VERSION + 2, migrations: [] }),
    ).rejects.toThrow(
      `Không chuyển đổi được tệp sao lưu từ cấu trúc dữ liệu phiên bản ${CURRENT_SCHEMA_VERSION}.`,
    )
  })

  it('apply their steps in version order', () => {
    const order: number[] = []
    const step = (v: number) => ({
      toSchemaVersion: v,
      migrate: (t: Record<string, unknown[]>) => (order.push(v), t),
    })
    migrateTables({}, 1, 4, [step(4), step(2), step(3)])
    expect(order).toEqual([2, 3, 4])
  })
})

function seedUnit(target: CapdoDatabase) {
  return createUnit(target, { name: 'UBND xã An Lão', block: 'Khối xã, phường' })
}
