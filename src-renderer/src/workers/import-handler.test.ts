import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildInventoryWorkbook,
  buildMessyInventory,
  notAWorkbook,
} from '../../../test/fixtures/messy-workbooks'
import type { CapdoDatabase } from '../db/database'
import { createSystem } from '../db/repos/systems'
import { createUnit } from '../db/repos/units'
import { freshDatabase } from '../db/test-support/test-db'
import { createImportHandler, type ImportHandler } from './import-handler'
import type {
  ImportReadOptions,
  ImportWorkerAnswer,
  ImportWorkerRequest,
  ImportWorkerResponse,
} from './import-protocol'

let db: CapdoDatabase
const handlers: ImportHandler[] = []

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  for (const handler of handlers.splice(0)) handler.close()
  await db.delete()
})

type Body = ImportWorkerRequest extends infer R
  ? R extends ImportWorkerRequest
    ? Omit<R, 'requestId' | 'dbName'>
    : never
  : never

function worker() {
  const posted: ImportWorkerResponse[] = []
  const handler = createImportHandler((response) => posted.push(response))
  handlers.push(handler)
  let requestId = 0
  async function send(body: Body): Promise<ImportWorkerResponse> {
    const id = ++requestId
    await handler.handle({ ...body, requestId: id, dbName: db.name } as ImportWorkerRequest)
    return posted.filter((r) => r.requestId === id && r.kind !== 'progress').at(-1)!
  }
  return {
    posted,
    read: (bytes: Uint8Array, options: ImportReadOptions = {}) =>
      send({ kind: 'read', bytes: bytes.slice().buffer, options }),
    reparse: (options: ImportReadOptions) => send({ kind: 'reparse', options }),
    replan: () => send({ kind: 'replan' }),
    apply: (createUnits: string[]) => send({ kind: 'apply', fileName: 'danh-muc.xlsx', createUnits }),
  }
}

function answerOf(response: ImportWorkerResponse): ImportWorkerAnswer {
  if (response.kind !== 'done') throw new Error(`expected an answer, got ${JSON.stringify(response)}`)
  return response.answer
}

function parsed(response: ImportWorkerResponse) {
  const answer = answerOf(response)
  if (answer.kind !== 'parsed') throw new Error(`expected a parsed file, got ${answer.kind}`)
  return answer
}

/** The unit column headed in words no alias knows. */
const unknownUnitHeader = () =>
  buildInventoryWorkbook(
    ['STT', 'Tên hệ thống', 'Nơi quản lý', 'Cấp độ'],
    [
      [1, 'Cổng thông tin', 'Sở Y tế', 3],
      [2, 'Một cửa điện tử', 'Sở Tư pháp', 2],
    ],
    'Danh sách',
  )

