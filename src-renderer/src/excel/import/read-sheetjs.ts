/**
 * .xls (Excel 97–2003, BIFF8) and .ods (LibreOffice) as a SourceBook, read with SheetJS Community
 * Edition (`@e965/xlsx`, Apache-2.0: the maintained 0.20.x line republished on the npm registry;
 * the stale `xlsx` 0.18.5 there lacks its security fixes). It is ~1 MB of code that only these
 * files need, so it is imported here on first use and lands in its own chunk: the register never
 * loads it. Cells are flattened to the same values exceljs gives for an .xlsx (dates as Date at
 * UTC midnight, formulas as their cached result, errors as their code) and merged cells follow
 * the same rule as sheet-grid.ts, so both paths feed the parser identical grids.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx'
import { DomainError } from '../../domain/errors'
import type { InventoryCellValue, SheetGrid } from '../../domain/inventory/cell'
import { UNREADABLE_MESSAGES } from './file-kind'
import type { SourceBook } from './source-book'
import { assertZipWithinLimits, MAX_DECLARED_COLUMNS, MAX_SHEET_ROWS } from './zip-limits'
import { formatCount } from '../../domain/number-format'

const vi = (n: number): string => formatCount(n)

const UNREADABLE: Record<'xls' | 'ods', string> = {
  xls:
    'Không đọc được tệp Excel 97–2003 (.xls): tệp bị hỏng hoặc được lưu ở dạng quá cũ. Hãy mở tệp bằng Excel ' +
    'hoặc LibreOffice, lưu lại thành "Excel Workbook (*.xlsx)" rồi chọn tệp vừa lưu.',
  ods:
    'Không đọc được bảng tính LibreOffice (.ods): tệp bị hỏng. Hãy mở tệp bằng LibreOffice, lưu lại ' +
    '(hoặc lưu thành .xlsx) rồi chọn tệp vừa lưu.',
}

export function flattenSheetJsCell(cell: CellObject | undefined): InventoryCellValue {
  if (!cell) return null
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '')
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null
    case 'b':
      return cell.v === true
    case 'd':
      return cell.v instanceof Date ? cell.v : null
    case 'e':
      return cell.w ?? '#ERR'
    default:
      return null
  }
}

function sheetGrid(sheet: WorkSheet): InventoryCellValue[][] {
  const data = sheet['!data'] ?? []
  const grid: InventoryCellValue[][] = []
  for (let r = 0; r < data.length; r++) {
    const cells = (data[r] ?? []).map((cell) => flattenSheetJsCell(cell))
    grid.push(cells)
  }
  // A merged cell reads as its master's value down the master's own column only (sheet-grid.ts).
  for (const merge of sheet['!merges'] ?? []) {
    const master = grid[merge.s.r]?.[merge.s.c] ?? null
    for (let r = merge.s.r; r <= merge.e.r && r < grid.length; r++) {
      const row = grid[r]
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        if (r === merge.s.r && c === merge.s.c) continue
        if (c >= row.length && (c !== merge.s.c || master === null)) continue
        while (row.length < c) row.push(null)
        row[c] = c === merge.s.c ? master : null
      }
    }
  }
  for (const row of grid) while (row.length > 0 && row[row.length - 1] === null) row.pop()
  return grid
}

function tooManyRows(name: string): DomainError {
  return new DomainError(
    'sheet_too_large',
    `Trang tính "${name}" có hơn ${vi(MAX_SHEET_ROWS)} dòng — quá lớn cho một danh mục hệ thống. Hãy xoá các ` +
      'dòng thừa ở cuối trang tính hoặc tách danh mục thành các tệp nhỏ hơn. CapDo không mở tệp này để bảo vệ máy tính.',
    { sheet: name, limit: MAX_SHEET_ROWS },
  )
}

function tooManyColumns(name: string, columns: number): DomainError {
  return new DomainError(
    'sheet_too_large',
    `Trang tính "${name}" có ${vi(columns)} cột, vượt giới hạn ${vi(MAX_DECLARED_COLUMNS)} cột của Excel: tệp bị ` +
      'hỏng hoặc được tạo ra để làm treo máy. Hãy mở tệp bằng LibreOffice, xoá các cột thừa bên phải bảng rồi ' +
      'lưu lại. CapDo không mở tệp này để bảo vệ máy tính.',
    { sheet: name, columns, limit: MAX_DECLARED_COLUMNS },
  )
}

/**
 * The sheet's grid within the limits the other readers keep: rows as read (one more than allowed
 * tells "beyond"), and columns after trailing empty cells are dropped. An .ods cell repeated
 * across millions of columns is one element in the file and SheetJS leaves it out of `!ref`, so
 * the width is measured on the cells themselves.
 */
function checkedGrid(sheet: WorkSheet, name: string): InventoryCellValue[][] {
  const grid = sheetGrid(sheet)
  if (grid.length > MAX_SHEET_ROWS) throw tooManyRows(name)
  const columns = grid.reduce((widest, row) => Math.max(widest, row.length), 0)
  if (columns > MAX_DECLARED_COLUMNS) throw tooManyColumns(name, columns)
  return grid
}

function isPasswordError(error: unknown): boolean {
  return /password|encrypt/i.test(String(error))
}

export async function readSheetJsBook(bytes: Uint8Array, kind: 'xls' | 'ods'): Promise<SourceBook> {
  // An .ods is a zip: the same bomb and size limits as an .xlsx before anything is inflated.
  if (kind === 'ods') assertZipWithinLimits(bytes)
  const XLSX = await import('@e965/xlsx')
  let workbook: WorkBook
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      cellDates: true,
      dense: true,
      // One row more than allowed, to tell "at the limit" from "beyond it" without reading it all.
      sheetRows: MAX_SHEET_ROWS + 1,
      cellHTML: false,
      cellStyles: false,
    })
  } catch (error) {
    if (isPasswordError(error)) {
      throw new DomainError('unreadable_file', UNREADABLE_MESSAGES.encrypted, { cause: String(error) })
    }
    throw new DomainError('unreadable_file', UNREADABLE[kind], { cause: String(error) })
  }
  if (workbook.SheetNames.length === 0) throw new DomainError('unreadable_file', UNREADABLE[kind])
  const props = workbook.Workbook?.Sheets ?? []
  return {
    format: { kind },
    sheets: workbook.SheetNames.map((name, index) => {
      let grid: InventoryCellValue[][] | null = null
      return {
        name,
        hidden: (props[index]?.Hidden ?? 0) !== 0,
        grid(maxRows = Infinity): SheetGrid {
          grid ??= checkedGrid(workbook.Sheets[name], name)
          return maxRows >= grid.length ? grid : grid.slice(0, maxRows)
        },
      }
    }),
    date1904: workbook.Workbook?.WBProps?.date1904 === true,
  }
}
