/**
 * The round's cover letter as Word reads it: the .docx unzipped and its paragraphs read back in
 * order, for a round over the 95 units of Hải Phòng.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseUnitsCsv } from '../demo/units-csv'
import { coverLetterDocument } from '../domain/rounds/cover-letter'
import { DEFAULT_REPORT_SETTINGS } from '../domain/report/settings'
import { writeDocx } from './write-docx'

const units = parseUnitsCsv(readFileSync(resolve('resources/seed/don-vi-mau-hai-phong.csv'), 'utf8'))

const paragraphText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')

/** The text of each paragraph of the body, in reading order (table cells row by row). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((m) => paragraphText(m[0]))
}

describe('the cover letter of a round to the 95 units, read back from the .docx', () => {
  let xml = ''
  beforeAll(async () => {
    const doc = coverLetterDocument({
      round: {
        letterNo: '125/SKHCN-CNTT',
        letterDate: '2026-12-01',
        subject: 'rà soát, cập nhật danh mục hệ thống thông tin',
        asOf: '2026-11-30',
        dueOn: '2026-12-15',
        recipients: units.map((u, i) => ({
          unitId: `u${i}`,
          unitName: u.name,
          token: 't',
          sentOn: '2026-12-01',
          receivedOn: null,
          changes: null,
        })),
      },
      settings: { ...DEFAULT_REPORT_SETTINGS, signerTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Văn An' },
      regime: 'ND331',
    })
    xml = strFromU8(unzipSync(await writeDocx(doc))['word/document.xml'])
  })

  it('prints the number, the V/v, the date of the letter, and the dates asked for as dd/mm/yyyy', () => {
    const text = paragraphs(xml)
    expect(text).toContain('Số: 125/SKHCN-CNTT')
    expect(text).toContain('V/v rà soát, cập nhật danh mục hệ thống thông tin')
    expect(text).toContain('Hải Phòng, ngày 01 tháng 12 năm 2026')
    expect(text).toContain('Kính gửi: Các cơ quan, đơn vị có tên tại phần Nơi nhận.')
    const body = text.join('\n')
    expect(body).toContain('tính đến ngày 30/11/2026')
    expect(body).toContain('chậm nhất ngày 15/12/2026')
  })

  it('lists all 95 recipients after "Nơi nhận:", in the round’s order, then "Lưu: VT, CNTT."', () => {
    const text = paragraphs(xml)
    const from = text.indexOf('Nơi nhận:')
    expect(from).toBeGreaterThan(0)
    const listed = text.slice(from + 1).filter((p) => p.startsWith('- '))
    expect(listed).toHaveLength(96)
    expect(listed.slice(0, 95)).toEqual(units.map((u) => `- ${u.name};`))
    expect(listed[95]).toBe('- Lưu: VT, CNTT.')
  })

  it('keeps the signer beside the first recipients and lets the rest of the list run on to the next page', () => {
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)]
      .map((m) => m[0])
      .find((t) => t.includes('Nơi nhận:'))
    const rows = [...(table ?? '').matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)].map((m) => m[0])
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('<w:cantSplit/>')
    expect(paragraphs(rows[0])).toContain('GIÁM ĐỐC')
    expect(paragraphs(rows[0])).toContain(`- ${units[0].name};`)
    expect(rows[1]).not.toContain('<w:cantSplit/>')
    expect(paragraphs(rows[1])).toContain('- Lưu: VT, CNTT.')
  })
})
