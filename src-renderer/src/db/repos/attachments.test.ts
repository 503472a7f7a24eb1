import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SAMPLE_FILES } from '../../../../test/fixtures/attachment-samples'
import { MAX_ATTACHMENT_BYTES } from '../../domain/attachments'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { addAssessment, deleteAssessment } from './assessments'
import { sha256OfBytes } from '../backup/checksum'
import { createBackup } from '../backup/create-backup'
import { MAX_BACKUP_FILE_BYTES } from '../backup/format'
import { restoreBackup } from '../backup/restore-backup'
import { createVerifiedBackup } from '../backup/verify-backup'
import { addAttachment, listSystemAttachments, readAttachment, removeAttachment } from './attachments'
import { listHistoryForSystem } from './history'
import { createSystem, deleteSystem, getSystem, updateSystem } from './systems'
import { createUnit } from './units'

let db: CapdoDatabase
let systemId: string

beforeEach(async () => {
  db = freshDatabase()
  const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
  systemId = (await createSystem(db, { name: 'Cổng dịch vụ công', unitId: unit.id, level: 3 })).id
})

afterEach(async () => {
  await db.delete()
})

const decision = () => ({
  owner: { kind: 'system' as const, id: systemId },
  name: 'QĐ 123/QĐ-UBND phê duyệt cấp độ.pdf',
  data: SAMPLE_FILES.pdf,
  kind: 'approval-decision' as const,
})

