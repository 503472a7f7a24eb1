/**
 * `draft <tệp.xlsx> --system TÊN|MÃ --form 01..07|thuyet-minh --out TỆP.docx [--regime ND331|ND85]
 * [--date YYYY-MM-DD] [--date-order ngay-thang|thang-ngay]`: one dossier document of one system of
 * an inventory as a Word draft, the same document "Soạn văn bản" saves on the system's page, so drafts can be made in bulk and
 * checked headlessly. The issuing body and signer are the app's defaults (Settings are not read).
 * `--date-order` reads the file's text dates as validate and report read them: a CSV whose dates
 * were written month first (4/16/2026) needs it, or the decision date the draft carries is refused.
 */
import { isIsoDate, vietnamDate, type IsoDate } from '../../../src-renderer/src/domain/calendar-date'
import { draftDocument, DRAFT_KINDS, isDraftKind, type DraftKind } from '../../../src-renderer/src/domain/documents/draft'
import { inventoryToRegister } from '../../../src-renderer/src/domain/inventory/to-register'
import type { LegalRegime } from '../../../src-renderer/src/domain/law/regime'
import { DEFAULT_REPORT_SETTINGS } from '../../../src-renderer/src/domain/report/settings'
import { foldKey } from '../../../src-renderer/src/domain/text'
import type { SystemRecord } from '../../../src-renderer/src/domain/types'
import { writeDocx } from '../../../src-renderer/src/word/write-docx'
import type { DateOrder } from '../../../src-renderer/src/domain/inventory/date-order'
import { dateOrderOption, parseArgs, regimeOption, UsageError } from '../args'
import { writeFailure } from '../fs-errors'
import { dateOrderLines, formatCellError, readInventoryFile } from '../inventory-file'
import { EXIT, type CliIo } from '../io'

export const DRAFT_USAGE =
  'Cách dùng: capdo draft <tệp.xlsx> --system <tên hoặc mã hệ thống> --form <01..07|thuyet-minh> --out <tệp.docx> [--regime ND331|ND85] [--date YYYY-MM-DD] [--date-order ngay-thang|thang-ngay]'

interface DraftArgs {
  file: string
  system: string
  form: DraftKind
  out: string
  regime: LegalRegime
  date: IsoDate
  dateOrder: DateOrder | undefined
}

function readArgs(args: readonly string[], today: IsoDate): DraftArgs {
  const parsed = parseArgs(args, { flags: [], options: ['system', 'form', 'out', 'regime', 'date', 'date-order'] })
  if (parsed.positionals.length !== 1) throw new UsageError('Cần đúng một tệp Excel danh mục hệ thống.')
  const system = parsed.options.get('system')
  if (!system) throw new UsageError('Thiếu --system: tên hoặc mã của hệ thống cần soạn văn bản.')
  const form = parsed.options.get('form')
  if (!form || !isDraftKind(form)) {
    throw new UsageError(`--form cần một trong: ${DRAFT_KINDS.join(', ')}.`)
  }
  const out = parsed.options.get('out')
  if (!out) throw new UsageError('Thiếu --out: tệp .docx cần ghi.')
  const regime = regimeOption(parsed)
  const date = parsed.options.get('date') ?? today
  if (!isIsoDate(date)) throw new UsageError(`Ngày --date không hợp lệ: "${date}". Cần dạng YYYY-MM-DD.`)
  const dateOrder = dateOrderOption(parsed)
  return { file: parsed.positionals[0], system, form, out, regime, date, dateOrder }
}

/** By id first; else by name, ignoring case, diacritics and spacing. */
function findSystems(systems: readonly SystemRecord[], wanted: string): SystemRecord[] {
  const byId = systems.filter((s) => s.id === wanted)
  if (byId.length) return byId
  const key = foldKey(wanted)
  return systems.filter((s) => foldKey(s.name) === key)
}

export async function draftCommand(args: readonly string[], io: CliIo, now = new Date()): Promise<number> {
  let options: DraftArgs
  try {
    options = readArgs(args, vietnamDate(now))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`${error.message}\n${DRAFT_USAGE}\n`)
    return EXIT.usage
  }
  const outcome = await readInventoryFile(options.file, io, options.dateOrder)
  if (!outcome.ok) {
    io.stderr(`${outcome.message}\n`)
    return EXIT.usage
  }
  const { result } = outcome
  if (result.errors.length > 0) {
    const lines = result.errors.map((e) => `  ${formatCellError(e)}`).join('\n')
    // A column whose text dates wait for a choice of order says how to give it.
    const hints = result.dateColumns.some((c) => c.order === null) ? dateOrderLines(result) : []
    const hintLines = hints.map((l) => `${l}\n`).join('')
    io.stderr(`Tệp có ${result.errors.length} lỗi, chưa soạn văn bản:\n${lines}\n${hintLines}`)
    return EXIT.dataErrors
  }
  const register = inventoryToRegister(result.rows, { now: `${options.date}T00:00:00.000Z` })
  const found = findSystems(register.systems, options.system)
  const unitName = (s: SystemRecord) => register.units.find((u) => u.id === s.unitId)?.name ?? ''
  if (found.length === 0) {
    io.stderr(`Không có hệ thống "${options.system}" trong tệp "${options.file}".\n`)
    return EXIT.usage
  }
  if (found.length > 1) {
    const list = found.map((s) => `  ${s.id} — ${s.name} (${unitName(s)})`).join('\n')
    io.stderr(`Có ${found.length} hệ thống tên "${options.system}"; hãy ghi mã hệ thống:\n${list}\n`)
    return EXIT.usage
  }
  const system = found[0]
  const doc = draftDocument(options.form, {
    system,
    unitName: unitName(system),
    settings: DEFAULT_REPORT_SETTINGS,
    regime: options.regime,
    on: options.date,
  })
  try {
    await io.writeFile(options.out, await writeDocx(doc))
  } catch (error) {
    io.stderr(`${writeFailure(options.out, error)}\n`)
    return EXIT.usage
  }
  io.stdout(`Đã soạn ${options.form === 'thuyet-minh' ? 'thuyết minh' : `Mẫu ${options.form}`} cho "${system.name}": ${options.out}\n`)
  return EXIT.ok
}
