/**
 * Finding the header row of an inventory sheet and mapping its columns to fields (docs/domain.md §5).
 * Headers are compared folded (no case, diacritics, punctuation or extra spaces); a trailing
 * remark in brackets ("Cấp độ (1-5)", "Tên hệ thống (*)") is tolerated. The header row is the
 * row of the first ~30 that names the most fields, and it must name at least the system and
 * its unit: title rows, merged banners and blank rows above it are thereby skipped.
 */
import { foldKey } from '../text'
import { DERIVED_HEADERS, INVENTORY_COLUMNS, type InventoryField } from './columns'
import { cellText, type InventoryCellValue, type SheetGrid } from './cell'
import type { ColumnMapping, MappingOverrides } from './types'

export const HEADER_SCAN_ROWS = 30

const REQUIRED_FIELDS: readonly InventoryField[] = INVENTORY_COLUMNS.filter((c) => c.required).map(
  (c) => c.field,
)

const FIELD_BY_HEADER = new Map<string, InventoryField>()
for (const column of INVENTORY_COLUMNS) {
  for (const text of [column.header, ...column.aliases]) {
    const key = foldKey(text)
    if (!FIELD_BY_HEADER.has(key)) FIELD_BY_HEADER.set(key, column.field)
  }
}
const DERIVED = new Set(DERIVED_HEADERS.map(foldKey))

export type HeaderMatch = { kind: 'field'; field: InventoryField } | { kind: 'derived' } | { kind: 'unknown' }

const TRAILING_REMARK = /\s*[([][^()[\]]*[)\]]\s*$/u

/** What a header cell names. */
export function matchHeader(text: string): HeaderMatch {
  const candidates = [text]
  const bare = text.replace(TRAILING_REMARK, '')
  if (bare !== text) candidates.push(bare)
  for (const candidate of candidates) {
    const key = foldKey(candidate)
    const field = FIELD_BY_HEADER.get(key)
    if (field) return { kind: 'field', field }
    if (DERIVED.has(key)) return { kind: 'derived' }
  }
  return { kind: 'unknown' }
}

export interface HeaderColumns {
  /** Each recognised field with the first column that names it. */
  mapping: ColumnMapping[]
  /** Non-empty headers that name no field, or a field already named by an earlier column. */
  ignoredColumns: string[]
}

/** Map one header row's cells to fields, then apply the user's overrides. */
export function mapHeaderRow(
  headerCells: readonly string[],
  overrides: MappingOverrides = {},
): HeaderColumns {
  const byField = new Map<InventoryField, number>()
  const unknown = new Set<number>()
  headerCells.forEach((text, index) => {
    if (!text) return
    const match = matchHeader(text)
    if (match.kind === 'field' && !byField.has(match.field)) byField.set(match.field, index)
    else if (match.kind !== 'derived') unknown.add(index)
  })
  for (const [field, index] of Object.entries(overrides) as [InventoryField, number | undefined][]) {
    if (index === undefined) continue
    // A column feeds one field: taking it for this field takes it from any other.
    for (const [other, otherIndex] of byField)
      if (otherIndex === index && other !== field) byField.delete(other)
    const previous = byField.get(field)
    byField.delete(field)
    if (previous !== undefined && headerCells[previous]) unknown.add(previous)
    if (index >= 0) {
      byField.set(field, index)
      unknown.delete(index)
    }
  }
  const mapping = [...byField]
    .map(([field, columnIndex]) => ({ field, columnIndex, header: headerCells[columnIndex] ?? '' }))
    .sort((a, b) => a.columnIndex - b.columnIndex)
  const ignoredColumns = [...unknown].sort((a, b) => a - b).map((i) => headerCells[i])
  return { mapping, ignoredColumns }
}

export function headerCellsOf(grid: SheetGrid, rowIndex: number): string[] {
  return (grid[rowIndex] ?? []).map((v) => cellText(v))
}