describe('addAttachment', () => {
  it('refuses a file that would take the attachments past what one backup holds (4 × 20 MB), and writes nothing', async () => {
    const scan = (n: number) => {
      const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES)
      bytes.set(SAMPLE_FILES.pdf)
      bytes[bytes.length - 1] = n
      return bytes
    }
    for (let i = 0; i < 4; i++)
      await addAttachment(db, { ...decision(), name: `quet-${i}.pdf`, data: scan(i) })
    expect(await db.attachments.count()).toBe(4)
    const watch = watchWrites(db)
    await expect(
      addAttachment(db, { ...decision(), name: 'quet-5.pdf', data: SAMPLE_FILES.pdf }),
    ).rejects.toThrow(
      /Chưa đính kèm “quet-5.pdf” \(0 MB\): sổ đã có 80 MB tệp đính kèm, thêm tệp này sẽ vượt 80 MB mà một bản sao lưu chứa được/,
    )
    expect(watch.writes).toEqual([])
    expect(await db.attachments.count()).toBe(4)
  }, 120_000)

  it('at the 80 MB a backup holds to the byte: one byte over is refused, exactly 80 MB is attached and backs up', async () => {
    // Scans do not compress: random bytes are the worst case for the backup's size.
    const scan = (size: number, n: number) => {
      const bytes = new Uint8Array(size)
      for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536))
      bytes.set(SAMPLE_FILES.pdf)
      bytes[bytes.length - 1] = n
      return bytes
    }
    const pdf = SAMPLE_FILES.pdf
    // Three full scans and a fourth short by exactly the sample decision's size.
    for (let i = 0; i < 3; i++)
      await addAttachment(db, { ...decision(), name: `quet-${i}.pdf`, data: scan(MAX_ATTACHMENT_BYTES, i) })
    await addAttachment(db, {
      ...decision(),
      name: 'quet-3.pdf',
      data: scan(MAX_ATTACHMENT_BYTES - pdf.length, 3),
    })
    const oneOver = new Uint8Array(pdf.length + 1)
    oneOver.set(pdf)
    await expect(addAttachment(db, { ...decision(), data: oneOver })).rejects.toMatchObject({
      code: 'attachments_over_backup_limit',
    })
    expect(await db.attachments.count()).toBe(4)

    await addAttachment(db, decision())
    const sizes = (await db.attachments.toArray()).map((a) => a.size)
    expect(sizes.reduce((n, s) => n + s, 0)).toBe(4 * MAX_ATTACHMENT_BYTES)
    // What is attached always backs up: the file fits the 100 MB a restore opens, and restores.
    const file = await createVerifiedBackup(db)
    expect(file.byteLength).toBeLessThanOrEqual(MAX_BACKUP_FILE_BYTES)
  }, 300_000)

  it('stores the scanned decision with its type, size and SHA-256, and files it in the history, together', async () => {
    const watch = watchWrites(db)
    const added = await addAttachment(db, decision(), 'Nguyễn Văn A')

    expect(watch.writes).toEqual(['attachments:create', 'attachmentData:create', 'history:create'])
    expect(watch.transactions.size).toBe(1)
    expect(added).toMatchObject({
      ownerKind: 'system',
      ownerId: systemId,
      systemId,
      name: 'QĐ 123/QĐ-UBND phê duyệt cấp độ.pdf',
      type: 'application/pdf',
      size: SAMPLE_FILES.pdf.byteLength,
      kind: 'approval-decision',
    })
    // The digest of the bytes, not of anything else: the same as a known SHA-256 tool computes.
    expect(added.sha256).toBe(await sha256OfBytes(SAMPLE_FILES.pdf))
    expect(await sha256OfBytes(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect([...(await readAttachment(db, added.id)).data]).toEqual([...SAMPLE_FILES.pdf])
    const [entry] = await listHistoryForSystem(db, systemId)
    expect(entry).toMatchObject({
      entity: 'system',
      action: 'update',
      by: 'Nguyễn Văn A',
      changes: [{ field: 'attachments', from: null, to: 'QĐ 123/QĐ-UBND phê duyệt cấp độ.pdf' }],
    })
  })

  it('files an assessment report under the assessment, in its system’s history', async () => {
    const assessment = await addAssessment(db, { systemId, date: '2026-05-10', kind: 'periodic' })
    const added = await addAttachment(db, {
      owner: { kind: 'assessment', id: assessment.id },
      name: 'Báo cáo đánh giá 2026.png',
      data: SAMPLE_FILES.png,
      kind: 'assessment-report',
    })
    expect(added).toMatchObject({
      ownerKind: 'assessment',
      ownerId: assessment.id,
      systemId,
      type: 'image/png',
    })
    const [entry] = await listHistoryForSystem(db, systemId)
    expect(entry).toMatchObject({ entity: 'assessment', entityId: assessment.id })
  })

  it.each([
    ['a program renamed .pdf', 'quyet-dinh.pdf', SAMPLE_FILES.exe, /Chỉ đính kèm được tệp PDF hoặc ảnh/],
    ['an image named .pdf', 'quyet-dinh.pdf', SAMPLE_FILES.jpeg, /không phải là PDF như tên tệp cho biết/],
    [
      'a file over 20 MB',
      'ho-so.pdf',
      (() => {
        const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1)
        big.set(SAMPLE_FILES.pdf)
        return big
      })(),
      /Tệp “ho-so.pdf” lớn hơn 20 MB/,
    ],
  ])('refuses %s and writes nothing', async (_what, name, data, message) => {
    const watch = watchWrites(db)
    await expect(addAttachment(db, { ...decision(), name, data })).rejects.toThrow(message)
    expect(watch.writes).toEqual([])
    expect(await db.attachments.count()).toBe(0)
    expect(await db.attachmentData.count()).toBe(0)
  })

  it('refuses a file for a system that was deleted meanwhile', async () => {
    await deleteSystem(db, systemId)
    await expect(addAttachment(db, decision())).rejects.toThrow('Không tìm thấy hệ thống thông tin')
    expect(await db.attachments.count()).toBe(0)
    expect(await db.attachmentData.count()).toBe(0)
  })
})

