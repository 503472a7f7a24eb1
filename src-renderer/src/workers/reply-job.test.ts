/**
 * Reading a batch of returned files for "Nhận phiếu": each file stands alone, so a damaged file, a
 * workbook that is no request and a file over the size limit are each refused with their own
 * Vietnamese reason while the replies beside them are read; progress counts files.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../../src-main/preload/api'
import { planRequests } from '../domain/rounds/requests'
import { addExchangeSheet } from '../excel/exchange/exchange-sheet'
import { samplePackage } from '../excel/test-support/exchange-package'
import { HEALTH, sampleRegister, sampleRound } from '../domain/rounds/test-support'
import { buildRequestWorkbook } from '../excel/rounds/request-workbook'
import { readReplies } from './reply-job'

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer

describe('reading returned files in one go', () => {
  it('refuses each bad file with its reason and reads the replies beside it', async () => {
    const [health] = planRequests(sampleRound(), sampleRegister())
    const plain = new ExcelJS.Workbook()
    plain.addWorksheet('Danh mục').addRow(['Tên hệ thống thông tin', 'Đơn vị quản lý, vận hành'])
    // What an office running CapDo sends from "Gửi lên": a visible sheet and the exchange sheet.
    const exchange = new ExcelJS.Workbook()
    exchange.addWorksheet('Danh mục')
    await addExchangeSheet(exchange, samplePackage({ longText: false }))
    const progress: string[] = []
    const outcomes = await readReplies(
      {
        today: '2026-12-01',
        files: [
          { name: 'hong.xlsx', bytes: buffer(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])) },
          { name: 'Phiếu - Sở Y tế.xlsx', bytes: buffer(await buildRequestWorkbook(health)) },
          { name: 'tu-lap.xlsx', bytes: await plain.xlsx.writeBuffer() },
          { name: 'qua-lon.xlsx', bytes: new ArrayBuffer(MAX_FILE_BYTES + 1) },
          { name: 'Gui len.xlsx', bytes: await exchange.xlsx.writeBuffer() },
        ],
      },
      (done, total) => progress.push(`${done}/${total}`),
    )
    expect(outcomes.map((o) => [o.fileName, o.ok])).toEqual([
      ['hong.xlsx', false],
      ['Phiếu - Sở Y tế.xlsx', true],
      ['tu-lap.xlsx', false],
      ['qua-lon.xlsx', false],
      ['Gui len.xlsx', false],
    ])
    const [broken, reply, plainOne, big, sent] = outcomes
    if (!reply.ok || broken.ok || plainOne.ok || big.ok || sent.ok) throw new Error('unexpected outcomes')
    expect(reply.reply.marker.unitName).toBe(HEALTH.name)
    expect(reply.reply.sheet.parse.rows).toHaveLength(2)
    expect(broken.message).toContain('bị hỏng hoặc chưa tải về hết')
    expect(plainOne.message).toContain('Tệp không có dấu phiếu của CapDo')
    expect(big.message).toContain('Tệp quá lớn (tối đa 100 MB)')
    expect(sent.message).toContain('Hãy nhận tệp bằng chức năng "Nhận dữ liệu"')
    expect(progress).toEqual(['0/5', '1/5', '2/5', '3/5', '4/5', '5/5'])
  })
})