export function hasRequiredFields(mapping: readonly ColumnMapping[]): boolean {
  return REQUIRED_FIELDS.every((f) => mapping.some((m) => m.field === f))
}

/**
 * The 0-based index of the header row, or null when none of the first rows names at least the
 * system and its unit. Ties go to the upper row.
 */
export function detectHeaderRow(grid: SheetGrid, scanRows = HEADER_SCAN_ROWS): number | null {
  let best: { index: number; score: number } | null = null
  for (let i = 0; i < Math.min(grid.length, scanRows); i++) {
    const { mapping } = mapHeaderRow(headerCellsOf(grid, i))
    if (!hasRequiredFields(mapping)) continue
    if (!best || mapping.length > best.score) best = { index: i, score: mapping.length }
  }
  return best?.index ?? null
}

/** "1", "(2)", "[3]": the row of column numbers official forms put under the header. */
export function isColumnNumber(text: string): boolean {
  return /^[([]?\d{1,2}[)\]]?$/u.test(text)
}

/**
 * Is the row under the header more header? Yes when its name and unit cells are empty or repeat
 * their header (a title merged down over two rows) and it holds only text: sub-headers under
 * group titles ("Số", "Ngày" under "Quyết định phê duyệt") or the column numbers of a form.
 */
function isHeaderContinuation(
  head: readonly string[],
  sub: readonly string[],
  raw: readonly InventoryCellValue[],
  keyColumns: readonly number[],
): boolean {
  const filled = sub.map((text, j) => ({ text, j })).filter((c) => c.text !== '')
  if (filled.length === 0) return false
  if (filled.length >= 3 && filled.every((c) => isColumnNumber(c.text))) return true
  if (keyColumns.length < 2) return false
  const blankOrRepeat = (j: number): boolean => !sub[j] || foldKey(sub[j]) === foldKey(head[j] ?? '')
  return keyColumns.every(blankOrRepeat) && filled.every((c) => typeof raw[c.j] === 'string')
}

export interface HeaderBlock {
  /** One header text per column: a sub-header that names a field wins over the group title above it. */
  cells: string[]
  /** 0-based index of the first row below the header (and its continuation rows). */
  dataStart: number
}

/** The header row plus up to two rows continuing it (sub-headers, column numbers). */
export function headerBlock(
  grid: SheetGrid,
  headerIndex: number,
  overrides: MappingOverrides = {},
): HeaderBlock {
  const head = headerCellsOf(grid, headerIndex)
  const cells = [...head]
  const keyColumns = mapHeaderRow(head, overrides)
    .mapping.filter((m) => m.field === 'name' || m.field === 'unit')
    .map((m) => m.columnIndex)
  let next = headerIndex + 1
  while (next < grid.length && next <= headerIndex + 2) {
    const sub = headerCellsOf(grid, next)
    if (!isHeaderContinuation(head, sub, grid[next] ?? [], keyColumns)) break
    sub.forEach((text, j) => {
      if (text === '' || isColumnNumber(text) || foldKey(text) === foldKey(cells[j] ?? '')) return
      if (matchHeader(text).kind !== 'unknown' || !cells[j]) cells[j] = text
    })
    next++
  }
  for (let j = 0; j < cells.length; j++) cells[j] = cells[j] ?? ''
  return { cells, dataStart: next }
}

/** The headers an inventory must have, for the message shown when none is found. */
export function expectedHeadersMessage(): string {
  const list = (field: InventoryField): string => {
    const column = INVENTORY_COLUMNS.find((c) => c.field === field)
    return column ? [column.header, ...column.aliases].map((h) => `"${h}"`).join(', ') : ''
  }
  const optional = INVENTORY_COLUMNS.filter((c) => !c.required).map((c) => c.header)
  return (
    `Cần một dòng tiêu đề (trong ${HEADER_SCAN_ROWS} dòng đầu) có ít nhất cột tên hệ thống (${list('name')}) ` +
    `và cột đơn vị (${list('unit')}). Các cột khác được nhận: ${optional.join(', ')}.`
  )
}
