/**
 * Reading one inventory file for a command: the bytes through CliIo, the workbook through the
 * same reader the import screen uses. A file that cannot be opened or is not an inventory comes
 * back as a Vietnamese message (the command exits 2); data errors stay in the result (exit 1).
 */
import { isDomainError } from '../../src-renderer/src/domain/errors'
import { everyColumn, type DateOrder } from '../../src-renderer/src/domain/inventory/date-order'
import type { CellError, InventoryParseResult } from '../../src-renderer/src/domain/inventory/types'
import { readInventoryWorkbook } from '../../src-renderer/src/excel/import/read-workbook'
import { readFailure } from './fs-errors'
import { EXIT, type CliIo } from './io'

export type InventoryFileOutcome = { ok: true; result: InventoryParseResult } | { ok: false; message: string }

/**
 * @param dateOrder the order of day and month of every date column's text, when the user gave
 *   `--date-order`; else each column is read day first unless it proves it must be chosen.
 */
export async function readInventoryFile(
  path: string,
  io: CliIo,
  dateOrder?: DateOrder,
): Promise<InventoryFileOutcome> {
  let data: Uint8Array
  try {
    data = await io.readFile(path)
  } catch (error) {
    return { ok: false, message: readFailure(path, error) }
  }
  try {
    const dateOrders = dateOrder === undefined ? undefined : everyColumn(dateOrder)
    return { ok: true, result: await readInventoryWorkbook(data, { dateOrders }) }
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: `Tệp "${path}": ${error.message}` }
    throw error
  }
}

/**
 * The inventory a command works from, free of cell errors; otherwise says why on stderr (every bad
 * cell, and how to go on) and gives the exit code to return.
 * @param refused what is not done, e.g. "chưa tạo phiếu".
 */
export async function readCleanInventory(
  path: string,
  io: CliIo,
  refused: string,
): Promise<{ ok: true; result: InventoryParseResult } | { ok: false; exit: number }> {
  const inventory = await readInventoryFile(path, io)
  if (!inventory.ok) {
    io.stderr(`${inventory.message}\n`)
    return { ok: false, exit: EXIT.usage }
  }
  const errors = inventory.result.errors
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${formatCellError(e)}`)
    io.stderr(
      `Tệp danh mục có ${lines.length} lỗi, ${refused}:\n${lines.join('\n')}\n` +
        'Hãy sửa các ô trên trong tệp (hoặc kiểm tra bằng lệnh validate) rồi chạy lại.\n',
    )
    return { ok: false, exit: EXIT.dataErrors }
  }
  return inventory
}

/** One cell error as a line a person reads. */
export function formatCellError(error: CellError): string {
  const found = error.value === '' ? 'ô trống' : `giá trị "${error.value}"`
  return `Dòng ${error.row}, cột "${error.column}" (${found}): ${error.message}.`
}

/** The cell error as the JSON contract of `validate --json` has it, keys in this order. */
export function cellErrorJson(error: CellError): CellError {
  return {
    row: error.row,
    column: error.column,
    field: error.field,
    value: error.value,
    message: error.message,
  }
}

/**
 * How each date column whose text reads differently day or month first was read, and what to do
 * about a column that waits for a choice (the command-line form of the import preview's card).
 */
export function dateOrderLines(result: InventoryParseResult): string[] {
  const lines: string[] = []
  for (const c of result.dateColumns) {
    if (c.either.count + c.monthFirst.count + c.dayFirst.count === 0) continue
    const samples = [...c.monthFirst.samples, ...c.either.samples].map((s) => s.text).join(', ')
    if (c.order === null) {
      lines.push(
        `Cột "${c.header}": chưa rõ thứ tự ngày, tháng (có ngày chỉ đọc được khi tháng đứng trước: ${samples}).`,
      )
    } else {
      const how = c.order === 'day_first' ? 'ngày/tháng/năm' : 'tháng/ngày/năm'
      lines.push(
        `Cột "${c.header}": đọc theo thứ tự ${how}${c.chosen ? ' (theo --date-order)' : ' (mặc định)'}.`,
      )
    }
  }
  if (result.dateColumns.some((c) => c.order === null)) {
    lines.push(
      'Chạy lại với --date-order ngay-thang (ngày trước) hoặc --date-order thang-ngay (tháng trước) ' +
        'để chọn thứ tự của các cột ngày ghi dạng chữ.',
    )
  }
  return lines
}
