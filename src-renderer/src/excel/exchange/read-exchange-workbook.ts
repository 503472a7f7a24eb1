/**
 * "Nhận dữ liệu": from the bytes of a received workbook to a validated exchange package. Size
 * limits first (before exceljs inflates anything), then the machine sheet; nothing is written.
 */
import ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import type { ExchangePackage, PackageSignature } from '../../domain/exchange'
import { assertWorkbookWithinLimits } from '../import/zip-limits'
import { readExchangeSheet } from './exchange-sheet'
import { readSignatureSheet } from './signature-sheet'

const UNREADABLE =
  'Không đọc được tệp trao đổi dữ liệu: tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng, ' +
  'có thể do sao chép chưa hết. Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên" và gửi lại.'

/** A received file: its validated package and the signature it carries (null: unsigned). */
export interface ReceivedFile {
  package: ExchangePackage
  signature: PackageSignature | null
}

/** The package alone (tests and tools that do not judge the sender). */
export async function readExchangeWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExchangePackage> {
  return (await readExchangeFile(data)).package
}

export async function readExchangeFile(data: Uint8Array | ArrayBuffer): Promise<ReceivedFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  try {
    assertWorkbookWithinLimits(bytes)
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw new DomainError('unreadable_file', UNREADABLE, { cause: String(error) })
  }
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as Node's Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  } catch (error) {
    throw new DomainError('unreadable_file', UNREADABLE, { cause: String(error) })
  }
  const pkg = readExchangeSheet(workbook)
  return { package: pkg, signature: readSignatureSheet(workbook, pkg.office.name) }
}

/** A workbook's bytes as a plain Uint8Array (a Node Buffer in Node, an ArrayBuffer in the browser). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer()
  return ArrayBuffer.isView(written)
    ? new Uint8Array(written.buffer, written.byteOffset, written.byteLength)
    : new Uint8Array(written)
}
