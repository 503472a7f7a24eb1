import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from './args'

const spec = { flags: ['json'], options: ['as-of', 'out'] }

describe('reading command arguments', () => {
  it('separates files, flags and options in any order', () => {
    const parsed = parseArgs(['a.xlsx', '--as-of', '2026-01-02', 'b.xlsx', '--json', '--out=r.xlsx'], spec)
    expect(parsed.positionals).toEqual(['a.xlsx', 'b.xlsx'])
    expect([...parsed.flags]).toEqual(['json'])
    expect(Object.fromEntries(parsed.options)).toEqual({ 'as-of': '2026-01-02', out: 'r.xlsx' })
  })

  it('takes everything after -- as files', () => {
    expect(parseArgs(['--', '--json'], spec).positionals).toEqual(['--json'])
  })

  it.each([
    [['--bogus'], 'Tùy chọn không hợp lệ: --bogus'],
    [['-x'], 'Tùy chọn không hợp lệ: -x'],
    [['--as-of'], 'Tùy chọn --as-of cần một giá trị.'],
    [['--as-of', '--json'], 'Tùy chọn --as-of cần một giá trị.'],
    [['--json=1'], 'Tùy chọn --json không nhận giá trị.'],
    [['--out', 'a', '--out', 'b'], 'Tùy chọn --out chỉ được ghi một lần.'],
  ])('refuses %j in Vietnamese', (args, message) => {
    expect(() => parseArgs(args, spec)).toThrow(new UsageError(message))
  })
})
