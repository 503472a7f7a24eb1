/**
 * `round requests INVENTORY --units UNITS.csv --as-of DATE --out DIR [--letter-no …] [--letter-date
 * DATE] [--due DATE] [--subject …]`: one request workbook per unit of the list (khoi, stt,
 * ten_don_vi), prefilled with the unit's systems from the inventory, written into DIR with the
 * round's record (dot-thu-thap.json: the letter, the recipients and their tokens) for
 * `round collect --round`. Units are matched by name folded (case, diacritics, spacing); systems of
 * a unit the list lacks get no request, and are named on stderr.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import {
  addDays,
  formatViDate,
  isIsoDate,
  maxDate,
  type IsoDate,
} from '../../../src-renderer/src/domain/calendar-date'
import { DomainError, isDomainError } from '../../../src-renderer/src/domain/errors'
import { stableHash, unitIdFor } from '../../../src-renderer/src/domain/inventory/ids'
import { inventoryToRegister } from '../../../src-renderer/src/domain/inventory/to-register'
import { planRequests } from '../../../src-renderer/src/domain/rounds/requests'
import { createRound, type Round } from '../../../src-renderer/src/domain/rounds/round'
import { foldKey } from '../../../src-renderer/src/domain/text'
import { parseUnitsCsv, type SeedUnit } from '../../../src-renderer/src/demo/units-csv'
import { buildRequestWorkbook } from '../../../src-renderer/src/excel/rounds/request-workbook'
import { parseArgs, UsageError } from '../args'
import { readFailure, writeFailure } from '../fs-errors'
import { readCleanInventory } from '../inventory-file'
import { EXIT, type CliIo } from '../io'

export const ROUND_REQUESTS_USAGE =
  'Cách dùng: capdo round requests <tệp danh mục> --units <danh-sách-đơn-vị.csv> --as-of YYYY-MM-DD --out <thư mục> ' +
  '[--letter-no "125/STTTT-BCVT"] [--letter-date YYYY-MM-DD] [--due YYYY-MM-DD] [--subject "…"]'

/** The round's record beside the requests. */
export const ROUND_FILE = 'dot-thu-thap.json'
/** Days from the letter to the due date when --due is not given. */
const DEFAULT_DAYS = 14

interface RequestsArgs {
  inventory: string
  units: string
  asOf: IsoDate
  out: string
  letterNo: string
  letterDate: IsoDate
  dueOn: IsoDate
  subject: string
}

function dateOption(value: string | undefined, name: string): IsoDate | undefined {
  if (value === undefined) return undefined
  if (!isIsoDate(value)) {
    throw new UsageError(
      `Ngày --${name} không hợp lệ: "${value}". Cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-11-30).`,
    )
  }
  return value
}

function readArgs(args: readonly string[]): RequestsArgs {
  const parsed = parseArgs(args, {
    flags: [],
    options: ['units', 'as-of', 'out', 'letter-no', 'letter-date', 'due', 'subject'],
  })
  if (parsed.positionals.length !== 1) throw new UsageError('Cần đúng một tệp danh mục hệ thống (INVENTORY).')
  const units = parsed.options.get('units')
  if (units === undefined)
    throw new UsageError('Thiếu --units: tệp CSV danh sách đơn vị (cột khoi, stt, ten_don_vi).')
  const asOf = dateOption(parsed.options.get('as-of'), 'as-of')
  if (asOf === undefined)
    throw new UsageError('Thiếu --as-of: ngày "Tính đến ngày" của số liệu, dạng YYYY-MM-DD.')
  const out = parsed.options.get('out')
  if (out === undefined) throw new UsageError('Thiếu --out: thư mục ghi các phiếu.')
  const letterDate = dateOption(parsed.options.get('letter-date'), 'letter-date') ?? asOf
  const dueOn =
    dateOption(parsed.options.get('due'), 'due') ?? addDays(maxDate(letterDate, asOf), DEFAULT_DAYS)
  return {
    inventory: parsed.positionals[0] ?? '',
    units,
    asOf,
    out,
    letterNo: parsed.options.get('letter-no') ?? `.../${asOf.slice(0, 4)}`,
    letterDate,
    dueOn,
    subject:
      parsed.options.get('subject') ?? 'rà soát, cập nhật danh mục hệ thống thông tin và cấp độ an toàn',
  }
}

