/**
 * A small argument parser for the CLI's commands, so every usage error reaches the user in
 * Vietnamese: positionals, boolean flags and `--name value` / `--name=value` options.
 */
import type { DateOrder } from '../../src-renderer/src/domain/inventory/date-order'
import type { LegalRegime } from '../../src-renderer/src/domain/law/regime'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export interface ArgSpec {
  flags: readonly string[]
  options: readonly string[]
}

export interface ParsedArgs {
  positionals: string[]
  flags: Set<string>
  options: Map<string, string>
}

export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--') {
      parsed.positionals.push(...args.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Tùy chọn không hợp lệ: ${arg}`)
      parsed.positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    if (spec.flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`Tùy chọn --${name} không nhận giá trị.`)
      parsed.flags.add(name)
    } else if (spec.options.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1)
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
        throw new UsageError(`Tùy chọn --${name} cần một giá trị.`)
      }
      if (parsed.options.has(name)) throw new UsageError(`Tùy chọn --${name} chỉ được ghi một lần.`)
      parsed.options.set(name, value)
    } else {
      throw new UsageError(`Tùy chọn không hợp lệ: --${name}`)
    }
  }
  return parsed
}

/** `--regime ND85|ND331` of the commands that apply a decree's criteria or forms; ND331 when not given. */
export function regimeOption(parsed: ParsedArgs): LegalRegime {
  const regime = parsed.options.get('regime') ?? 'ND331'
  if (regime !== 'ND85' && regime !== 'ND331') {
    throw new UsageError(`Không có bộ tiêu chí "${regime}": dùng --regime ND85 hoặc --regime ND331.`)
  }
  return regime
}

/** The words of `--date-order`, and the order each names. */
export const DATE_ORDER_WORDS: Readonly<Record<string, DateOrder>> = {
  'ngay-thang': 'day_first',
  'thang-ngay': 'month_first',
}

/**
 * `--date-order ngay-thang|thang-ngay`: the order of day and month in the file's dates written as
 * text (every date column); absent, day first unless a column proves otherwise and must be chosen.
 */
export function dateOrderOption(parsed: ParsedArgs): DateOrder | undefined {
  const word = parsed.options.get('date-order')
  if (word === undefined) return undefined
  const order = DATE_ORDER_WORDS[word]
  if (order === undefined) {
    throw new UsageError(
      `Không hiểu --date-order "${word}": dùng --date-order ngay-thang (ngày trước, dd/mm/yyyy) ` +
        'hoặc --date-order thang-ngay (tháng trước, mm/dd/yyyy).',
    )
  }
  return order
}