describe('listing and removing', () => {
  it('lists a system’s files and its assessments’ files, oldest first, without their bytes', async () => {
    const first = await addAttachment(db, decision())
    const assessment = await addAssessment(db, { systemId, date: '2026-05-10', kind: 'periodic' })
    await addAttachment(db, {
      owner: { kind: 'assessment', id: assessment.id },
      name: 'bao-cao.webp',
      data: SAMPLE_FILES.webp,
    })
    const list = await listSystemAttachments(db, systemId)
    expect(list.map((a) => a.name)).toEqual([first.name, 'bao-cao.webp'])
    expect(list.every((a) => !('data' in a))).toBe(true)
  })

  it('listing reads the descriptions only: the bytes are another table, which the list never opens', async () => {
    const added = await addAttachment(db, decision())
    // The stored description itself holds no bytes, so no query over it can read them.
    const row = await db.attachments.get(added.id)
    expect(row).toEqual(added)
    expect(row && 'data' in row).toBe(false)
    expect([...((await db.attachmentData.get(added.id))?.data ?? [])]).toEqual([...SAMPLE_FILES.pdf])

    // A read of attachmentData anywhere in the listing's transaction would fail: it is not in it.
    const list = await db.transaction('r', db.attachments, () => listSystemAttachments(db, systemId))
    expect(list.map((a) => a.id)).toEqual([added.id])
    // Opening a file does need its bytes, and gets them from the other table.
    await expect(db.transaction('r', db.attachments, () => readAttachment(db, added.id))).rejects.toThrow()
    expect([...(await readAttachment(db, added.id)).data]).toEqual([...SAMPLE_FILES.pdf])
  })

  it('a file whose bytes are missing cannot be opened, and says which file', async () => {
    const added = await addAttachment(db, decision())
    await db.attachmentData.delete(added.id)
    await expect(readAttachment(db, added.id)).rejects.toThrow(
      'Không tìm thấy nội dung của tệp đính kèm “QĐ 123/QĐ-UBND phê duyệt cấp độ.pdf”',
    )
  })

  it('removes a file with a history entry naming it', async () => {
    const added = await addAttachment(db, decision())
    const watch = watchWrites(db)
    await removeAttachment(db, added.id, 'Trần Thị B')
    expect(watch.writes).toEqual(['attachments:delete', 'attachmentData:delete', 'history:create'])
    expect(watch.transactions.size).toBe(1)
    expect(await listSystemAttachments(db, systemId)).toEqual([])
    // No bytes outlive the file.
    expect(await db.attachmentData.count()).toBe(0)
    const [entry] = await listHistoryForSystem(db, systemId)
    expect(entry).toMatchObject({
      changes: [{ field: 'attachments', from: added.name, to: null }],
      by: 'Trần Thị B',
    })
    await expect(removeAttachment(db, added.id)).rejects.toThrow('Không tìm thấy tệp đính kèm')
  })

  it('deleting a system deletes its files and its assessments’ files in the same transaction', async () => {
    const assessment = await addAssessment(db, { systemId, date: '2026-05-10', kind: 'periodic' })
    await addAttachment(db, decision())
    await addAttachment(db, {
      owner: { kind: 'assessment', id: assessment.id },
      name: 'bc.pdf',
      data: SAMPLE_FILES.pdf,
    })
    const watch = watchWrites(db)
    await deleteSystem(db, systemId)
    expect(watch.transactions.size).toBe(1)
    expect(watch.writes.filter((w) => w === 'attachments:delete')).toHaveLength(2)
    expect(watch.writes.filter((w) => w === 'attachmentData:delete')).toHaveLength(2)
    expect(await db.attachments.count()).toBe(0)
    expect(await db.attachmentData.count()).toBe(0)
    const [entry] = await listHistoryForSystem(db, systemId)
    expect(entry.note).toBe('Xóa kèm 1 lần kiểm tra, đánh giá. Xóa kèm 2 tệp đính kèm.')
  })

  it('deleting an assessment deletes only its own files', async () => {
    const assessment = await addAssessment(db, { systemId, date: '2026-05-10', kind: 'periodic' })
    const kept = await addAttachment(db, decision())
    await addAttachment(db, {
      owner: { kind: 'assessment', id: assessment.id },
      name: 'bc.pdf',
      data: SAMPLE_FILES.pdf,
    })
    await deleteAssessment(db, assessment.id)
    expect((await listSystemAttachments(db, systemId)).map((a) => a.id)).toEqual([kept.id])
    // The report's bytes went with it; the decision's stayed.
    expect(await db.attachmentData.toCollection().primaryKeys()).toEqual([kept.id])
  })
})

