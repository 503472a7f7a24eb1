import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../../domain/errors'
import type { ExchangePackage, PackageSignature } from '../../domain/exchange'
import { EXCHANGE_SHEET_NAME } from '../../excel/exchange/exchange-sheet'
import { readExchangeFile, workbookBytes } from '../../excel/exchange/read-exchange-workbook'
import { addSignatureSheet, SIGNATURE_SHEET_NAME } from '../../excel/exchange/signature-sheet'
import { createBackup } from '../backup/create-backup'
import { restoreBackup } from '../backup/restore-backup'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import {
  applyExchangeImport,
  exportSignedPackage,
  getOffice,
  planExchangeImport,
  type PlanOptions,
} from './exchange'
import { ensureOfficeKeys, OWN_KEY_HISTORY_ID, ownFingerprint, readPins } from './exchange-keys'
import { deleteOfficesAfterEach, office, packageBytes } from '../test-support/exchange-offices'
import { listHistoryForSystem } from './history'
import { createSystem, getSystem, updateSystem } from './systems'
import { createUnit } from './units'

deleteOfficesAfterEach()

/** "Gửi lên" as the app writes it: the machine sheet and the signature sheet. */
async function send(db: CapdoDatabase): Promise<Uint8Array> {
  const { package: pkg, signature } = await exportSignedPackage(db)
  return signedBytes(pkg, signature)
}

async function signedBytes(pkg: ExchangePackage, signature: PackageSignature): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await packageBytes(pkg)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  await addSignatureSheet(book, signature)
  return workbookBytes(book)
}

async function preview(db: CapdoDatabase, bytes: Uint8Array, options: PlanOptions = {}) {
  const file = await readExchangeFile(bytes)
  return planExchangeImport(db, file.package, undefined, { signature: file.signature, ...options })
}

async function receive(db: CapdoDatabase, bytes: Uint8Array, options: PlanOptions = {}) {
  const plan = await preview(db, bytes, options)
  return { plan, applied: await applyExchangeImport(db, plan, {}) }
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => new Error('accepted'),
    (e: unknown) => e,
  )
  if (!isDomainError(error)) throw error
  return { code: error.code, message: error.message }
}

/** Edits the hidden sheet of a workbook the way the tester did, by hand. */
async function editByHand(
  bytes: Uint8Array,
  edit: (sheet: ExcelJS.Worksheet) => void,
  options: { dropSignature?: boolean } = {},
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  edit(book.getWorksheet(EXCHANGE_SHEET_NAME)!)
  if (options.dropSignature) book.removeWorksheet(book.getWorksheet(SIGNATURE_SHEET_NAME)!.id)
  return workbookBytes(book)
}

/** A system's note changed, its revision and the sender's "seen" entry raised to match. */
function forgeNote(systemId: string, officeId: string, note: string) {
  return (sheet: ExcelJS.Worksheet) => {
    let forged = false
    sheet.eachRow((row) => {
      const kind = row.getCell(1).value
      if (kind === 'record' && row.getCell(2).value === 'system' && row.getCell(3).value === systemId) {
        const data = JSON.parse(String(row.getCell(8).value)) as Record<string, unknown>
        row.getCell(8).value = JSON.stringify({ ...data, notes: note })
        row.getCell(5).value = Number(row.getCell(5).value) + 1
        row.getCell(6).value = officeId
        forged = true
      }
      if (kind === 'seen' && row.getCell(2).value === officeId) {
        row.getCell(4).value = Number(row.getCell(4).value) + 1
      }
    })
    expect(forged).toBe(true)
  }
}

async function wardWithPortal() {
  const a = await office('UBND phường An Dương')
  const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
  const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, notes: 'Bản gốc' })
  return { a, portal, self: (await getOffice(a))! }
}

