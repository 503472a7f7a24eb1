import { describe, expect, it } from 'vitest'
import { fakeIo } from './test-support/fake-io'
import { EXIT } from './io'
import { HELP, runCli } from './run'

const info = { version: '9.8.7' }

describe('the CLI entry', () => {
  it('prints the help in Vietnamese with --help', async () => {
    const io = fakeIo()
    expect(await runCli(['--help'], io, info)).toBe(EXIT.ok)
    expect(io.out).toBe(HELP)
    expect(io.out).toContain(
      'validate <tệp danh mục: .xlsx, .xls, .ods, .csv hoặc .txt> [--date-order ngay-thang|thang-ngay] [--json]',
    )
    expect(io.out).toContain('--as-of YYYY-MM-DD')
  })

  it('prints the version with --version', async () => {
    const io = fakeIo()
    expect(await runCli(['--version'], io, info)).toBe(EXIT.ok)
    expect(io.out).toBe('9.8.7\n')
  })

  it('refuses an unknown command with the list of commands (exit 2)', async () => {
    const io = fakeIo()
    expect(await runCli(['export'], io, info)).toBe(EXIT.usage)
    expect(io.err).toContain('Không có lệnh "export". Các lệnh: validate, report, draft, level, round.')
    expect(io.out).toBe('')
  })

  it('shows the help on stderr and exits 2 without a command', async () => {
    const io = fakeIo()
    expect(await runCli([], io, info)).toBe(EXIT.usage)
    expect(io.err).toBe(HELP)
  })
})
