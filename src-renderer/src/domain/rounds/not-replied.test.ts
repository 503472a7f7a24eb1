import { describe, expect, it } from 'vitest'
import { UNKNOWN_BLOCK } from '../register'
import { notRepliedFileName, notRepliedLines, notRepliedSheet, notRepliedStatusText } from './not-replied'
import { closeRound, createRound, markReceived, type Round } from './round'
import { sentRoundTo } from './test-support'

const NOW = '2026-12-01T08:00:00.000Z'
const units = [
  { id: 'u1', name: 'Sở Y tế', block: 'Khối sở' },
  { id: 'u2', name: 'Quận Lê Chân', block: 'Khối quận, huyện' },
  { id: 'u3', name: 'Sở Xây dựng', block: 'Khối sở' },
  { id: 'u4', name: 'Ban Quản lý dự án', block: '' },
  { id: 'u5', name: 'Huyện An Lão', block: 'Khối quận, huyện' },
]

/** A round to the five units, sent on 01/12, due 15/12; u3 replied on 10/12. */
function round(): Round {
  return markReceived(sentRoundTo(units, '125/STTTT-BCVT'), 'u3', '2026-12-10', 2, NOW)
}

describe('the units that have not replied', () => {
  it('lists only recipients without a reply, block by block, in the round’s order within a block', () => {
    const lines = notRepliedLines(round(), units, '2026-12-18')
    expect(lines.map((l) => [l.block, l.unitName])).toEqual([
      ['Khối quận, huyện', 'Quận Lê Chân'],
      ['Khối quận, huyện', 'Huyện An Lão'],
      ['Khối sở', 'Sở Y tế'],
      [UNKNOWN_BLOCK, 'Ban Quản lý dự án'],
    ])
  })

  it('puts a unit deleted since the round under "(Chưa phân khối)", with the name the letter used', () => {
    const lines = notRepliedLines(
      round(),
      units.filter((u) => u.id !== 'u1'),
      '2026-12-18',
    )
    expect(lines.slice(-2).map((l) => [l.block, l.unitName])).toEqual([
      [UNKNOWN_BLOCK, 'Sở Y tế'],
      [UNKNOWN_BLOCK, 'Ban Quản lý dự án'],
    ])
  })

  it('says how late each is from the day after the due date, and how long is left before it', () => {
    const r = round()
    const status = (today: string) =>
      notRepliedStatusText(notRepliedLines(r, units, today)[0].status, r.dueOn, today)
    expect(status('2026-12-10')).toBe('Còn 5 ngày')
    expect(status('2026-12-15')).toBe('Đến hạn hôm nay')
    expect(status('2026-12-16')).toBe('Quá hạn 1 ngày')
    expect(status('2026-12-18')).toBe('Quá hạn 3 ngày')
    // Counts are written with the app's grouping: 1.005, not 1005.
    expect(status('2029-09-15')).toBe('Quá hạn 1.005 ngày')
  })

  it('names the unsent and, once the round is closed, the units that never replied', () => {
    const unsent = createRound(
      { ...round(), recipients: [{ unitId: 'u1', unitName: 'Sở Y tế' }] },
      { id: 'r2', tokenFor: () => 't' },
      NOW,
    )
    const line = notRepliedLines(unsent, units, '2026-12-18')[0]
    expect(notRepliedStatusText(line.status, unsent.dueOn, '2026-12-18')).toBe('Chưa gửi phiếu')
    const closed = closeRound(round(), '2026-12-20', NOW)
    const after = notRepliedLines(closed, units, '2026-12-21')[0]
    expect(notRepliedStatusText(after.status, closed.dueOn, '2026-12-21')).toBe('Không báo cáo (đợt đã đóng)')
  })

  it('is a report sheet: the letter and as-of lines, each block over its units, the due date a real date', () => {
    const sheet = notRepliedSheet(round(), units, '2026-12-18')
    expect(sheet.subtitles).toEqual([
      '(Theo Công văn số 125/STTTT-BCVT ngày 01/12/2026; hạn gửi báo cáo 15/12/2026)',
      'Tính đến ngày 18/12/2026',
    ])
    expect(sheet.columns.map((c) => c.header)).toEqual([
      'STT',
      'Khối, đơn vị',
      'Trạng thái',
      'Hạn gửi',
      'Ghi chú',
    ])
    expect(sheet.rows).toEqual([
      { cells: ['I', 'Khối quận, huyện (2 đơn vị)', null, null, null], style: 'group' },
      { cells: [1, 'Quận Lê Chân', 'Quá hạn 3 ngày', { date: '2026-12-15' }, null] },
      { cells: [2, 'Huyện An Lão', 'Quá hạn 3 ngày', { date: '2026-12-15' }, null] },
      { cells: ['II', 'Khối sở (1 đơn vị)', null, null, null], style: 'group' },
      { cells: [3, 'Sở Y tế', 'Quá hạn 3 ngày', { date: '2026-12-15' }, null] },
      { cells: ['III', `${UNKNOWN_BLOCK} (1 đơn vị)`, null, null, null], style: 'group' },
      { cells: [4, 'Ban Quản lý dự án', 'Quá hạn 3 ngày', { date: '2026-12-15' }, null] },
    ])
  })

  it('is empty, with a sentence saying so, when every unit has replied', () => {
    let r = round()
    for (const u of units) r = markReceived(r, u.id, '2026-12-12', 0, NOW)
    const sheet = notRepliedSheet(r, units, '2026-12-18')
    expect(sheet.rows).toEqual([])
    expect(sheet.emptyText).toBe('Tất cả cơ quan, đơn vị đã gửi báo cáo.')
  })

  it('is saved under a name without diacritics or slashes, dated dd-mm-yyyy', () => {
    expect(notRepliedFileName('125/STTTT-BCVT', '2026-12-18')).toBe(
      'chua-bao-cao-125-stttt-bcvt-ngay-18-12-2026.xlsx',
    )
  })
})