describe('attachments in backups', () => {
  it('a backup carries the files: deleted after it, they come back byte for byte on restore', async () => {
    const added = await addAttachment(db, decision())
    const backup = await createBackup(db)
    await removeAttachment(db, added.id)
    expect(await db.attachments.count()).toBe(0)

    const { counts } = await restoreBackup(db, backup)
    expect(counts.attachments).toBe(1)
    // Restored as the store keeps them: the description without bytes, the bytes apart.
    expect(await db.attachments.get(added.id)).toEqual(added)
    expect(await db.attachmentData.count()).toBe(1)
    const back = await readAttachment(db, added.id)
    expect(back.data).toBeInstanceOf(Uint8Array)
    expect([...back.data]).toEqual([...SAMPLE_FILES.pdf])
    expect(back.sha256).toBe(added.sha256)
  })

  it('refuses to write a backup its own restore would reject: a file whose bytes are missing', async () => {
    const added = await addAttachment(db, decision())
    await db.attachmentData.delete(added.id)
    await expect(createBackup(db)).rejects.toThrow(
      'Tệp đính kèm “QĐ 123/QĐ-UBND phê duyệt cấp độ.pdf” không còn nội dung trong dữ liệu nên chưa sao lưu được.',
    )
    // The way out the message gives: delete the file, and the backup is taken.
    await removeAttachment(db, added.id)
    expect(await createBackup(db)).toBeInstanceOf(Uint8Array)
  })
})

describe('a ticked dossier part linked to a file', () => {
  it('loses the link, in the same transaction and with its history, when the file is deleted', async () => {
    const added = await addAttachment(db, decision())
    await updateSystem(db, systemId, {
      dossierChecklist: [
        { part: 'description', on: '2026-11-02', fileId: added.id },
        { part: 'design', on: '2026-11-03' },
      ],
    })
    const revision = (await getSystem(db, systemId))!.revision
    const watch = watchWrites(db)
    await removeAttachment(db, added.id, 'Trần Thị B')

    expect(watch.transactions.size).toBe(1)
    const system = (await getSystem(db, systemId))!
    // The parts stay ticked with their dates: only the link to the deleted scan goes.
    expect(system.dossierChecklist).toEqual([
      { part: 'description', on: '2026-11-02', fileId: null },
      { part: 'design', on: '2026-11-03' },
    ])
    expect(system.revision).toBe(revision + 1)
    const unlinked = (await listHistoryForSystem(db, systemId)).find(
      (h) => h.note === 'Bỏ liên kết thành phần hồ sơ với tệp đính kèm đã xóa.',
    )
    expect(unlinked).toMatchObject({ entity: 'system', by: 'Trần Thị B' })
    expect(unlinked?.changes.map((c) => c.field)).toEqual(['dossierChecklist'])
  })

  it('loses the link when the assessment owning the file is deleted', async () => {
    const assessment = await addAssessment(db, { systemId, date: '2026-05-10', kind: 'periodic' })
    const report = await addAttachment(db, {
      owner: { kind: 'assessment', id: assessment.id },
      name: 'Báo cáo kiểm tra.pdf',
      data: SAMPLE_FILES.pdf,
      kind: 'assessment-report',
    })
    await updateSystem(db, systemId, {
      dossierChecklist: [{ part: 'description', on: '2026-11-02', fileId: report.id }],
    })
    await deleteAssessment(db, assessment.id)
    expect((await getSystem(db, systemId))!.dossierChecklist).toEqual([
      { part: 'description', on: '2026-11-02', fileId: null },
    ])
  })

  it('a file no part links to is deleted without touching the system', async () => {
    const added = await addAttachment(db, decision())
    const before = (await getSystem(db, systemId))!
    await removeAttachment(db, added.id)
    expect(await getSystem(db, systemId)).toEqual(before)
  })
})
