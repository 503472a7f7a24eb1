import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  listAutoBackups,
  pruneAutoBackups,
  readAutoBackup,
  writeAutoBackup,
  type AutoBackupsFs,
} from './backup-folder'

let root: string
let folder: string

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'capdo-auto-backups-'))
  folder = join(root, 'backups')
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const counts = { units: 95, systems: 300, assessments: 410, history: 900, settings: 2 }

/** A small file shaped like a real backup: header first, then a table large enough to compress. */
function backupBytes(systems = 300): Uint8Array {
  const doc = {
    format: 'capdo-backup',
    formatVersion: 1,
    schemaVersion: 1,
    createdAt: '2026-11-22T03:00:00.000Z',
    appVersion: '0.1.0',
    counts: { ...counts, systems },
    tables: {
      systems: Array.from({ length: systems }, (_, i) => ({ id: `s${i}`, name: `Hệ thống số ${i}` })),
    },
    checksum: 'a'.repeat(64),
  }
  return new Uint8Array(gzipSync(JSON.stringify(doc)))
}

/** A clock that moves one hour per backup, from 09:00 on 22/11/2026 in Vietnam. */
function hourlyClock() {
  let hour = 2
  return () => new Date(Date.UTC(2026, 10, 22, hour++, 0, 0))
}

describe('writeAutoBackup', () => {
  it('creates the folder and writes the bytes under a dated name with the reason', async () => {
    const data = backupBytes()
    const entry = await writeAutoBackup(folder, data, 'before-import', 14, {
      now: () => new Date('2026-11-22T02:30:15.123Z'),
    })
    expect(entry).toEqual({
      name: 'CapDo-tu-dong-2026-11-22_09-30-15-123_truoc-nhap.capdo',
      createdAt: '2026-11-22T02:30:15.123Z',
      reason: 'before-import',
      size: data.byteLength,
      counts,
    })
    expect(new Uint8Array(await fs.readFile(join(folder, entry.name)))).toEqual(data)
    // No temporary file is left behind.
    expect(await fs.readdir(folder)).toEqual([entry.name])
  })

  it('keeps the newest N and deletes the oldest, never a file of the user', async () => {
    await fs.mkdir(folder)
    await fs.writeFile(join(folder, 'ghi-chu.txt'), 'của tôi')
    await fs.writeFile(join(folder, 'CapDo-sao-luu-2026-11-01.capdo'), 'bản tự lưu')
    const now = hourlyClock()
    const written = []
    for (let i = 0; i < 5; i++)
      written.push((await writeAutoBackup(folder, backupBytes(), 'daily', 3, { now })).name)

    const listed = await listAutoBackups(folder)
    expect(listed.map((e) => e.name)).toEqual([written[4], written[3], written[2]])
    expect((await fs.readdir(folder)).sort()).toEqual(
      ['CapDo-sao-luu-2026-11-01.capdo', 'ghi-chu.txt', written[2], written[3], written[4]].sort(),
    )
  })

  it('two backups in the same millisecond are both kept', async () => {
    const now = () => new Date('2026-11-22T02:30:15.123Z')
    const a = await writeAutoBackup(folder, backupBytes(1), 'before-restore', 14, { now })
    const b = await writeAutoBackup(folder, backupBytes(2), 'before-restore', 14, { now })
    expect(a.name).not.toBe(b.name)
    expect((await listAutoBackups(folder)).map((e) => e.counts?.systems)).toEqual([2, 1])
  })

  it('keeps the backup just written even when the clock was set back', async () => {
    await writeAutoBackup(folder, backupBytes(), 'daily', 1, { now: () => new Date('2026-11-23T02:00:00Z') })
    const older = await writeAutoBackup(folder, backupBytes(), 'before-import', 1, {
      now: () => new Date('2026-11-22T02:00:00Z'),
    })
    expect((await fs.readdir(folder)).includes(older.name)).toBe(true)
  })

  it('a failed write rejects, leaves no partial file and deletes no old backup', async () => {
    const now = hourlyClock()
    await writeAutoBackup(folder, backupBytes(), 'daily', 1, { now })
    const before = await fs.readdir(folder)
    const diskFull: AutoBackupsFs = {
      ...fs,
      open: (async (path: string, flags: string) => {
        const handle = await fs.open(path, flags)
        return Object.assign(handle, {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
          },
        })
      }) as AutoBackupsFs['open'],
    }
    await expect(
      writeAutoBackup(folder, backupBytes(), 'before-import', 1, { fs: diskFull, now }),
    ).rejects.toThrow('ENOSPC')
    expect(await fs.readdir(folder)).toEqual(before)
  })
})

describe('writeAutoBackup reads the file back before pruning', () => {
  it('a file that reads back different is removed, reported, and no older backup is pruned', async () => {
    const now = hourlyClock()
    const good = await writeAutoBackup(folder, backupBytes(), 'daily', 1, { now })
    // A disk that silently flips one byte of what it stores.
    const flipping: AutoBackupsFs = {
      ...fs,
      readFile: (async (...args: Parameters<typeof fs.readFile>) => {
        const bytes = (await fs.readFile(...args)) as Buffer
        const copy = Buffer.from(bytes)
        copy[copy.length - 1] ^= 0xff
        return copy
      }) as AutoBackupsFs['readFile'],
    }
    await expect(
      writeAutoBackup(folder, backupBytes(), 'before-restore', 1, { fs: flipping, now }),
    ).rejects.toMatchObject({ code: 'EREADBACK' })
    // The good one stays (keep = 1 would otherwise have pruned it), and the bad one is gone.
    expect(await fs.readdir(folder)).toEqual([good.name])
  })
})

describe('listAutoBackups', () => {
  it('is empty before the first backup (no folder yet)', async () => {
    expect(await listAutoBackups(folder)).toEqual([])
  })

  it('lists a damaged file without counts rather than hiding it', async () => {
    const entry = await writeAutoBackup(folder, backupBytes(), 'daily', 14, { now: hourlyClock() })
    await fs.writeFile(join(folder, entry.name), 'không phải gzip')
    const [listed] = await listAutoBackups(folder)
    expect(listed).toMatchObject({
      name: entry.name,
      reason: 'daily',
      counts: null,
      size: Buffer.byteLength('không phải gzip'),
    })
  })
})

describe('pruneAutoBackups', () => {
  it('removes the oldest beyond a lowered setting and says which', async () => {
    const now = hourlyClock()
    const names = []
    for (let i = 0; i < 4; i++)
      names.push((await writeAutoBackup(folder, backupBytes(), 'daily', 14, { now })).name)
    expect(await pruneAutoBackups(folder, 2)).toEqual([names[1], names[0]])
    expect((await listAutoBackups(folder)).map((e) => e.name)).toEqual([names[3], names[2]])
  })
})

describe('readAutoBackup', () => {
  it('returns the bytes of a listed backup', async () => {
    const data = backupBytes()
    const entry = await writeAutoBackup(folder, data, 'daily', 14, { now: hourlyClock() })
    expect(await readAutoBackup(folder, entry.name)).toEqual(data)
  })

  it('refuses any name that is not an automatic backup, a path outside the folder included', async () => {
    await fs.writeFile(join(root, 'secret.txt'), 'x')
    for (const name of ['../secret.txt', 'ghi-chu.txt', '/etc/passwd']) {
      await expect(readAutoBackup(folder, name)).rejects.toThrow('Not an automatic backup name')
    }
  })
})
