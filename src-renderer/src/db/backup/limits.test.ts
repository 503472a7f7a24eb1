/**
 * Backups at the limits the app accepts (issue #13): an attachment of exactly MAX_ATTACHMENT_BYTES,
 * and several of them, go through every way a backup is written ("Sao lưu ngay", the safety
 * backup of a restore, the daily one, the one before a schema upgrade) and come back from its
 * restore byte for byte. Before the fix the restore refused any file above ~3.5 MB as damaged.
 */
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES } from '../../domain/attachments'
import type { AutoBackupApi } from './take-auto-backup'
import { createBrowserBackups } from '../../bridge/browser-backups'
import type { CapdoDatabase } from '../database'
import { addAttachment, readAttachment } from '../repos/attachments'
import { createSystem } from '../repos/systems'
import { createUnit } from '../repos/units'
import { SCHEMA_VERSIONS } from '../schema'
import { freshDatabase } from '../test-support/test-db'
import { backUpBeforeUpgrade } from './before-upgrade'
import { sha256OfBytes } from './checksum'
import { createBackup } from './create-backup'
import { dailyBackupIfDue } from './take-auto-backup'
import { restoreBackup } from './restore-backup'

const MB = 1024 * 1024

/** A "scanned PDF" of `size` bytes: the PDF signature, then bytes that do not compress. */
function scan(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size)
  let x = seed
  for (let i = 0; i < size; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  out.set(new TextEncoder().encode('%PDF-1.7\n'))
  return out
}

interface Attached {
  id: string
  bytes: Uint8Array
  sha256: string
}

async function attachScans(db: CapdoDatabase, sizes: readonly number[]): Promise<Attached[]> {
  const unit = await createUnit(db, { name: 'Sở Thông tin và Truyền thông', block: 'Khối sở, ngành' })
  const system = await createSystem(db, { name: 'Cổng dịch vụ công tỉnh', unitId: unit.id })
  const attached: Attached[] = []
  for (const [i, size] of sizes.entries()) {
    const bytes = scan(size, i + 1)
    const info = await addAttachment(db, {
      owner: { kind: 'system', id: system.id },
      name: `QĐ phê duyệt cấp độ - bản quét ${i + 1}.pdf`,
      data: bytes,
      kind: 'approval-decision',
    })
    attached.push({ id: info.id, bytes, sha256: info.sha256 })
  }
  return attached
}

/** Every file is in `db` with exactly the same bytes and SHA-256 as when it was attached. */
async function expectSameFiles(db: CapdoDatabase, files: readonly Attached[]): Promise<void> {
  expect(await db.attachments.count()).toBe(files.length)
  for (const file of files) {
    const stored = await readAttachment(db, file.id)
    expect(stored.size).toBe(file.bytes.byteLength)
    expect(stored.sha256).toBe(file.sha256)
    expect(await sha256OfBytes(stored.data)).toBe(file.sha256)
    expect(Buffer.from(stored.data).equals(Buffer.from(file.bytes))).toBe(true)
  }
}

const opened: CapdoDatabase[] = []
const names: string[] = []
function database(): CapdoDatabase {
  const db = freshDatabase()
  opened.push(db)
  return db
}

let source: CapdoDatabase
beforeEach(() => {
  source = database()
})
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  for (const name of names.splice(0)) await Dexie.delete(name)
})

describe(`an attachment at the ${MAX_ATTACHMENT_BYTES / MB} MB limit`, () => {
  it('“Sao lưu ngay” → “Khôi phục từ tệp” gives it back byte for byte', async () => {
    const files = await attachScans(source, [MAX_ATTACHMENT_BYTES])
    const backup = await createBackup(source)
    const target = database()
    await restoreBackup(target, backup)
    await expectSameFiles(target, files)
  })

  it('the “Trước khi khôi phục” safety backup holds it, and brings it back after an older restore', async () => {
    const files = await attachScans(source, [MAX_ATTACHMENT_BYTES])
    // An older backup, from before the file was attached.
    const older = await createBackup(database())
    const stored: Uint8Array[] = []
    const { safetyBackup } = await restoreBackup(source, older, {
      beforeReplace: async (safety) => void stored.push(safety),
    })
    expect(await source.attachments.count()).toBe(0)
    // Compared as bytes: a deep equality over 27 MB of elements takes minutes and gigabytes.
    expect(stored).toHaveLength(1)
    expect(Buffer.from(stored[0] ?? new Uint8Array()).equals(Buffer.from(safetyBackup))).toBe(true)
    // The state before the restore comes back, file included.
    await restoreBackup(source, safetyBackup)
    await expectSameFiles(source, files)
  })

  it('the start-of-day automatic backup holds it, and its restore gives it back', async () => {
    const files = await attachScans(source, [MAX_ATTACHMENT_BYTES])
    const name = `auto-${crypto.randomUUID()}`
    names.push(name)
    const store = createBrowserBackups(name)
    const api: AutoBackupApi = {
      writeAutoBackup: ({ data, reason, keep }) => store.write(data, reason, keep),
      listAutoBackups: () => store.list(),
    }
    const entry = await dailyBackupIfDue(source, api, { keep: 14 })
    expect(entry?.reason).toBe('daily')
    const target = database()
    await restoreBackup(target, await store.read(entry?.name ?? ''))
    await expectSameFiles(target, files)
  })

  it('the backup before a schema upgrade holds it, and its restore gives it back', async () => {
    const files = await attachScans(source, [MAX_ATTACHMENT_BYTES])
    // Today's store, as the app of the next schema version will find it the day it ships.
    const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
    const written: Uint8Array[] = []
    const took = await backUpBeforeUpgrade(async (data) => void written.push(data), {
      databaseName: source.name,
      currentSchemaVersion: current + 1,
    })
    expect(took).toBe(true)
    const target = database()
    await restoreBackup(target, written[0])
    await expectSameFiles(target, files)
  })
})
