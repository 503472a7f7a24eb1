/**
 * `report <file.xlsx>... --as-of YYYY-MM-DD [--ruleset ID] [--out report.xlsx] [--json]`:
 * reads one or more inventories (or CapDo exports), evaluates every system under a rule set as
 * of a day, and prints the counters (one JSON object with --json) and/or writes the report
 * workbook. Any file with errors: exit 1, errors on stderr, nothing written.
 */
import { formatViDate, isIsoDate, type IsoDate } from '../../../src-renderer/src/domain/calendar-date'
import type { Counters } from '../../../src-renderer/src/domain/aggregate'
import { LEVEL_KEYS } from '../../../src-renderer/src/domain/aggregate'
import { inventoryToRegister, systemIdOf } from '../../../src-renderer/src/domain/inventory/to-register'
import type { InventoryRow } from '../../../src-renderer/src/domain/inventory/types'
import { evaluateRegister, type EvaluatedRegister } from '../../../src-renderer/src/domain/register'
import { DEFAULT_REPORT_SETTINGS } from '../../../src-renderer/src/domain/report/settings'
import {
  DEFAULT_RULE_SET_ID,
  findShippedRuleSet,
  SHIPPED_RULE_SETS,
  type RuleSet,
} from '../../../src-renderer/src/domain/rule-set'
import { LEVEL_LABEL } from '../../../src-renderer/src/domain/vocabulary'
import { buildReportWorkbook } from '../../../src-renderer/src/excel/export/report-workbook'
import { isDomainError } from '../../../src-renderer/src/domain/errors'
import type { DateOrder } from '../../../src-renderer/src/domain/inventory/date-order'
import { dateOrderOption, parseArgs, UsageError } from '../args'
import { writeFailure } from '../fs-errors'
import { dateOrderLines, formatCellError, readInventoryFile } from '../inventory-file'
import { EXIT, type CliIo } from '../io'
import { reportJson } from '../report-json'

export const REPORT_USAGE =
  'Cách dùng: capdo report <tệp danh mục: .xlsx, .xls, .ods, .csv, .txt>... --as-of YYYY-MM-DD [--ruleset ID] [--date-order ngay-thang|thang-ngay] [--out báo-cáo.xlsx] [--json]'

interface ReportArgs {
  files: string[]
  asOf: IsoDate
  ruleSet: RuleSet
  out: string | null
  json: boolean
  dateOrder: DateOrder | undefined
}

function readArgs(args: readonly string[]): ReportArgs {
  const parsed = parseArgs(args, { flags: ['json'], options: ['as-of', 'ruleset', 'out', 'date-order'] })
  if (parsed.positionals.length === 0) throw new UsageError('Cần ít nhất một tệp Excel danh mục hệ thống.')
  const asOf = parsed.options.get('as-of')
  if (asOf === undefined) throw new UsageError('Thiếu --as-of: ngày tính số liệu, dạng YYYY-MM-DD.')
  if (!isIsoDate(asOf)) {
    throw new UsageError(
      `Ngày --as-of không hợp lệ: "${asOf}". Cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-11-22).`,
    )
  }
  const ruleSetId = parsed.options.get('ruleset') ?? DEFAULT_RULE_SET_ID
  const ruleSet = findShippedRuleSet(ruleSetId)
  if (!ruleSet) {
    const known = SHIPPED_RULE_SETS.map((r) => `${r.id} (${r.name})`).join('; ')
    throw new UsageError(`Không có bộ quy tắc "${ruleSetId}". Các bộ quy tắc có: ${known}.`)
  }
  return {
    files: parsed.positionals,
    asOf,
    ruleSet,
    out: parsed.options.get('out') ?? null,
    json: parsed.flags.has('json'),
    dateOrder: dateOrderOption(parsed),
  }
}

function countersLine(c: Counters): string {
  return (
    `${c.systems} hệ thống; đã phê duyệt ${c.approved}, quá hạn phê duyệt ${c.approvalOverdue}; ` +
    `đã triển khai phương án ${c.deployed}, quá hạn triển khai ${c.deploymentOverdue}; ` +
    `quá hạn kiểm tra, đánh giá ${c.assessmentOverdue}, sắp đến hạn ${c.assessmentDueSoon}; ` +
    `chưa xác định cấp độ ${c.missingLevel}`
  )
}

