/**
 * The signature of an exchange workbook (domain/exchange/trust.ts): a second very hidden sheet
 * beside the machine sheet, so that the machine sheet keeps its layout and a CapDo from before
 * signing still reads a signed file (it ignores sheets it does not know). Layout:
 *   A1 CAPDO_CHU_KY · a note
 *   algorithm · ECDSA-P256-SHA256
 *   publicKey · the sender's public key (SPKI, base64)
 *   signature · the signature over the package's canonical JSON (base64)
 * A workbook without this sheet is unsigned; one whose sheet is not exactly this is refused.
 */
import type ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import { SIGNATURE_ALGORITHM, trustMessages, type PackageSignature } from '../../domain/exchange'

export const SIGNATURE_SHEET_NAME = 'CapDo_ChuKy'
export const SIGNATURE_MARKER = 'CAPDO_CHU_KY'
const NOTE = 'Chữ ký của dữ liệu trao đổi do CapDo tạo. Sửa trang "CapDo_TraoDoi" làm chữ ký không còn khớp.'
const ROWS = ['algorithm', 'publicKey', 'signature'] as const

export async function addSignatureSheet(
  workbook: ExcelJS.Workbook,
  signature: PackageSignature,
): Promise<void> {
  const sheet = workbook.addWorksheet(SIGNATURE_SHEET_NAME, { state: 'veryHidden' })
  sheet.addRow([SIGNATURE_MARKER, NOTE])
  for (const name of ROWS) sheet.addRow([name, signature[name]])
  await sheet.protect('', { selectLockedCells: false, selectUnlockedCells: false })
}

/** The signature a workbook carries, null when it has none; `office` names the sender in a refusal. */
export function readSignatureSheet(workbook: ExcelJS.Workbook, office: string): PackageSignature | null {
  const sheet = workbook.getWorksheet(SIGNATURE_SHEET_NAME)
  if (!sheet) return null
  const damaged = () => new DomainError('exchange_bad_signature', trustMessages.badSignature(office))
  if (sheet.getCell('A1').value !== SIGNATURE_MARKER || sheet.actualRowCount !== ROWS.length + 1)
    throw damaged()
  const values: Partial<Record<(typeof ROWS)[number], string>> = {}
  ROWS.forEach((name, i) => {
    const row = sheet.getRow(i + 2)
    const value = row.getCell(2).value
    if (row.getCell(1).value !== name || typeof value !== 'string' || row.cellCount !== 2) throw damaged()
    values[name] = value
  })
  const { algorithm, publicKey, signature } = values
  if (algorithm === undefined || publicKey === undefined || signature === undefined) throw damaged()
  if (algorithm !== SIGNATURE_ALGORITHM) {
    throw new DomainError('exchange_unknown_signature', trustMessages.unknownAlgorithm(algorithm))
  }
  return { algorithm, publicKey, signature }
}
