import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import {
  closeRound,
  createRound,
  markReceived,
  markReceivedOtherwise,
  markSent,
  recipientStatus,
  recipientStatusLabel,
  roundInputProblems,
} from './round'
import { BUILD, HEALTH, NOW, sampleRound } from './test-support'

const input = {
  letterNo: '125/STTTT-BCVT',
  letterDate: '2026-11-20',
  subject: 'rà soát',
  asOf: '2026-11-30',
  dueOn: '2026-12-10',
  recipients: [{ unitId: HEALTH.id, unitName: HEALTH.name }],
}

describe('a round is made from the letter', () => {
  it('keeps the letter and gives each recipient its own token, nothing sent or received yet', () => {
    const round = sampleRound()
    expect(round.letterNo).toBe('125/STTTT-BCVT')
    expect(round.recipients.map((r) => [r.unitName, r.sentOn, r.receivedOn])).toEqual([
      ['Sở Y tế', null, null],
      ['Sở Xây dựng', null, null],
    ])
    expect(new Set(round.recipients.map((r) => r.token)).size).toBe(2)
    expect(round.closedOn).toBeNull()
  })

  it('refuses a letter without a number, a due date before the letter, no recipient or one chosen twice', () => {
    expect(roundInputProblems({ ...input, letterNo: '  ' })).toEqual([
      'Cần ghi số, ký hiệu của công văn (ví dụ 125/STTTT-BCVT).',
    ])
    expect(roundInputProblems({ ...input, dueOn: '2026-11-19' })).toEqual([
      'Hạn gửi báo cáo (19/11/2026) không được trước ngày công văn (20/11/2026).',
    ])
    expect(roundInputProblems({ ...input, asOf: '2026-02-30' })).toEqual([
      'Ngày "Tính đến ngày" không hợp lệ: cần một ngày có thật.',
    ])
    expect(roundInputProblems({ ...input, recipients: [] })).toEqual([
      'Cần chọn ít nhất một đơn vị nhận công văn.',
    ])
    expect(roundInputProblems({ ...input, recipients: [...input.recipients, ...input.recipients] })).toEqual([
      'Đơn vị "Sở Y tế" được chọn hai lần.',
    ])
    try {
      createRound({ ...input, letterNo: '' }, { id: 'r', tokenFor: () => 'x' }, NOW)
      expect.unreachable()
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('round_invalid')
    }
  })
})

describe('each recipient’s status is derived from the facts and today', () => {
  const sent = markSent(sampleRound(), [HEALTH.id, BUILD.id], '2026-11-21', NOW)
  const health = (round = sent) => round.recipients[0]

  it('not sent before Tạo phiếu, then sent and awaited up to and including the due date', () => {
    const round = sampleRound()
    expect(recipientStatus(round, health(round), '2026-11-21')).toEqual({ kind: 'not_sent' })
    expect(recipientStatus(sent, health(), '2026-12-10')).toEqual({ kind: 'sent' })
  })

  it('late the day after the due date, counting the days', () => {
    const status = recipientStatus(sent, health(), '2026-12-13')
    expect(status).toEqual({ kind: 'late', daysLate: 3 })
    expect(recipientStatusLabel(status)).toBe('Quá hạn 3 ngày, chưa báo cáo')
  })

  it('received on its date, flagged when after the due date; a second reply keeps the first date', () => {
    const once = markReceived(sent, HEALTH.id, '2026-12-12', 2, NOW)
    const status = recipientStatus(once, health(once), '2026-12-20')
    expect(status).toEqual({ kind: 'received', on: '2026-12-12', late: true })
    expect(recipientStatusLabel(status)).toBe('Đã nhận ngày 12/12/2026 (sau hạn)')
    const twice = markReceived(once, HEALTH.id, '2026-12-15', 0, NOW)
    expect(health(twice).receivedOn).toBe('2026-12-12')
    expect(health(twice).changes).toBe(2)
  })

  it('a reply that came otherwise is recorded by hand: its date, its count unknown; never twice, never in the future or before the letter', () => {
    const byHand = markReceivedOtherwise(sent, BUILD.id, '2026-12-03', '2026-12-08', NOW)
    const build = byHand.recipients.find((r) => r.unitId === BUILD.id)
    expect(build).toMatchObject({ receivedOn: '2026-12-03', changes: null })
    expect(recipientStatusLabel(recipientStatus(byHand, build!, '2026-12-08'))).toBe(
      'Đã nhận ngày 03/12/2026',
    )
    expect(() => markReceivedOtherwise(byHand, BUILD.id, '2026-12-04', '2026-12-08', NOW)).toThrow(
      'Đã ghi nhận Sở Xây dựng báo cáo ngày 03/12/2026; không ghi nhận lại.',
    )
    expect(() => markReceivedOtherwise(sent, BUILD.id, '2026-12-09', '2026-12-08', NOW)).toThrow(
      'Ngày nhận phải là hôm nay (08/12/2026) hoặc một ngày trước đó.',
    )
    expect(() => markReceivedOtherwise(sent, BUILD.id, '2026-11-19', '2026-12-08', NOW)).toThrow(
      'Ngày nhận (19/11/2026) không thể trước ngày công văn (20/11/2026).',
    )
    const closed = closeRound(sent, '2026-12-31', NOW)
    expect(() => markReceivedOtherwise(closed, BUILD.id, '2026-12-30', '2027-01-02', NOW)).toThrow(
      /đã đóng ngày/,
    )
  })

  it('a closed round keeps its record: no reply for who did not answer, and it takes no more replies', () => {
    const closed = closeRound(markReceived(sent, HEALTH.id, '2026-12-01', 1, NOW), '2026-12-31', NOW)
    expect(recipientStatus(closed, closed.recipients[0], '2027-01-05').kind).toBe('received')
    expect(recipientStatus(closed, closed.recipients[1], '2027-01-05')).toEqual({ kind: 'no_reply' })
    expect(() => markReceived(closed, BUILD.id, '2027-01-02', 0, NOW)).toThrow(/đã đóng ngày 31\/12\/2026/)
  })
})
