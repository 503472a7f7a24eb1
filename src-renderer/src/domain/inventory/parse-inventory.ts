/**
 * Reading one inventory sheet (docs/domain.md §5) from a plain grid of cells: find the header row, map
 * the columns, then read each row below it. Blank, total and note rows are skipped; every cell
 * that cannot be read becomes an error located as the user sees it in Excel (row number, header).
 * Only rows without errors are returned, so "import only the valid rows" is the rows as they are.
 */
import type { IsoDate } from '../calendar-date'
import { dossierDateViolations, type DossierDateField } from '../dossier-dates'
import { DomainError } from '../errors'
import { foldKey } from '../text'
import { INVENTORY_COLUMNS, type InventoryField } from './columns'
import { cellAt, cellText, isBlank, type InventoryCellValue, type SheetGrid } from './cell'
import { parseInformationTypes, parseSystemType } from './classification'
import {
  dateColumnOrders,
  orderEvidence,
  undecidedOrderMessage,
  type DateColumnOrder,
  type DateOrderChoices,
} from './date-order'
import { parseDate, type DateOptions } from './dates'
import { parseDeployment } from './deployment'
import {
  detectHeaderRow,
  expectedHeadersMessage,
  hasRequiredFields,
  headerBlock,
  isColumnNumber,
  mapHeaderRow,
} from './header'
import { parseLevel } from './level'
import { parseStatus } from './status'
import type {
  CellError,
  ColumnMapping,
  InventoryParseResult,
  InventoryRecord,
  InventoryRow,
  MappingOverrides,
  ParseOutcome,
} from './types'

export interface InventoryParseOptions extends DateOptions {
  sheetName: string
  mapping?: MappingOverrides
  /** The header row's Excel row number, when the user names it; found automatically otherwise. */
  headerRow?: number
  /** Today's real date: a date of something done after it is an error. Not checked when absent. */
  today?: IsoDate
  /** The order the officer chose for the text dates of some columns (date-order.ts). */
  dateOrders?: DateOrderChoices
}

type DateField =
  | 'submittedOn'
  | 'appraisedOn'
  | 'approvedOn'
  | 'securityRulesOn'
  | 'expectedApprovalOn'
  | 'expectedDeploymentOn'
  | 'lastAssessedOn'
  | 'commissionedOn'
  | 'investmentStartedOn'

/** The columns that hold a date and nothing else (the deployment column may hold words too). */
export const DATE_FIELDS: readonly DateField[] = [
  'submittedOn',
  'appraisedOn',
  'approvedOn',
  'securityRulesOn',
  'expectedApprovalOn',
  'expectedDeploymentOn',
  'lastAssessedOn',
  'commissionedOn',
  'investmentStartedOn',
]

/** The columns whose text may hold a date written day or month first. */
const ORDERED_FIELDS: readonly InventoryField[] = [...DATE_FIELDS, 'deployedOn']

type TextField =
  | 'name'
  | 'unit'
  | 'block'
  | 'owner'
  | 'decisionNo'
  | 'approvalIssuer'
  | 'securityRulesNo'
  | 'securityRulesIssuer'
  | 'description'
  | 'notes'

const TEXT_FIELDS: readonly TextField[] = [
  'name',
  'unit',
  'block',
  'owner',
  'decisionNo',
  'approvalIssuer',
  'securityRulesNo',
  'securityRulesIssuer',
  'description',
  'notes',
]

/** The cells whose presence makes a row without a name an error rather than a note. */
const DATA_FIELDS: readonly InventoryField[] = ['unit', 'level', 'status']

export const MISSING_NAME = 'Thiếu tên hệ thống: dòng có dữ liệu nhưng không có tên hệ thống'
export const MISSING_UNIT = 'Thiếu đơn vị quản lý, vận hành của hệ thống'

/** "Tổng cộng", "Tổng số: 12 hệ thống", "Cộng": a totals row, not a system. */
function isTotalsLabel(value: InventoryCellValue): boolean {
  return typeof value === 'string' && TOTALS.test(foldKey(value))
}
// On the folded text. "Tổng số" and "Cộng" only alone or before a count: "Tổng số hóa…" and
// "Cổng 1 cửa" are systems ("Cộng" and "Cổng" fold alike).
const TOTALS =
  /^(?:tong cong(?: .*)?|tong so(?: \d+(?: .*)?| he thong.*| httt.*)?|cong(?: \d+(?: he thong| httt)?)?)$/

