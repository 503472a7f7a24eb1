/**
 * Day or month first, per column, for dates written as text (DOMAIN.md §5, issue 15). A CSV holds
 * the text its cells displayed, so a workbook whose date cells were shown month first (templates
 * made on English-locale machines) gives "4/16/2026" and "6/2/2026" beside day-first dates.
 *
 * Day first stays the rule. A column holding a value that only a month-first reading makes a date
 * is ambiguous: none of its order-dependent cells is read until the officer chooses the column's
 * order, and then every cell of the column is read that one way — "6/2/2026" never means one date
 * in one row and another in the next. A value the chosen order makes impossible is an error
 * (dates.ts), never swapped on its own. Real date cells and serial numbers are dates whatever
 * their display format, so they say nothing here.
 */
import { isValidYmd, type IsoDate } from '../calendar-date'
import { normalizeText } from '../text'
import { cellAt, type InventoryCellValue, type SheetGrid } from './cell'
import { INVENTORY_FIELDS, type InventoryField } from './columns'
import { parseDateText } from './dates'
import type { ColumnMapping } from './types'

export const DATE_ORDERS = ['day_first', 'month_first'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

/** The officer's choice per column, by field. */
export type DateOrderChoices = Partial<Record<InventoryField, DateOrder>>

/**
 * What one cell says about its column's order: only day first makes it a date, only month first
 * does, both do (and give different dates), or nothing (not text a/b/yyyy, a = b, or no date either way).
 */
export type OrderEvidence = 'day_first' | 'month_first' | 'either' | 'none'

// The date may sit inside words ("Hoàn thành ngày 20/12/2024" in the deployment column).
const SLASH_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/

export function orderEvidence(value: InventoryCellValue): OrderEvidence {
  if (typeof value !== 'string') return 'none'
  const match = SLASH_DATE.exec(normalizeText(value))
  if (!match) return 'none'
  const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])]
  const dayFirst = isValidYmd(year, second, first)
  const monthFirst = isValidYmd(year, first, second)
  if (dayFirst && monthFirst) return first === second ? 'none' : 'either'
  if (dayFirst) return 'day_first'
  if (monthFirst) return 'month_first'
  return 'none'
}

/** The date a value reads as in an order (the preview shows it), or null when that order makes it none. */
export function readingIn(text: string, order: DateOrder): IsoDate | null {
  const match = SLASH_DATE.exec(normalizeText(text))
  if (!match) return null
  const outcome = parseDateText(match[0], order)
  return outcome.ok ? outcome.value : null
}

/** A value as the file has it, and the row Excel shows it on. */
export interface DateSample {
  row: number
  text: string
}

export interface EvidenceGroup {
  count: number
  /** The first few, in file order, for the preview. */
  samples: DateSample[]
}

/** A column whose text dates depend on the order they are read in. */
export interface DateColumnOrder {
  field: InventoryField
  header: string
  /** Values only a day-first reading makes dates (16/04/2026). */
  dayFirst: EvidenceGroup
  /** Values only a month-first reading makes dates (4/16/2026). */
  monthFirst: EvidenceGroup
  /** Values both readings make dates, different ones (6/2/2026). */
  either: EvidenceGroup
  /** The order the column is read in; null while it waits for the officer's choice. */
  order: DateOrder | null
  /** The officer chose the order (else it is the rule, day first). */
  chosen: boolean
}

export const SAMPLE_COUNT = 5

/**
 * The order of a column: the officer's choice; else day first, the rule, unless a value proves the
 * file wrote some dates month first — then nobody can tell which "6/2/2026" means, so it waits.
 */
export function resolveOrder(
  column: Pick<DateColumnOrder, 'monthFirst'>,
  chosen: DateOrder | undefined,
): DateOrder | null {
  if (chosen !== undefined) return chosen
  return column.monthFirst.count > 0 ? null : 'day_first'
}

/** One order for every column (the CLI's `--date-order`); fields that are no date column are ignored. */
export function everyColumn(order: DateOrder): DateOrderChoices {
  return Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, order]))
}

const emptyGroup = (): EvidenceGroup => ({ count: 0, samples: [] })

/**
 * The date columns (of `columns`) whose text values depend on the order, with what they hold and
 * the order each is read in. Columns with no such value are left out: they read the same either way.
 * A column the officer chose an order for stays listed while a value depends on it, so the choice
 * can be seen and undone.
 */
export function dateColumnOrders(
  grid: SheetGrid,
  dataStart: number,
  columns: readonly ColumnMapping[],
  choices: DateOrderChoices = {},
): DateColumnOrder[] {
  const found = columns.map((c) => ({
    column: c,
    groups: { day_first: emptyGroup(), month_first: emptyGroup(), either: emptyGroup() },
  }))
  for (let index = dataStart; index < grid.length; index++) {
    for (const { column, groups } of found) {
      const value = cellAt(grid, index, column.columnIndex)
      const evidence = orderEvidence(value)
      if (evidence === 'none') continue
      const group = groups[evidence]
      group.count++
      if (group.samples.length < SAMPLE_COUNT)
        group.samples.push({ row: index + 1, text: normalizeText(String(value)) })
    }
  }
  return found
    .filter(
      ({ column, groups }) =>
        groups.either.count + groups.month_first.count > 0 ||
        (choices[column.field] && groups.day_first.count > 0),
    )
    .map(({ column, groups }) => {
      const chosen = choices[column.field]
      const monthFirst = groups.month_first
      return {
        field: column.field,
        header: column.header,
        dayFirst: groups.day_first,
        monthFirst,
        either: groups.either,
        order: resolveOrder({ monthFirst }, chosen),
        chosen: chosen !== undefined,
      }
    })
}

const listed = (group: EvidenceGroup): string => group.samples.map((s) => s.text).join(', ')

/** The error of an order-dependent cell in a column that waits for the officer's choice. */
export function undecidedOrderMessage(column: DateColumnOrder): string {
  const mixed =
    column.dayFirst.count > 0 ? ` lẫn ngày chỉ đọc được khi ngày đứng trước (${listed(column.dayFirst)})` : ''
  return (
    `Cột “${column.header}” có ngày chỉ đọc được khi tháng đứng trước (${listed(column.monthFirst)})${mixed}, ` +
    'nên CapDo không đoán ô này là ngày nào: hãy chọn thứ tự ngày, tháng cho cột này ' +
    '(ngày/tháng/năm hay tháng/ngày/năm) rồi đọc lại'
  )
}
