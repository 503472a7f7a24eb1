/**
 * One worksheet as the inventory parser sees it: a plain grid of cell values, already flattened
 * by whatever read the file (rich text joined, formula results taken, hyperlinks as their text).
 * Keeping the parser on this shape keeps it free of any spreadsheet library, so it runs in a
 * worker, the CLI and tests alike.
 */
import { formatViDate, toIsoDate, type IsoDate } from '../calendar-date'
import { normalizeText } from '../text'

export type InventoryCellValue = string | number | boolean | Date | null

/** `grid[i][j]` is the cell in Excel row `i + 1`, column `j + 1` (A = 0). Rows may be short or missing. */
export type SheetGrid = ReadonlyArray<ReadonlyArray<InventoryCellValue> | undefined>

export function cellAt(grid: SheetGrid, rowIndex: number, columnIndex: number): InventoryCellValue {
  return grid[rowIndex]?.[columnIndex] ?? null
}

/** Empty cell: nothing, or only white space. */
export function isBlank(value: InventoryCellValue): boolean {
  return value === null || (typeof value === 'string' && normalizeText(value) === '')
}

/**
 * The calendar date of a date cell. Spreadsheet readers build dates at midnight UTC from the
 * cell's serial number, so the date is read in UTC, never in the machine's time zone (which would
 * turn 15/03 into 14/03 west of Greenwich).
 */
export function dateCellToIso(value: Date): IsoDate | null {
  if (Number.isNaN(value.getTime())) return null
  try {
    return toIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  } catch {
    return null
  }
}

/** A cell as text, the way a person reads it in Excel: dates dd/mm/yyyy, text normalised. */
export function cellText(value: InventoryCellValue): string {
  if (value === null) return ''
  if (typeof value === 'string') return normalizeText(value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  const iso = dateCellToIso(value)
  return iso ? formatViDate(iso) : ''
}