describe('the import worker', () => {
  it('reads a messy workbook and plans it against the register, reporting progress up to the end', async () => {
    const w = worker()
    const { result, plan } = parsed(await w.read(await buildMessyInventory()))
    expect(result).toMatchObject({ sheetName: 'Danh mục HTTT', headerRow: 7, rowsRead: 9, validRows: 9 })
    expect(result).not.toHaveProperty('rows')
    expect(result.columns[10]).toBe('Người phụ trách')
    expect(plan.add).toHaveLength(9)
    expect(plan.add[0]).toMatchObject({
      excelRow: 9,
      name: 'Cổng thông tin điện tử Sở Y tế',
      unit: 'Sở Y tế',
      level: 3,
    })
    expect(plan.newUnits.map((u) => [u.name, u.rows])).toEqual([
      ['Sở Y tế', 3],
      ['Sở Tài chính', 2],
      ['UBND phường Hồng Bàng', 2],
      ['Văn phòng UBND thành phố', 2],
    ])
    const fractions = w.posted.flatMap((r) => (r.kind === 'progress' ? [r.fraction] : []))
    expect(fractions[0]).toBe(0)
    expect(fractions.at(-1)).toBe(1)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
  })

  it('re-reads the same file with the mapping the user chose', async () => {
    const w = worker()
    await w.read(await buildMessyInventory())
    const { result } = parsed(
      await w.reparse({ sheetName: 'Danh mục HTTT', headerRow: 7, mapping: { owner: 10 } }),
    )
    expect(result.mapping).toContainEqual({ field: 'owner', columnIndex: 10, header: 'Người phụ trách' })
    expect(result.ignoredColumns).toEqual(['Kinh phí (triệu đồng)'])
  })

  it('hands back a draft to complete when a required column is headed in unknown words', async () => {
    const w = worker()
    expect(answerOf(await w.read(await unknownUnitHeader()))).toEqual({
      kind: 'needs-mapping',
      draft: {
        sheetName: 'Danh sách',
        headerRow: 1,
        columns: ['STT', 'Tên hệ thống', 'Nơi quản lý', 'Cấp độ'],
        mapping: [
          { field: 'name', columnIndex: 1, header: 'Tên hệ thống' },
          { field: 'level', columnIndex: 3, header: 'Cấp độ' },
        ],
        ignoredColumns: ['Nơi quản lý'],
        missing: ['unit'],
        format: { kind: 'xlsx' },
      },
    })
    const { result, plan } = parsed(
      await w.reparse({ sheetName: 'Danh sách', headerRow: 1, mapping: { unit: 2 } }),
    )
    expect(result.errors).toEqual([])
    expect(plan.add.map((r) => [r.name, r.unit])).toEqual([
      ['Cổng thông tin', 'Sở Y tế'],
      ['Một cửa điện tử', 'Sở Tư pháp'],
    ])
  })

  it('gives the draft again when the user un-maps a required column', async () => {
    const w = worker()
    await w.read(await buildMessyInventory())
    const answer = answerOf(
      await w.reparse({ sheetName: 'Danh mục HTTT', headerRow: 7, mapping: { unit: -1 } }),
    )
    expect(answer).toMatchObject({ kind: 'needs-mapping', draft: { headerRow: 7, missing: ['unit'] } })
    // No rows, no plan: nothing can be imported from a draft.
    expect(await w.apply([])).toMatchObject({ kind: 'failed', code: 'no_plan' })
  })

  it('imports the plan previewed, and the same file planned again changes nothing', async () => {
    const w = worker()
    const { plan } = parsed(await w.read(await buildMessyInventory()))
    const applied = answerOf(await w.apply(plan.newUnits.map((u) => u.name)))
    expect(applied).toMatchObject({ kind: 'applied', result: { unchanged: 0, assessmentsAdded: 4 } })
    expect(await db.systems.count()).toBe(9)
    expect((await db.history.toArray()).every((h) => h.by === 'Nhập Excel: danh-muc.xlsx')).toBe(true)

    const again = answerOf(await w.replan())
    expect(again).toMatchObject({ kind: 'planned', plan: { add: [], update: [], newUnits: [] } })
    if (again.kind === 'planned') expect(again.plan.unchanged).toHaveLength(9)
  })

  it('refuses a plan the register changed under, then plans against the register as it is', async () => {
    const w = worker()
    const { plan } = parsed(await w.read(await buildMessyInventory()))
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    await createSystem(db, { name: 'Cổng thông tin điện tử Sở Y tế', unitId: unit.id })

    expect(await w.apply(plan.newUnits.map((u) => u.name))).toMatchObject({
      kind: 'failed',
      code: 'import_stale',
    })
    expect(await db.systems.count()).toBe(1)
    const replanned = answerOf(await w.replan())
    expect(replanned).toMatchObject({ kind: 'planned' })
    if (replanned.kind === 'planned') {
      expect(replanned.plan.add).toHaveLength(8)
      expect(replanned.plan.update.map((r) => r.excelRow)).toEqual([9])
      expect(replanned.plan.newUnits.map((u) => u.name)).not.toContain('Sở Y tế')
    }
  })

  it('fails in Vietnamese on a file that is not a workbook, or has no column it knows', async () => {
    const w = worker()
    expect(await w.read(notAWorkbook())).toMatchObject({
      kind: 'failed',
      code: 'unreadable_file',
      message: expect.stringContaining('Tệp này là tài liệu PDF, không phải bảng tính'),
    })
    expect(
      await w.read(await buildInventoryWorkbook(['Họ tên', 'Điện thoại'], [['An', '0901']])),
    ).toMatchObject({
      kind: 'failed',
      code: 'no_header',
      message: expect.stringContaining('Không tìm thấy dòng tiêu đề'),
    })
  })

  it('refuses to re-read or plan before a file was chosen', async () => {
    expect(await worker().reparse({})).toMatchObject({ kind: 'failed', code: 'no_file' })
    expect(await worker().replan()).toMatchObject({ kind: 'failed', code: 'no_file' })
  })
})