async function readUnits(path: string, io: CliIo): Promise<SeedUnit[]> {
  let bytes: Uint8Array
  try {
    bytes = await io.readFile(path)
  } catch (error) {
    throw new UsageError(readFailure(path, error))
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(
      `Tệp "${path}" không phải văn bản UTF-8. Hãy lưu lại danh sách đơn vị với bảng mã UTF-8.`,
    )
  }
  try {
    const units = parseUnitsCsv(text)
    if (units.length === 0) throw new UsageError(`Tệp "${path}" không có đơn vị nào.`)
    return units
  } catch (error) {
    if (isDomainError(error)) throw new UsageError(`Tệp "${path}": ${error.message}`)
    throw error
  }
}

/** A token no other unit can guess: 18 random bytes, base64url. */
const newToken = (): string => randomBytes(18).toString('base64url')

export async function roundRequestsCommand(args: readonly string[], io: CliIo): Promise<number> {
  let options: RequestsArgs
  let units: SeedUnit[]
  try {
    options = readArgs(args)
    units = await readUnits(options.units, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`${error.message}\n${ROUND_REQUESTS_USAGE}\n`)
    return EXIT.usage
  }
  const inventory = await readCleanInventory(options.inventory, io, 'chưa tạo phiếu')
  if (!inventory.ok) return inventory.exit

  const now = `${options.letterDate}T00:00:00.000Z`
  const register = inventoryToRegister(inventory.result.rows, { now })
  const seen = new Set<string>()
  const recipients = units
    .map((u) => ({ unitId: unitIdFor(u.name), unitName: u.name }))
    .filter((r) => !seen.has(r.unitId) && seen.add(r.unitId))
  const listed = new Set(recipients.map((r) => r.unitId))
  for (const unit of register.units) {
    if (listed.has(unit.id)) continue
    const count = register.systems.filter((s) => s.unitId === unit.id).length
    io.stderr(
      `Đơn vị "${unit.name}" (${count} hệ thống) có trong tệp danh mục nhưng không có trong danh sách đơn vị: không tạo phiếu.\n`,
    )
  }

  let round: Round
  try {
    const id = `round-${stableHash([options.letterNo, options.letterDate, options.asOf, ...recipients.map((r) => foldKey(r.unitName))].join('\u0000'))}`
    round = createRound({ ...options, recipients }, { id, tokenFor: newToken }, now)
  } catch (error) {
    if (error instanceof DomainError) {
      io.stderr(`${error.message}\n${ROUND_REQUESTS_USAGE}\n`)
      return EXIT.usage
    }
    throw error
  }
  round = { ...round, recipients: round.recipients.map((r) => ({ ...r, sentOn: options.letterDate })) }

  const requests = planRequests(round, register)
  try {
    await io.makeDir?.(options.out)
  } catch (error) {
    io.stderr(`${writeFailure(options.out, error)}\n`)
    return EXIT.usage
  }
  for (const request of requests) {
    const path = join(options.out, request.fileName)
    try {
      await io.writeFile(path, await buildRequestWorkbook(request))
    } catch (error) {
      io.stderr(`${writeFailure(path, error)}\n`)
      return EXIT.usage
    }
  }
  const roundPath = join(options.out, ROUND_FILE)
  try {
    await io.writeFile(roundPath, new TextEncoder().encode(`${JSON.stringify(round, null, 2)}\n`))
  } catch (error) {
    io.stderr(`${writeFailure(roundPath, error)}\n`)
    return EXIT.usage
  }
  const systems = requests.reduce((n, r) => n + r.rows.length, 0)
  io.stdout(
    `Đã tạo ${requests.length} phiếu (${systems} hệ thống ghi sẵn) trong thư mục "${options.out}", ` +
      `công văn số ${round.letterNo} ngày ${formatViDate(round.letterDate)}, số liệu tính đến ngày ` +
      `${formatViDate(round.asOf)}, hạn gửi lại ${formatViDate(round.dueOn)}.\n` +
      `Hồ sơ của đợt (giữ lại để kiểm tra phiếu trả lời): ${roundPath}\n`,
  )
  return EXIT.ok
}
