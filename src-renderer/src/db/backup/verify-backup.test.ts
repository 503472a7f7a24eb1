/**
 * Every backup is read back as its restore would read it before it is saved or kept (issue #13).
 * The faults are made the way a real store goes bad: a file's bytes altered underneath its
 * description (a failing disk, a browser's storage gone wrong), which the backup copies faithfully
 * and its restore then refuses.
 */
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SAMPLE_FILES } from '../../../../test/fixtures/attachment-samples'
import { createBrowserBackups, type BrowserBackups } from '../../bridge/browser-backups'
import { MAX_ATTACHMENT_BYTES } from '../../domain/attachments'
import { DomainError } from '../../domain/errors'
import { runBackupJob } from '../../workers/backup-job'
import type { CapdoDatabase } from '../database'
import { addAttachment } from '../repos/attachments'
import { freshDatabase } from '../test-support/test-db'
import { takeAutoBackup, type AutoBackupApi } from './take-auto-backup'
import { backUpBeforeUpgrade } from './before-upgrade'
import { countStore, createBackup } from './create-backup'
import { MAX_BACKUP_FILE_BYTES } from './format'
import { backupMessages } from './messages'
import { restoreBackup } from './restore-backup'
import { seedStore, snapshotStore } from '../test-support/backup-store'
import { verifyBackup } from './verify-backup'

const DECISION = 'QĐ 1234-QĐ-UBND phê duyệt cấp độ.pdf'

let db: CapdoDatabase
let storeName: string
let store: BrowserBackups
let api: AutoBackupApi
let clock: number

beforeEach(async () => {
  db = freshDatabase()
  await seedStore(db)
  storeName = `verify-${crypto.randomUUID()}`
  clock = Date.parse('2026-11-22T01:00:00Z')
  // One hour per backup, so the list has a clear order.
  store = createBrowserBackups(storeName, () => new Date((clock += 3_600_000)))
  api = {
    writeAutoBackup: ({ data, reason, keep }) => store.write(data, reason, keep),
    listAutoBackups: () => store.list(),
  }
})

afterEach(async () => {
  await db.delete()
  await Dexie.delete(storeName)
})

