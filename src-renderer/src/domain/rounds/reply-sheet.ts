/**
 * Reading the data sheet of a reply with the import's own parser (inventory/parse-inventory.ts),
 * plus the two things a request adds to the import format:
 * - a row a unit adds may leave "Đơn vị quản lý, vận hành" blank: in a unit's own reply it is that
 *   unit (the blank cell is filled with the unit's name before the row is read);
 * - the column "Hình thức kiểm tra, đánh giá gần nhất" (a dropdown of the three kinds of Mẫu 08),
 *   which the plain import lists as unknown: here it gives the kind of a newly reported assessment.
 * It also collects every id written in the sheet, even on rows with errors, so a system whose row
 * failed to read is not taken for one the unit removed.
 */
import type { IsoDate } from '../calendar-date'
import { cellAt, cellText, isBlank, type InventoryCellValue, type SheetGrid } from '../inventory/cell'
import { parseInventoryGrid } from '../inventory/parse-inventory'
import { conflictMessage, phraseEntries, phraseTable, statesNamed } from '../inventory/phrases'
import type { CellError, InventoryParseResult } from '../inventory/types'
import { foldKey } from '../text'
import type { AssessmentKind } from '../types'
import { ASSESSMENT_KIND_LABEL } from '../vocabulary'

/** The request's extra column (not an import field). */
export const ASSESSMENT_KIND_HEADER = 'Hình thức kiểm tra, đánh giá gần nhất'

const KIND_PHRASES = phraseTable(
  phraseEntries<AssessmentKind>({
    pre_operation: [ASSESSMENT_KIND_LABEL.pre_operation, 'Trước khi đưa vào vận hành', 'Trước vận hành'],
    periodic: [ASSESSMENT_KIND_LABEL.periodic, 'Hằng năm', 'Hàng năm'],
    ad_hoc: [ASSESSMENT_KIND_LABEL.ad_hoc, 'Bất thường'],
    // What the import records when a file gives a date but no kind: a prefilled row shows it back.
    unknown: [ASSESSMENT_KIND_LABEL.unknown],
  } satisfies Record<AssessmentKind, readonly string[]>),
)
const KIND_EXPECTED = `Ghi một trong: ${Object.values(ASSESSMENT_KIND_LABEL)
  .map((l) => `"${l}"`)
  .join(', ')}.`

export function parseAssessmentKind(
  value: InventoryCellValue,
): { ok: true; value: AssessmentKind | null } | { ok: false; message: string } {
  if (isBlank(value)) return { ok: true, value: null }
  const kinds = statesNamed(cellText(value), KIND_PHRASES)
  if (kinds.length === 1) return { ok: true, value: kinds[0] }
  if (kinds.length === 0)
    return { ok: false, message: `Không rõ hình thức kiểm tra, đánh giá. ${KIND_EXPECTED}` }
  return {
    ok: false,
    message: conflictMessage(
      'Ô hình thức kiểm tra, đánh giá',
      kinds.map((k) => ASSESSMENT_KIND_LABEL[k]),
      KIND_EXPECTED,
    ),
  }
}

export interface ReplySheet {
  parse: InventoryParseResult
  /** Kind of the last assessment, by Excel row, where the row gives one. */
  kinds: Map<number, AssessmentKind>
  /** Every non-empty "Mã hệ thống" cell of the sheet. */
  presentIds: Set<string>
}

export interface ReplySheetOptions {
  sheetName: string
  /** The unit the reply is from (the marker's, or its current name in the register). */
  unitName: string
  date1904?: boolean
  today?: IsoDate
}

export function readReplyGrid(grid: SheetGrid, options: ReplySheetOptions): ReplySheet {
  const parseOptions = { sheetName: options.sheetName, date1904: options.date1904, today: options.today }
  const first = parseInventoryGrid(grid, parseOptions)
  const columnOf = (field: string): number | undefined =>
    first.mapping.find((m) => m.field === field)?.columnIndex
  const nameAt = columnOf('name')
  const unitAt = columnOf('unit')
  const idAt = columnOf('id')
  const kindKey = foldKey(ASSESSMENT_KIND_HEADER)
  const kindAt = first.columns.findIndex((h) => foldKey(h) === kindKey)

  const filled: InventoryCellValue[][] = grid.map((row) => [...(row ?? [])])
  let changed = false
  const presentIds = new Set<string>()
  for (let i = first.headerRow; i < filled.length; i++) {
    const row = filled[i]
    if (idAt !== undefined && !isBlank(cellAt(filled, i, idAt)))
      presentIds.add(cellText(cellAt(filled, i, idAt)))
    if (nameAt === undefined || unitAt === undefined) continue
    if (!isBlank(cellAt(filled, i, nameAt)) && isBlank(cellAt(filled, i, unitAt))) {
      while (row.length <= unitAt) row.push(null)
      row[unitAt] = options.unitName
      changed = true
    }
  }
  const reread = changed ? parseInventoryGrid(filled, { ...parseOptions, headerRow: first.headerRow }) : first
  // The kind column is the request's own, not an unknown one.
  const parse = { ...reread, ignoredColumns: reread.ignoredColumns.filter((h) => foldKey(h) !== kindKey) }

  const kinds = new Map<number, AssessmentKind>()
  if (kindAt >= 0) {
    const kindErrors: CellError[] = []
    const okRows = new Set(parse.rows.map((r) => r.excelRow))
    for (const { excelRow } of parse.rows) {
      const value = cellAt(filled, excelRow - 1, kindAt)
      const outcome = parseAssessmentKind(value)
      if (!outcome.ok) {
        kindErrors.push({
          row: excelRow,
          column: first.columns[kindAt] ?? ASSESSMENT_KIND_HEADER,
          field: 'lastAssessedOn',
          value: cellText(value),
          message: outcome.message,
        })
        okRows.delete(excelRow)
      } else if (outcome.value !== null) kinds.set(excelRow, outcome.value)
    }
    if (kindErrors.length > 0) {
      // A row with an unreadable kind is a row with an error: it is not applied, as the import does.
      const rows = parse.rows.filter((r) => okRows.has(r.excelRow))
      const errors = [...parse.errors, ...kindErrors].sort((a, b) => a.row - b.row)
      return { parse: { ...parse, rows, errors }, kinds, presentIds }
    }
  }
  return { parse, kinds, presentIds }
}