/** "Ghi chú: …", "Lưu ý", "Chú thích": a note under (or in) the table, when the row holds no data. */
function isNoteLabel(value: InventoryCellValue): boolean {
  if (typeof value !== 'string') return false
  const key = foldKey(value)
  return NOTE_PREFIXES.some((p) => key === p || key.startsWith(p + ' '))
}
const NOTE_PREFIXES = ['ghi chu', 'luu y', 'chu thich']

/** The header printed again (a page break, a second block): the name and unit cells repeat their headers. */
function isRepeatedHeader(
  get: (field: InventoryField) => InventoryCellValue,
  columnOf: ReadonlyMap<InventoryField, ColumnMapping>,
): boolean {
  return (['name', 'unit'] as const).every(
    (f) => foldKey(cellText(get(f))) === foldKey(columnOf.get(f)?.header ?? ''),
  )
}

/** (1) (2) (3) …: the column numbers of an official form, not a system. */
function isColumnNumberRow(cells: readonly InventoryCellValue[]): boolean {
  const filled = cells.filter((v) => !isBlank(v))
  return filled.length >= 3 && filled.every((v) => isColumnNumber(cellText(v)))
}

function emptyRecord(): InventoryRecord {
  return {
    id: null,
    name: '',
    unit: '',
    block: '',
    owner: '',
    level: null,
    systemType: null,
    informationTypes: [],
    dossierState: 'not_started',
    submittedOn: null,
    appraisedOn: null,
    decisionNo: '',
    approvedOn: null,
    approvalIssuer: '',
    securityRulesNo: '',
    securityRulesOn: null,
    securityRulesIssuer: '',
    deploymentState: 'none',
    deployedOn: null,
    expectedApprovalOn: null,
    expectedDeploymentOn: null,
    lastAssessedOn: null,
    commissionedOn: null,
    investmentStartedOn: null,
    description: '',
    notes: '',
  }
}

function locateHeader(grid: SheetGrid, options: InventoryParseOptions): number {
  if (options.headerRow !== undefined) {
    if (!Number.isInteger(options.headerRow) || options.headerRow < 1) {
      throw new DomainError('invalid_header_row', `Dòng tiêu đề không hợp lệ: ${options.headerRow}.`)
    }
    return options.headerRow - 1
  }
  const index = detectHeaderRow(grid)
  if (index === null) {
    throw new DomainError(
      'no_header',
      `Không tìm thấy dòng tiêu đề của danh mục hệ thống trong trang tính "${options.sheetName}". ` +
        expectedHeadersMessage(),
      { sheetName: options.sheetName },
    )
  }
  return index
}

function requireColumns(mapping: readonly ColumnMapping[], headerRow: number): void {
  if (hasRequiredFields(mapping)) return
  const missing = INVENTORY_COLUMNS.filter((c) => c.required && !mapping.some((m) => m.field === c.field))
  throw new DomainError(
    'missing_columns',
    `Dòng tiêu đề (dòng ${headerRow}) thiếu cột bắt buộc: ${missing.map((c) => `"${c.header}"`).join(', ')}.`,
    { missing: missing.map((c) => c.field) },
  )
}