/** Attaches the sample decision, then alters its stored bytes without touching its description. */
async function damageAFile(target: CapdoDatabase): Promise<void> {
  const [system] = await target.systems.toArray()
  const info = await addAttachment(target, {
    owner: { kind: 'system', id: system.id },
    name: DECISION,
    data: SAMPLE_FILES.pdf,
  })
  const altered = SAMPLE_FILES.pdf.slice()
  altered[altered.length - 2] ^= 0x20
  await target.attachmentData.put({ id: info.id, data: altered })
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

describe('an automatic backup that would not restore', () => {
  it('is refused at once, in Vietnamese naming the file, and never replaces a kept backup', async () => {
    const kept = [
      await takeAutoBackup(db, api, 'daily', { keep: 2 }),
      await takeAutoBackup(db, api, 'before-import', { keep: 2 }),
    ]
    await damageAFile(db)

    const error = await refusal(takeAutoBackup(db, api, 'before-merge', { keep: 2 }))
    expect(error.code).toBe('backup_unrestorable')
    expect(error.message).toBe(
      `Bản sao lưu vừa tạo sẽ không khôi phục được nên đã không được lưu. Tệp đính kèm "${DECISION}" trong tệp sao lưu bị hỏng: mã SHA-256 không khớp với nội dung. Dữ liệu hiện tại vẫn nguyên vẹn. Nếu lỗi nêu tên một tệp đính kèm, hãy xóa tệp đó, đính kèm lại bản gốc rồi sao lưu lại; nếu không, hãy báo cho bộ phận hỗ trợ kỹ thuật.`,
    )
    // The two good backups are still the ones kept, and each still restores.
    expect((await store.list()).map((e) => e.name)).toEqual(kept.map((e) => e.name).reverse())
    for (const entry of kept) await verifyBackup(await store.read(entry.name))
  })

  it('is refused by the backup worker too, before the page receives it', async () => {
    await damageAFile(db)
    const error = await refusal(runBackupJob({ dbName: db.name, createdAt: new Date().toISOString() }))
    expect(error.code).toBe('backup_unrestorable')
  })

  it('before a schema upgrade: refused before it is stored', async () => {
    await damageAFile(db)
    const written: Uint8Array[] = []
    const error = await refusal(
      backUpBeforeUpgrade(async (data) => void written.push(data), {
        databaseName: db.name,
        currentSchemaVersion: db.verno + 1,
      }),
    )
    expect(error.code).toBe('backup_unrestorable')
    expect(written).toEqual([])
  })
})

describe('a restore whose safety backup would not restore', () => {
  it('replaces nothing, and says why in Vietnamese', async () => {
    const older = await createBackup(db)
    await damageAFile(db)
    const before = await snapshotStore(db)
    const stored: Uint8Array[] = []

    const error = await refusal(
      restoreBackup(db, older, { beforeReplace: async (safety) => void stored.push(safety) }),
    )
    expect(error.message).toMatch(
      /^Chưa khôi phục, dữ liệu hiện tại được giữ nguyên: bản sao an toàn của dữ liệu hiện tại sẽ không khôi phục được, nên thay thế lúc này có thể làm mất dữ liệu\. Tệp đính kèm "QĐ 1234-QĐ-UBND phê duyệt cấp độ\.pdf" trong tệp sao lưu bị hỏng/u,
    )
    expect(stored).toEqual([])
    expect(await snapshotStore(db)).toEqual(before)
  })
})

describe('a restore whose safety backup would be too large to open again', () => {
  it('replaces nothing, and says which attachments to remove first', async () => {
    const older = await createBackup(db)
    // A store from before the 80 MB check: five scans of 20 MB that do not compress (100 MB).
    const [system] = await db.systems.toArray()
    const scan = new Uint8Array(MAX_ATTACHMENT_BYTES)
    for (let at = 0; at < scan.length; at += 65_536) crypto.getRandomValues(scan.subarray(at, at + 65_536))
    scan.set(SAMPLE_FILES.pdf)
    const info = await addAttachment(db, {
      owner: { kind: 'system', id: system.id },
      name: 'quet-0.pdf',
      data: scan,
    })
    for (let i = 1; i < 5; i++) {
      await db.attachments.add({ ...info, id: `quet-${i}`, name: `quet-${i}.pdf` })
      await db.attachmentData.add({ id: `quet-${i}`, data: scan })
    }
    const before = await snapshotStore(db)

    const error = await refusal(restoreBackup(db, older))
    expect(error.message).toMatch(
      /^Chưa khôi phục, dữ liệu hiện tại được giữ nguyên: bản sao an toàn của dữ liệu hiện tại sẽ không khôi phục được, nên thay thế lúc này có thể làm mất dữ liệu\. Tệp có dung lượng 10\d MB, vượt quá 100 MB/u,
    )
    expect(error.message).toMatch(
      /Hãy xóa bớt tệp đính kèm lớn \(tổng dung lượng tệp đính kèm tối đa 80 MB\) rồi khôi phục lại\.$/u,
    )
    expect(await snapshotStore(db)).toEqual(before)
  }, 300_000)
})

describe('verifyBackup', () => {
  it('accepts a sound backup and reads it as the restore would', async () => {
    const doc = await verifyBackup(await createBackup(db))
    expect(doc.counts).toEqual(await countStore(db))
    expect(doc.counts.systems).toBe(24)
  })

  it(`lets a file of exactly ${MAX_BACKUP_FILE_BYTES / 1024 / 1024} MB through the size check to the restore's own checks`, async () => {
    const error = await refusal(verifyBackup(new Uint8Array(MAX_BACKUP_FILE_BYTES)))
    // Not refused for its size: zeros are not a gzip stream, which is what a restore says next.
    expect(error.details).toEqual({ reason: backupMessages.notGzip })
  })

  it(`refuses a file larger than the ${MAX_BACKUP_FILE_BYTES / 1024 / 1024} MB a restore opens, saying how to make it fit`, async () => {
    const error = await refusal(verifyBackup(new Uint8Array(MAX_BACKUP_FILE_BYTES + 1)))
    expect(error.message).toBe(
      'Bản sao lưu vừa tạo sẽ không khôi phục được nên đã không được lưu. Tệp có dung lượng 101 MB, vượt quá 100 MB là dung lượng tối đa mà chức năng khôi phục mở được. Dữ liệu hiện tại vẫn nguyên vẹn. Hãy xóa bớt tệp đính kèm lớn (tổng dung lượng tệp đính kèm tối đa 80 MB) rồi sao lưu lại.',
    )
  })
})