describe('signed exchange files', () => {
  it('refuses a file whose hidden sheet was edited by hand, and takes the genuine one, credited to its office', async () => {
    const { a, portal, self } = await wardWithPortal()
    const so = await office('Sở Khoa học và Công nghệ')
    const first = await receive(so, await send(a))
    expect(first.plan.trust).toMatchObject({ kind: 'first', fingerprint: await ownFingerprint(a) })

    await updateSystem(a, portal.id, { notes: 'Đã rà soát quy chế' })
    const genuine = await send(a)
    const forged = await editByHand(genuine, forgeNote(portal.id, self.id, 'Hệ thống đã ngừng hoạt động'))
    const watch = watchWrites(so)
    expect(await refusal(preview(so, forged))).toEqual({
      code: 'exchange_bad_signature',
      message:
        'Tệp trao đổi dữ liệu mang tên đơn vị "UBND phường An Dương" có chữ ký không khớp với nội dung: ' +
        'tệp đã bị sửa sau khi được xuất ra (hoặc bị hỏng), nên không được nhận. Dữ liệu hiện tại không bị thay đổi. ' +
        'Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên" và gửi lại.',
    })
    // The same forgery with the signature sheet removed: this office's files are signed, so refused.
    const stripped = await editByHand(genuine, forgeNote(portal.id, self.id, 'Hệ thống đã ngừng hoạt động'), {
      dropSignature: true,
    })
    const unsigned = await refusal(preview(so, stripped))
    expect(unsigned.code).toBe('exchange_unsigned_from_pinned')
    expect(unsigned.message).toContain(`(khóa ${await ownFingerprint(a)})`)
    expect(watch.writes).toEqual([])
    // The forgery itself is a well-formed file: an office that never met this one reads it, marked unsigned.
    const naive = await preview(await office('UBND phường Lê Chân'), stripped)
    expect(naive.trust).toEqual({ kind: 'unsigned' })
    expect(naive.items.find((i) => i.id === portal.id)?.incoming).toMatchObject({
      data: { notes: 'Hệ thống đã ngừng hoạt động' },
    })
    expect((await getSystem(so, portal.id))?.notes).toBe('Bản gốc')

    const taken = await receive(so, genuine)
    expect(taken.plan.trust.kind).toBe('pinned')
    expect(taken.applied.updated).toBe(1)
    expect((await getSystem(so, portal.id))?.notes).toBe('Đã rà soát quy chế')
    const history = await listHistoryForSystem(so, portal.id)
    expect(history.find((h) => h.action === 'update')).toMatchObject({
      by: 'UBND phường An Dương',
      changes: [{ field: 'notes', from: 'Bản gốc', to: 'Đã rà soát quy chế' }],
    })
  })

  it('pins the key of the first signed file and records it; a changed key is refused until accepted deliberately', async () => {
    const { a } = await wardWithPortal()
    const so = await office('Sở Khoa học và Công nghệ')
    const oldFile = await send(a)
    const oldKey = await ownFingerprint(a)
    await receive(so, oldFile)
    const self = (await getOffice(a))!
    expect((await readPins(so))[self.id]).toMatchObject({ fingerprint: oldKey, name: 'UBND phường An Dương' })
    expect(await so.history.where('entityId').equals(`exchange-key:${self.id}`).toArray()).toMatchObject([
      { action: 'create', changes: [{ field: 'exchangeKey', from: null, to: oldKey }] },
    ])

    // The ward reinstalled CapDo and got a new key under the same office.
    await a.exchange.delete('keys')
    await ensureOfficeKeys(a)
    const newKey = await ownFingerprint(a)
    expect(newKey).not.toBe(oldKey)
    const reinstalled = await send(a)
    const refused = await refusal(preview(so, reinstalled))
    expect(refused.code).toBe('exchange_key_changed')
    expect(refused.message).toContain(`(đã ghi nhận: ${oldKey}; trong tệp: ${newKey})`)
    expect(refused.message).toContain('Chấp nhận khóa mới')
    // Accepting some other fingerprint than the file's changes nothing.
    expect((await refusal(preview(so, reinstalled, { acceptKey: oldKey }))).code).toBe('exchange_key_changed')

    const accepted = await receive(so, reinstalled, { acceptKey: newKey })
    expect(accepted.plan.trust).toMatchObject({ kind: 'replaced', previous: oldKey, fingerprint: newKey })
    expect((await readPins(so))[self.id].fingerprint).toBe(newKey)
    const replaced = await so.history.where('entityId').equals(`exchange-key:${self.id}`).toArray()
    expect(replaced.at(-1)).toMatchObject({
      action: 'update',
      by: 'Sở Khoa học và Công nghệ',
      changes: [{ field: 'exchangeKey', from: oldKey, to: newKey }],
    })
    expect(replaced.at(-1)?.note).toContain(`khóa cũ ${oldKey}, khóa mới ${newKey}`)

    // From now on the new key is the office's, and a file signed with the old one is refused.
    expect((await preview(so, await send(a))).trust.kind).toBe('pinned')
    expect((await refusal(preview(so, oldFile))).code).toBe('exchange_key_changed')
  })

  it('refuses a damaged or hostile signature sheet, up to the longest key it reads, and writes nothing', async () => {
    const { a } = await wardWithPortal()
    const so = await office('Sở Khoa học và Công nghệ')
    await receive(so, await send(a))
    const { package: pkg, signature } = await exportSignedPackage(a)
    const other = await exportSignedPackage(await office('UBND phường Lê Chân'))
    const watch = watchWrites(so)
    const hostile = async (forged: PackageSignature) => refusal(preview(so, await signedBytes(pkg, forged)))
    const bad = (publicKey: string, sig = signature.signature) =>
      hostile({ ...signature, publicKey, signature: sig })

    // 4,000 characters is the longest key read; neither it nor a longer one is a P-256 key.
    expect((await bad('A'.repeat(4_000))).code).toBe('exchange_bad_signature')
    expect((await bad('A'.repeat(4_004))).code).toBe('exchange_bad_signature')
    // Not strict base64 (no padding, a stray character), or text that is no key at all.
    expect((await bad(signature.publicKey.slice(0, -1))).code).toBe('exchange_bad_signature')
    expect((await bad(`${signature.publicKey.slice(0, -4)}!!!!`)).code).toBe('exchange_bad_signature')
    expect((await bad('{"kty":"EC"}')).code).toBe('exchange_bad_signature')
    expect((await bad(signature.publicKey, 'A'.repeat(4_004))).code).toBe('exchange_bad_signature')
    // Another office's genuine signature and key put on this package.
    expect((await hostile({ ...other.signature })).code).toBe('exchange_bad_signature')
    const unknown = await hostile({ ...signature, algorithm: 'RSA-SHA1' as typeof signature.algorithm })
    expect(unknown.code).toBe('exchange_unknown_signature')
    expect(unknown.message).toContain('Hãy cập nhật CapDo')
    expect(watch.writes).toEqual([])
    expect(Object.keys(await readPins(so))).toHaveLength(1)
  })

  it("records the making of this office's key in history once, with its fingerprint, even when two callers race", async () => {
    const a = await office('UBND phường An Dương')
    const [first, second] = await Promise.all([ensureOfficeKeys(a), ensureOfficeKeys(a)])
    expect(second.publicKey).toBe(first.publicKey)
    await ensureOfficeKeys(a)
    const fingerprint = await ownFingerprint(a)
    const made = await a.history.where('entityId').equals(OWN_KEY_HISTORY_ID).toArray()
    expect(made).toMatchObject([
      {
        entity: 'settings',
        action: 'create',
        changes: [{ field: 'exchangeKey', from: null, to: fingerprint }],
      },
    ])
    expect(made[0].note).toContain(`(dấu vân tay ${fingerprint})`)
  })

  it('refuses a preview taken in after another window pinned another key for the sender, writing nothing', async () => {
    const { a, portal } = await wardWithPortal()
    const so = await office('Sở Khoa học và Công nghệ')
    // The office's data came before, in a file from before signing: the ledger has it all.
    await receive(so, await packageBytes((await exportSignedPackage(a)).package))
    const stale = await preview(so, await send(a))
    expect(stale.trust.kind).toBe('first')
    // Meanwhile, in another window, a file of the same office signed with another key is taken in
    // (nothing new in it, so only the pin moves).
    await a.exchange.delete('keys')
    await ensureOfficeKeys(a)
    await receive(so, await send(a))
    expect(Object.values(await readPins(so)).map((p) => p.fingerprint)).toEqual([await ownFingerprint(a)])
    const pinned = await readPins(so)
    const watch = watchWrites(so)
    const refused = await refusal(applyExchangeImport(so, stale, {}))
    expect(refused.code).toBe('exchange_pins_moved')
    expect(refused.message).toContain('Hãy mở lại tệp để xem trước một lần nữa.')
    expect(watch.writes).toEqual([])
    expect(await readPins(so)).toEqual(pinned)
    expect((await getSystem(so, portal.id))?.notes).toBe('Bản gốc')
  })

  it('keeps the private key in the backup: a store restored from it signs with the same key', async () => {
    const { a } = await wardWithPortal()
    const so = await office('Sở Khoa học và Công nghệ')
    await receive(so, await send(a))
    const key = await ownFingerprint(a)
    const backup = await createBackup(a)

    const reinstalled = freshDatabase()
    try {
      await restoreBackup(reinstalled, backup)
      expect(await ownFingerprint(reinstalled)).toBe(key)
      const plan = await preview(so, await send(reinstalled))
      expect(plan.trust.kind).toBe('pinned')
    } finally {
      await reinstalled.delete()
    }
  })

  it('reads a file written before signing (fixture of format 1), marked unsigned', async () => {
    const so = await office('Sở Khoa học và Công nghệ')
    const bytes = await readFile(
      resolve(__dirname, '../../../../test/fixtures/exchange-v1/gui-len-chua-ky.xlsx'),
    )
    const file = await readExchangeFile(new Uint8Array(bytes))
    expect(file.signature).toBeNull()
    const plan = await planExchangeImport(so, file.package, undefined, { signature: file.signature })
    expect(plan.trust).toEqual({ kind: 'unsigned' })
    expect(plan.sender.name).toBe('UBND phường Hồng Bàng')
    expect(plan.items.map((i) => `${i.entity}:${i.status}`)).toEqual(['system:new', 'unit:new'])
    const applied = await applyExchangeImport(so, plan, {})
    expect(applied.created).toBe(2)
    expect((await getSystem(so, 'system-mot-cua-hong-bang'))?.notes).toBe('Tệp xuất trước khi có chữ ký')
  })

  it('reads an unsigned file of an office never pinned, and says so', async () => {
    const { a } = await wardWithPortal()
    const so = await office('Sở Khoa học và Công nghệ')
    const plan = await preview(so, await packageBytes((await exportSignedPackage(a)).package))
    expect(plan.trust).toEqual({ kind: 'unsigned' })
    await applyExchangeImport(so, plan, {})
    expect(await readPins(so)).toEqual({})
  })
})
