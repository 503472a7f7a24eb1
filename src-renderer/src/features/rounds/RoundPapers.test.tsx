// @vitest-environment jsdom
/**
 * The round's papers as the officer gets them: the buttons hand the bridge's save door a .docx
 * whose "Nơi nhận" lists the round's units, and an .xlsx listing exactly the units without a
 * reply under their blocks, each under a name without diacritics.
 */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi, SaveFileRequest, SaveFileResult } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import { createRound, markReceived, markSent, type Round } from '../../domain/rounds/round'
import { RoundPapers } from './RoundPapers'

configure({ asyncUtilTimeout: 10_000 })

const saveFile = vi.fn<(request: SaveFileRequest) => Promise<SaveFileResult>>()
const api: CapdoApi = { ...createBrowserApi('test'), saveFile: (request) => saveFile(request) }
let db: CapdoDatabase

beforeAll(() => {
  window.capdo = api
})
afterAll(() => {
  delete window.capdo
})
beforeEach(() => {
  db = freshDatabase()
  saveFile.mockReset()
  saveFile.mockImplementation(async (r) => ({ status: 'saved', fileName: r.suggestedName }))
})
afterEach(async () => {
  await db.delete()
})

/** Three units in two blocks; the round asks all three, Sở Xây dựng has replied. */
async function setUp(): Promise<Round> {
  const units = [
    await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' }),
    await createUnit(db, { name: 'Sở Xây dựng', block: 'Khối sở' }),
    await createUnit(db, { name: 'Quận Lê Chân', block: 'Khối quận, huyện' }),
  ]
  const now = '2026-12-01T08:00:00.000Z'
  let round = createRound(
    {
      letterNo: '125/SKHCN-CNTT',
      letterDate: '2026-12-01',
      subject: 'rà soát hệ thống thông tin',
      asOf: '2026-11-30',
      dueOn: '2026-12-15',
      recipients: units.map((u) => ({ unitId: u.id, unitName: u.name })),
    },
    { id: 'round-1', tokenFor: () => 't' },
    now,
  )
  round = markSent(
    round,
    units.map((u) => u.id),
    '2026-12-01',
    now,
  )
  return markReceived(round, units[1].id, '2026-12-10', 1, now)
}

function show(round: Round) {
  render(
    <DbProvider db={db}>
      <AntApp>
        <RoundPapers round={round} today="2026-12-18" />
      </AntApp>
    </DbProvider>,
  )
}

describe('a round’s papers', () => {
  it('"Soạn công văn (.docx)" saves the letter with every unit of the round under "Nơi nhận"', async () => {
    show(await setUp())
    const button = await screen.findByRole('button', { name: /Soạn công văn \(\.docx\)/ })
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false))
    fireEvent.click(button)
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const request = saveFile.mock.calls[0][0]
    expect(request.suggestedName).toBe('cong-van-125-skhcn-cntt.docx')
    expect(request.filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }])
    const xml = strFromU8(unzipSync(request.data)['word/document.xml'])
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1])
    const from = text.indexOf('Nơi nhận:')
    expect(text.slice(from + 1, from + 5)).toEqual([
      '- Sở Y tế;',
      '- Sở Xây dựng;',
      '- Quận Lê Chân;',
      '- Lưu: VT, CNTT.',
    ])
    expect(await screen.findByText('Đã lưu công văn “cong-van-125-skhcn-cntt.docx”.')).toBeTruthy()
  })

  it('"Xuất danh sách đơn vị chưa báo cáo" saves the two units without a reply, each under its block', async () => {
    show(await setUp())
    const button = await screen.findByRole('button', { name: /Xuất danh sách đơn vị chưa báo cáo/ })
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false))
    fireEvent.click(button)
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const request = saveFile.mock.calls[0][0]
    expect(request.suggestedName).toBe('chua-bao-cao-125-skhcn-cntt-ngay-18-12-2026.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(request.data.buffer.slice(0) as ArrayBuffer)
    const rows: unknown[][] = []
    workbook
      .getWorksheet('Chưa báo cáo')
      ?.eachRow((row) => rows.push([1, 2, 3].map((c) => row.getCell(c).value)))
    const header = rows.findIndex((r) => r[0] === 'STT')
    expect(rows.slice(header + 1, header + 5)).toEqual([
      ['I', 'Khối quận, huyện (1 đơn vị)', null],
      [1, 'Quận Lê Chân', 'Quá hạn 3 ngày'],
      ['II', 'Khối sở (1 đơn vị)', null],
      [2, 'Sở Y tế', 'Quá hạn 3 ngày'],
    ])
    expect(
      await screen.findByText(
        'Đã lưu danh sách 2 đơn vị chưa báo cáo vào “chua-bao-cao-125-skhcn-cntt-ngay-18-12-2026.xlsx”.',
      ),
    ).toBeTruthy()
  })
})
