import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoApi } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import { createBrowserBackups } from '../../bridge/browser-backups'
import type { CapdoDatabase } from '../database'
import { createUnit } from '../repos/units'
import { freshDatabase } from '../test-support/test-db'
import { dailyBackupIfDue, periodicBackup, takeAutoBackup } from './take-auto-backup'
import { createBackup, readAllTables } from './create-backup'
import { parseBackup } from './parse-backup'
import { restoreBackup } from './restore-backup'
import { seedStore, snapshotStore } from '../test-support/backup-store'

let db: CapdoDatabase
let api: CapdoApi
let clock: Date

beforeEach(async () => {
  db = freshDatabase()
  clock = new Date('2026-11-22T01:00:00Z')
  api = createBrowserApi(
    '0.1.0',
    {} as Document,
    createBrowserBackups(`test-auto-${crypto.randomUUID()}`, () => clock),
  )
})

afterEach(async () => {
  await db.delete()
})

const options = () => ({ keep: 14, appVersion: '0.1.0', now: () => clock })

describe('takeAutoBackup', () => {
  it('stores a full backup of the store, which restores to the same tables', async () => {
    await seedStore(db)
    const entry = await takeAutoBackup(db, api, 'before-import', options())
    expect(entry.reason).toBe('before-import')
    expect(entry.counts).toMatchObject({ systems: 24, settings: 3 })
    const doc = await parseBackup(await api.readAutoBackup({ name: entry.name }))
    expect(doc.tables).toEqual(await readAllTables(db))
  })

  it('stores the file the given builder made (the app builds it in a worker), built with the same options', async () => {
    await seedStore(db)
    const calls: { db: CapdoDatabase; appVersion?: string; createdAt?: string }[] = []
    const entry = await takeAutoBackup(db, api, 'daily', {
      ...options(),
      build: async (built, o) => {
        calls.push({ db: built, appVersion: o.appVersion, createdAt: o.now?.().toISOString() })
        return createBackup(built, o)
      },
    })
    expect(calls).toEqual([{ db, appVersion: '0.1.0', createdAt: clock.toISOString() }])
    const doc = await parseBackup(await api.readAutoBackup({ name: entry.name }))
    expect(doc.tables).toEqual(await readAllTables(db))
  })
})

describe('the daily backup', () => {
  it('is taken at the first start of a day, not at the second, and again the next day', async () => {
    await seedStore(db)
    expect(await dailyBackupIfDue(db, api, options())).toMatchObject({ reason: 'daily' })
    clock = new Date('2026-11-22T09:00:00Z')
    expect(await dailyBackupIfDue(db, api, options())).toBeNull()
    // 17:30 UTC on the 22nd is 00:30 on the 23rd in Vietnam: a new day.
    clock = new Date('2026-11-22T17:30:00Z')
    expect(await dailyBackupIfDue(db, api, options())).toMatchObject({ reason: 'daily' })
    expect((await api.listAutoBackups()).map((e) => e.reason)).toEqual(['daily', 'daily'])
  })

  it('a backup for an import earlier that day does not count as the daily one', async () => {
    await seedStore(db)
    await takeAutoBackup(db, api, 'before-import', options())
    expect(await dailyBackupIfDue(db, api, options())).toMatchObject({ reason: 'daily' })
  })

  it('is skipped while the register is empty, so an emptied store cannot push out real backups', async () => {
    expect(await dailyBackupIfDue(db, api, options())).toBeNull()
    expect(await periodicBackup(db, api, options())).toBeNull()
    expect(await api.listAutoBackups()).toEqual([])
  })
})

describe('the backup before a restore', () => {
  it('is handed the current data before anything is replaced', async () => {
    const other = freshDatabase()
    await seedStore(other)
    const file = await createBackup(other)
    await seedStore(db)
    const before = await snapshotStore(db)

    let seenAtHook: Awaited<ReturnType<typeof snapshotStore>> | null = null
    await restoreBackup(db, file, {
      beforeReplace: async (safety) => {
        seenAtHook = await snapshotStore(db)
        await api.writeAutoBackup({ data: safety, reason: 'before-restore', keep: 14 })
      },
    })
    expect(seenAtHook).toEqual(before)
    const [entry] = await api.listAutoBackups()
    const saved = await parseBackup(await api.readAutoBackup({ name: entry.name }))
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect([...saved.tables.systems].sort(byId)).toEqual(before.systems)
    expect(saved.tables.systems).toHaveLength(24)
    await other.delete()
  })

  it('a failing hook stops the restore and leaves the store as it was', async () => {
    await seedStore(db)
    const file = await createBackup(db)
    // A change through the repos: the store stays whole, so its safety backup would restore.
    await createUnit(db, { name: 'Ban Quản lý các khu công nghiệp', block: 'Khối sở, ngành' })
    const before = await snapshotStore(db)
    await expect(
      restoreBackup(db, file, {
        beforeReplace: async () => {
          throw new Error('disk full')
        },
      }),
    ).rejects.toThrow('disk full')
    expect(await snapshotStore(db)).toEqual(before)
  })
})
