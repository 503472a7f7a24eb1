import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../db/database'
import { saveRuleSetId } from '../db/repos/settings'
import { freshDatabase } from '../db/test-support/test-db'
import { makeSystem, makeUnit } from '../domain/test-support/report-fixture'
import { ND331_2026 } from '../domain/rule-set'
import { runReportJob } from './report-job'

let db: CapdoDatabase

beforeEach(async () => {
  db = freshDatabase()
  await saveRuleSetId(db, ND331_2026.id)
  await db.units.add(makeUnit('u1', 'Sở Tư pháp', 'Khối sở, ban, ngành'))
  await db.systems.add(
    makeSystem({
      id: 's1',
      name: 'Cổng dịch vụ công',
      unitId: 'u1',
      level: 3,
      dossierState: 'approved',
      submittedOn: '2026-10-01',
      appraisedOn: '2026-11-20',
      approvedOn: '2026-12-18',
      decisionNo: '99/QĐ-UBND',
    }),
  )
  // What the repos appended when the officer recorded the approval on 20/12 and raised the
  // level on 16/12 (Vietnam time); an entry of 14/12 at 23:00 is still within the period.
  await db.history.bulkAdd([
    {
      entity: 'system',
      entityId: 's1',
      systemId: 's1',
      action: 'update',
      changes: [{ field: 'level', from: 1, to: 2 }],
      at: '2026-12-14T16:00:00.000Z',
      by: '',
      note: '',
    },
    {
      entity: 'system',
      entityId: 's1',
      systemId: 's1',
      action: 'update',
      changes: [{ field: 'level', from: 2, to: 3 }],
      at: '2026-12-16T02:00:00.000Z',
      by: '',
      note: '',
    },
    {
      entity: 'system',
      entityId: 's1',
      systemId: 's1',
      action: 'transition',
      changes: [
        { field: 'dossierState', from: 'appraised', to: 'approved' },
        { field: 'approvedOn', from: null, to: '2026-12-18' },
        { field: 'decisionNo', from: '', to: '99/QĐ-UBND' },
      ],
      at: '2026-12-20T03:00:00.000Z',
      by: '',
      note: '',
    },
  ])
})

afterEach(async () => {
  await db.delete()
})

async function mau08Row(bytes: Uint8Array): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  const ws = workbook.getWorksheet('Mẫu 08')
  if (!ws) throw new Error('no Mẫu 08 sheet')
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    if (row.getCell(2).value === 'Cổng dịch vụ công')
      return Array.from({ length: 12 }, (_, i) => row.getCell(i + 1).value)
  }
  throw new Error('no system row')
}

describe('the report job’s Mẫu 08 (state at the end of 14/12)', () => {
  it('reads the history written after 14/12 and reports the system as it stood then', async () => {
    const bytes = await runReportJob({ dbName: db.name, asOf: '2026-12-20', sheets: ['mau08'] })
    const cells = await mau08Row(bytes)
    // Level 2 (raised to 3 on 16/12), appraised, no decision yet (approved on 18/12).
    expect(cells.slice(4, 7)).toEqual([2, 'Đã thẩm định', ''])
  })

  it('reports the year the officer picks, leaving out a system created after its end', async () => {
    const bytes = await runReportJob({
      dbName: db.name,
      asOf: '2026-12-20',
      sheets: ['mau08'],
      mau08Year: 2025,
    })
    // Created on 01/01/2026 with no step dated by 14/12/2025: not in the 2025 report.
    await expect(mau08Row(bytes)).rejects.toThrow('no system row')
    const earlier = await runReportJob({
      dbName: db.name,
      asOf: '2026-12-20',
      sheets: ['mau08'],
      mau08Year: 2026,
    })
    expect((await mau08Row(earlier))[1]).toBe('Cổng dịch vụ công')
  })
})
