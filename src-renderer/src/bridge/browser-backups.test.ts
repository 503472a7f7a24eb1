import { gzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createBackup } from '../db/backup'
import { seedStore } from '../db/test-support/backup-store'
import { freshDatabase } from '../db/test-support/test-db'
import { createBrowserBackups, headerCounts } from './browser-backups'

/** A clock that moves one hour per backup, from 09:00 on 22/11/2026 in Vietnam. */
function hourlyClock() {
  let hour = 2
  return () => new Date(Date.UTC(2026, 10, 22, hour++, 0, 0))
}

function backups() {
  return createBrowserBackups(`test-backups-${crypto.randomUUID()}`, hourlyClock())
}

describe('automatic backups in the browser', () => {
  it('stores a real backup with its counts, and reads back the same bytes', async () => {
    const db = freshDatabase()
    await seedStore(db)
    const bytes = await createBackup(db)
    const store = backups()

    const entry = await store.write(bytes, 'before-import', 14)
    expect(entry).toMatchObject({
      name: 'CapDo-tu-dong-2026-11-22_09-00-00-000_truoc-nhap.capdo',
      createdAt: '2026-11-22T02:00:00.000Z',
      reason: 'before-import',
      size: bytes.byteLength,
      counts: { systems: 24, settings: 3 },
    })
    expect(await store.list()).toEqual([entry])
    expect(await store.read(entry.name)).toEqual(bytes)
    await db.delete()
  })

  it('keeps the newest N, newest first, in their own database (not the register’s)', async () => {
    const register = freshDatabase()
    await register.open()
    const store = backups()
    const gz = gzipSync(new TextEncoder().encode('{}'))
    const names = []
    for (let i = 0; i < 5; i++)
      names.push((await store.write(gz, i % 2 ? 'daily' : 'before-restore', 3)).name)
    expect((await store.list()).map((e) => e.name)).toEqual([names[4], names[3], names[2]])
    await expect(store.read(names[0])).rejects.toThrow(/Không tìm thấy bản sao lưu tự động này/)
    expect(register.tables.map((t) => t.name)).not.toContain('entries')
    await register.delete()
  })

  it('pruning to a lowered setting removes the oldest and says how many', async () => {
    const store = backups()
    const gz = gzipSync(new TextEncoder().encode('{}'))
    for (let i = 0; i < 4; i++) await store.write(gz, 'daily', 14)
    expect(await store.prune(1)).toEqual({ removed: 3 })
    expect(await store.list()).toHaveLength(1)
  })

  it('a file whose header cannot be read is kept without counts', () => {
    expect(headerCounts(new TextEncoder().encode('không phải gzip'))).toBeNull()
    expect(headerCounts(gzipSync(new TextEncoder().encode('{"format":"capdo-backup"}')))).toBeNull()
  })
})