function summaryText(register: EvaluatedRegister, ruleSet: RuleSet): string {
  const { aggregates } = register
  const lines = [
    `Tình hình cấp độ an toàn hệ thống thông tin tính đến ngày ${formatViDate(register.asOf)} (bộ quy tắc ${ruleSet.id}).`,
    `Tổng cộng: ${countersLine(aggregates.totals)}.`,
    'Theo cấp độ:',
  ]
  for (const key of LEVEL_KEYS) {
    const c = aggregates.byLevel[key]
    if (c.systems > 0)
      lines.push(`  ${LEVEL_LABEL(key === 'unknown' ? null : Number(key))}: ${countersLine(c)}.`)
  }
  lines.push('Theo đơn vị:')
  for (const [unit, c] of aggregates.byUnit) lines.push(`  ${unit}: ${countersLine(c)}.`)
  return `${lines.join('\n')}\n`
}

/** The same system in two files would be counted twice: each is named with where it was seen. */
function duplicateSystems(rowsByFile: readonly { file: string; rows: readonly InventoryRow[] }[]): string[] {
  const seen = new Map<string, { file: string; row: number }>()
  const messages: string[] = []
  for (const { file, rows } of rowsByFile) {
    for (const { excelRow, record } of rows) {
      const id = systemIdOf(record)
      const first = seen.get(id)
      if (first) {
        messages.push(
          `Tệp "${file}", dòng ${excelRow}: hệ thống "${record.name}" của đơn vị "${record.unit}" đã có ở tệp "${first.file}", dòng ${first.row}.`,
        )
      } else {
        seen.set(id, { file, row: excelRow })
      }
    }
  }
  return messages
}

export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  let options: ReportArgs
  try {
    options = readArgs(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`${error.message}\n${REPORT_USAGE}\n`)
    return EXIT.usage
  }

  const rowsByFile: { file: string; rows: InventoryRow[] }[] = []
  const errorLines: string[] = []
  // How to read the dates of a column that waits for a choice of day or month first.
  const hints: string[] = []
  for (const file of options.files) {
    const outcome = await readInventoryFile(file, io, options.dateOrder)
    if (!outcome.ok) {
      io.stderr(`${outcome.message}\n`)
      return EXIT.usage
    }
    const { result } = outcome
    for (const error of result.errors) errorLines.push(`Tệp "${file}", ${formatCellError(error)}`)
    if (result.dateColumns.some((c) => c.order === null))
      hints.push(...dateOrderLines(result).map((line) => `Tệp "${file}": ${line}`))
    rowsByFile.push({ file, rows: result.rows })
  }
  errorLines.push(...duplicateSystems(rowsByFile))
  if (errorLines.length > 0) {
    io.stderr(
      `Có ${errorLines.length} lỗi, chưa lập báo cáo:\n${errorLines.map((l) => `  ${l}`).join('\n')}\n` +
        hints.map((l) => `${l}\n`).join(''),
    )
    return EXIT.dataErrors
  }

  const { asOf, ruleSet } = options
  // Records are stamped with the report day, not the clock: the same files give the same output.
  const register = inventoryToRegister(
    rowsByFile.flatMap((f) => f.rows),
    { now: `${asOf}T00:00:00.000Z` },
  )
  const evaluated = evaluateRegister(register, ruleSet, asOf)

  if (options.out !== null) {
    let bytes: Uint8Array
    try {
      bytes = await buildReportWorkbook({
        register: evaluated,
        ruleSet,
        asOf,
        settings: DEFAULT_REPORT_SETTINGS,
        // One periodic assessment per system, from the inventory's "last assessed on".
        assessments: register.assessments,
        // The files are the register as it is, with no history and no real creation instants (the
        // records are stamped with the report day): Mẫu 08 takes every system as in the register
        // at its period end, and leaves out only the facts the files date after it.
        history: [],
      })
    } catch (error) {
      if (!isDomainError(error)) throw error
      io.stderr(`Không lập được báo cáo: ${error.message}\n`)
      return EXIT.usage
    }
    try {
      await io.writeFile(options.out, bytes)
    } catch (error) {
      io.stderr(`${writeFailure(options.out, error)}\n`)
      return EXIT.usage
    }
  }

  if (options.json) {
    io.stdout(`${JSON.stringify(reportJson(evaluated))}\n`)
    // stdout carries exactly the one object; the note goes beside it.
    if (options.out !== null) io.stderr(`Đã ghi báo cáo: ${options.out}\n`)
  } else {
    io.stdout(summaryText(evaluated, ruleSet))
    if (options.out !== null) io.stdout(`Đã ghi báo cáo: ${options.out}\n`)
  }
  return EXIT.ok
}
