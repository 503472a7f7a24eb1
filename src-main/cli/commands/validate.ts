/**
 * `validate <file> [--json]` (.xlsx, .xls, .ods, .csv, .txt): reads an inventory as the import would and lists every cell
 * it cannot read. Exit 0 clean, 1 errors, 2 usage error or unreadable file. With --json, stdout
 * is exactly one object { errors: [{ row, column, field, value, message }], rows }.
 */
import type { DateOrder } from '../../../src-renderer/src/domain/inventory/date-order'
import { dateOrderOption, parseArgs, UsageError } from '../args'
import { cellErrorJson, dateOrderLines, formatCellError, readInventoryFile } from '../inventory-file'
import { EXIT, type CliIo } from '../io'

export const VALIDATE_USAGE =
  'Cách dùng: capdo validate <tệp danh mục: .xlsx, .xls, .ods, .csv hoặc .txt> [--date-order ngay-thang|thang-ngay] [--json]'

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  let path: string
  let json: boolean
  let dateOrder: DateOrder | undefined
  try {
    const parsed = parseArgs(args, { flags: ['json'], options: ['date-order'] })
    if (parsed.positionals.length !== 1) throw new UsageError('Cần đúng một tệp Excel để kiểm tra.')
    path = parsed.positionals[0]
    json = parsed.flags.has('json')
    dateOrder = dateOrderOption(parsed)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`${error.message}\n${VALIDATE_USAGE}\n`)
    return EXIT.usage
  }

  const outcome = await readInventoryFile(path, io, dateOrder)
  if (!outcome.ok) {
    io.stderr(`${outcome.message}\n`)
    return EXIT.usage
  }
  const { result } = outcome
  const code = result.errors.length > 0 ? EXIT.dataErrors : EXIT.ok

  if (json) {
    io.stdout(`${JSON.stringify({ errors: result.errors.map(cellErrorJson), rows: result.rowsRead })}\n`)
    return code
  }

  const lines = [
    `Tệp "${path}": trang tính "${result.sheetName}", dòng tiêu đề ${result.headerRow}.`,
    `Đã đọc ${result.rowsRead} dòng dữ liệu.`,
  ]
  if (result.ignoredColumns.length > 0) {
    lines.push(`Các cột không nhận ra (bỏ qua): ${result.ignoredColumns.map((c) => `"${c}"`).join(', ')}.`)
  }
  lines.push(...dateOrderLines(result))
  if (result.errors.length === 0) {
    lines.push('Không có lỗi.')
  } else {
    lines.push(`Có ${result.errors.length} lỗi:`)
    for (const error of result.errors) lines.push(`  ${formatCellError(error)}`)
  }
  io.stdout(`${lines.join('\n')}\n`)
  return code
}