/** Reads one sheet; throws a DomainError when it has no usable header row. */
export function parseInventoryGrid(grid: SheetGrid, options: InventoryParseOptions): InventoryParseResult {
  const headerIndex = locateHeader(grid, options)
  const block = headerBlock(grid, headerIndex, options.mapping)
  const { mapping, ignoredColumns } = mapHeaderRow(block.cells, options.mapping)
  requireColumns(mapping, headerIndex + 1)

  const columnOf = new Map(mapping.map((m) => [m.field, m]))
  const dateColumns = dateColumnOrders(
    grid,
    block.dataStart,
    mapping.filter((m) => ORDERED_FIELDS.includes(m.field)),
    options.dateOrders,
  )
  const orderOf = new Map<InventoryField, DateColumnOrder>(dateColumns.map((c) => [c.field, c]))
  const dateOptions = (field: InventoryField): DateOptions => ({
    date1904: options.date1904,
    order: orderOf.get(field)?.order ?? 'day_first',
  })
  const present = mapping.map((m) => m.field)
  const rows: InventoryRow[] = []
  const errors: CellError[] = []
  const seen = new Map<string, number>()
  let rowsRead = 0

  for (let index = block.dataStart; index < grid.length; index++) {
    const excelRow = index + 1
    const get = (field: InventoryField): InventoryCellValue => {
      const column = columnOf.get(field)
      return column ? cellAt(grid, index, column.columnIndex) : null
    }
    const rowErrors: CellError[] = []
    const fail = (field: InventoryField, message: string): void => {
      rowErrors.push({
        row: excelRow,
        column: columnOf.get(field)?.header ?? '',
        field,
        value: cellText(get(field)),
        message,
      })
    }
    const take = <T>(field: InventoryField, outcome: ParseOutcome<T>, fallback: T): T => {
      if (outcome.ok) return outcome.value
      fail(field, outcome.message)
      return fallback
    }
    // A cell whose reading depends on an order not decided yet is an error, not a guess.
    const undecided = (field: InventoryField): boolean => {
      const column = orderOf.get(field)
      if (column === undefined || column.order !== null || orderEvidence(get(field)) === 'none') return false
      fail(field, undecidedOrderMessage(column))
      return true
    }

    const cells = grid[index] ?? []
    const firstFilled = cells.find((v) => !isBlank(v)) ?? null
    if (firstFilled === null || isTotalsLabel(firstFilled) || isTotalsLabel(get('name'))) continue
    if (isRepeatedHeader(get, columnOf) || isColumnNumberRow(cells)) continue
    const hasData = DATA_FIELDS.some((f) => !isBlank(get(f)))
    if (!hasData && (isNoteLabel(firstFilled) || isNoteLabel(get('name')))) continue
    if (isBlank(get('name'))) {
      if (hasData) {
        rowsRead++
        fail('name', MISSING_NAME)
        errors.push(...rowErrors)
      }
      continue
    }
    rowsRead++

    const record = emptyRecord()
    for (const field of TEXT_FIELDS) record[field] = cellText(get(field))
    const id = cellText(get('id'))
    record.id = id === '' ? null : id
    if (record.unit === '') fail('unit', MISSING_UNIT)
    record.level = take('level', parseLevel(get('level')), null)
    record.systemType = take('systemType', parseSystemType(get('systemType')), null)
    record.informationTypes = take('informationTypes', parseInformationTypes(get('informationTypes')), [])
    for (const field of DATE_FIELDS) {
      if (undecided(field)) continue
      record[field] = take<IsoDate | null>(field, parseDate(get(field), dateOptions(field)), null)
    }
    record.dossierState = take(
      'status',
      parseStatus(get('status'), record.approvedOn !== null),
      'not_started',
    )
    const deployment = undecided('deployedOn')
      ? { state: 'none' as const, deployedOn: null }
      : take('deployedOn', parseDeployment(get('deployedOn'), dateOptions('deployedOn')), {
          state: 'none',
          deployedOn: null,
        })
    record.deploymentState = deployment.state
    record.deployedOn = deployment.deployedOn
    // Dates the row itself holds out of order, or in the future (domain/dossier-dates.ts): the
    // error sits on the later step's cell and names the other column.
    if (rowErrors.length === 0) {
      for (const v of dossierDateViolations(record, options.today)) {
        const field: DossierDateField = v.kind === 'order' ? v.later : v.field
        const other = v.kind === 'order' ? columnOf.get(v.earlier)?.header : undefined
        fail(field, other ? `${v.message} Kiểm tra cột “${other}” và cột này.` : v.message)
      }
    }

    const key =
      record.id !== null ? `id:${record.id}` : `name:${foldKey(record.unit)}\u0000${foldKey(record.name)}`
    const firstRow = seen.get(key)
    if (firstRow !== undefined) {
      if (record.id !== null) fail('id', `Mã hệ thống "${record.id}" trùng với dòng ${firstRow}`)
      else fail('name', `Hệ thống "${record.name}" của đơn vị "${record.unit}" trùng với dòng ${firstRow}`)
    } else {
      seen.set(key, excelRow)
    }

    // A row's errors in the order of its columns, as the user reads the row.
    const order = (e: CellError): number => columnOf.get(e.field)?.columnIndex ?? -1
    if (rowErrors.length > 0) errors.push(...rowErrors.sort((a, b) => order(a) - order(b)))
    else rows.push({ excelRow, record, present })
  }

  return {
    sheetName: options.sheetName,
    headerRow: headerIndex + 1,
    mapping,
    ignoredColumns,
    columns: block.cells,
    dateColumns,
    rows,
    errors,
    rowsRead,
  }
}
