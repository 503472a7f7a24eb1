/**
 * Reading one inventory file for a command: the bytes through CliIo, the workbook through the
 * same reader the import screen uses. A file that cannot be opened or is not an inventory comes
 * back as a Vietnamese message (the command exits 2); data errors stay in the result (exit 1).
 */
import { isDomainError } from '../../src-renderer/src/domain/errors'
import type { CellError, InventoryParseResult } from '../../src-renderer/src/domain/inventory/types'
import { readInventoryWorkbook } from '../../src-renderer/src/excel/import/read-workbook'
import { readFailure } from './fs-errors'
import type { CliIo } from './io'

export type InventoryFileOutcome = { ok: true; result: InventoryParseResult } | { ok: false; message: string }

export async function readInventoryFile(path: string, io: CliIo): Promise<InventoryFileOutcome> {
  let data: Uint8Array
  try {
    data = await io.readFile(path)
  } catch (error) {
    return { ok: false, message: readFailure(path, error) }
  }
  try {
    return { ok: true, result: await readInventoryWorkbook(data) }
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: `Tệp "${path}": ${error.message}` }
    throw error
  }
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
