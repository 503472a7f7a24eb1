/**
 * Reading a returned request workbook: the same readers as the import (any format it reads, its
 * zip and size limits, formulas never evaluated: their cached value is read, as everywhere), then
 * the marker from whichever sheet carries it (hidden or not: another program may have turned a very
 * hidden sheet into a hidden one) and the data sheet through domain/rounds/reply-sheet.ts.
 */
import { DomainError } from '../../domain/errors'
import { detectHeaderRow, expectedHeadersMessage, HEADER_SCAN_ROWS } from '../../domain/inventory/header'
import { isMarkerGrid, NO_MARKER_MESSAGE, parseMarker, type MarkerOutcome } from '../../domain/rounds/marker'
import { readReplyGrid, type ReplySheet } from '../../domain/rounds/reply-sheet'
import { EXCHANGE_SHEET_NAME } from '../exchange/exchange-sheet'
import { openSourceBook, sheetsInReadingOrder } from '../import/read-workbook'

/** An office running CapDo may send its "Gửi lên" file instead of the request: it has its own door. */
export const EXCHANGE_FILE_MESSAGE =
  'Tệp này là tệp "Gửi lên" của một đơn vị dùng CapDo (dữ liệu trao đổi), không phải phiếu trả lời. ' +
  'Hãy nhận tệp bằng chức năng "Nhận dữ liệu" (tệp này không ghi nhận đơn vị đã báo cáo trong đợt), hoặc ' +
  'đề nghị đơn vị điền vào tệp phiếu CapDo đã gửi rồi gửi lại.'

export type ReplyFile =
  | { ok: true; marker: Extract<MarkerOutcome, { ok: true }>['marker']; sheet: ReplySheet }
  | { ok: false; code: string; message: string }

export async function readReplyFile(
  data: Uint8Array | ArrayBuffer,
  options: { today?: string } = {},
): Promise<ReplyFile> {
  const book = await openSourceBook(data)
  const markerSheet = book.sheets.find((s) => isMarkerGrid(s.grid(1)))
  if (!markerSheet) {
    if (book.sheets.some((s) => s.name === EXCHANGE_SHEET_NAME))
      return { ok: false, code: 'exchange_file', message: EXCHANGE_FILE_MESSAGE }
    return { ok: false, code: 'no_marker', message: NO_MARKER_MESSAGE }
  }
  const outcome = parseMarker(markerSheet.grid())
  if (!outcome.ok) return outcome
  const { marker } = outcome
  const dataSheet = sheetsInReadingOrder(book).find(
    (s) => s !== markerSheet && detectHeaderRow(s.grid(HEADER_SCAN_ROWS)) !== null,
  )
  if (!dataSheet) {
    throw new DomainError(
      'no_header',
      `Phiếu của đơn vị "${marker.unitName}" không còn trang danh mục có dòng tiêu đề. ${expectedHeadersMessage()}`,
    )
  }
  const sheet = readReplyGrid(dataSheet.grid(), {
    sheetName: dataSheet.name,
    unitName: marker.unitName,
    date1904: book.date1904,
    today: options.today,
  })
  return { ok: true, marker, sheet }
}
