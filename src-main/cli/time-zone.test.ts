import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildMessyInventory } from '../../test/fixtures/messy-workbooks'
import { fakeIo } from './test-support/fake-io'
import { validateCommand } from './commands/validate'
import { readInventoryWorkbook } from '../../src-renderer/src/excel/import/read-workbook'

// Date cells come back at midnight UTC: read in local time, west of Greenwich, 15/03 would be 14/03.
let savedTz: string | undefined
beforeAll(() => {
  savedTz = process.env.TZ
  process.env.TZ = 'America/Sao_Paulo'
})
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ
  else process.env.TZ = savedTz
})

describe('dates on a machine west of Greenwich', () => {
  it('reads date cells as the calendar day Excel shows', async () => {
    expect(new Date(Date.UTC(2024, 2, 15)).getDate()).toBe(14)
    const result = await readInventoryWorkbook(await buildMessyInventory())
    expect(result.rows[0].record).toMatchObject({
      approvedOn: '2024-03-15',
      deployedOn: '2024-12-20',
      lastAssessedOn: '2025-03-01',
    })
    expect(result.rows[8].record.lastAssessedOn).toBe('2024-02-29')
  })

  it('validates the same file the same way', async () => {
    const io = fakeIo({ 'messy.xlsx': await buildMessyInventory() })
    expect(await validateCommand(['messy.xlsx', '--json'], io)).toBe(0)
    expect(io.out).toBe('{"errors":[],"rows":9}\n')
  })
})
