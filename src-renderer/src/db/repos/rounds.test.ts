import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDatabase, type CapdoDatabase } from '../database'
import { vietnamDate } from '../../domain/calendar-date'
import {
  closeRoundNow,
  createRound,
  listRounds,
  markRequestsSent,
  newRoundToken,
  recordReplyReceived,
} from './rounds'

let db: CapdoDatabase
beforeEach(() => {
  db = createDatabase(`rounds-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const input = {
  letterNo: '125/SKHCN-CNTT',
  letterDate: '2026-12-22',
  subject: 'rà soát',
  asOf: '2026-12-14',
  dueOn: '2027-01-05',
  recipients: [
    { unitId: 'unit-a', unitName: 'Sở Y tế' },
    { unitId: 'unit-b', unitName: 'Sở Xây dựng' },
  ],
}

describe('rounds in the store', () => {
  it('a round is stored with a distinct unguessable token per recipient, and its history entry', async () => {
    const round = await createRound(db, input, 'Nguyễn Văn An')
    expect(await listRounds(db)).toEqual([round])
    const [a, b] = round.recipients
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{24}$/u)
    expect(a.token).not.toBe(b.token)
    const history = await db.history.where('entityId').equals(round.id).toArray()
    expect(history.map((h) => [h.entity, h.action, h.by, h.note])).toEqual([
      ['round', 'create', 'Nguyễn Văn An', 'Tạo đợt thu thập theo công văn số 125/SKHCN-CNTT, gửi 2 đơn vị.'],
    ])
    expect(new Set(Array.from({ length: 50 }, newRoundToken)).size).toBe(50)
  })

  it('an invalid letter writes nothing', async () => {
    await expect(createRound(db, { ...input, dueOn: '2026-12-01' })).rejects.toThrow(
      'Hạn gửi báo cáo (01/12/2026) không được trước ngày công văn (22/12/2026).',
    )
    expect(await db.rounds.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('marking requests sent dates them; closing keeps the record and refuses a second close', async () => {
    const round = await createRound(db, input)
    const sent = await markRequestsSent(db, round.id, ['unit-a'])
    expect(sent.recipients.map((r) => r.sentOn !== null)).toEqual([true, false])
    const closed = await closeRoundNow(db, round.id)
    expect(closed.closedOn).not.toBeNull()
    expect((await db.rounds.get(round.id))?.recipients).toEqual(sent.recipients)
    await expect(closeRoundNow(db, round.id)).rejects.toThrow(/đã đóng ngày/)
    expect(await db.history.where('entityId').equals(round.id).count()).toBe(3)
  })

  it('a reply that came as a "Gửi lên" file is recorded by hand with how, in one write; a second time is refused', async () => {
    const today = vietnamDate(new Date())
    const round = await createRound(db, {
      ...input,
      letterDate: '2026-01-02',
      asOf: '2026-01-02',
      dueOn: '2026-01-20',
    })
    const after = await recordReplyReceived(db, round.id, 'unit-b', today, 'exchange', 'Nguyễn Văn An')
    expect(after.recipients.map((r) => [r.unitName, r.receivedOn, r.changes])).toEqual([
      ['Sở Y tế', null, null],
      ['Sở Xây dựng', today, null],
    ])
    expect(await db.rounds.get(round.id)).toEqual(after)
    const [entry] = await db.history
      .where('entityId')
      .equals(round.id)
      .and((h) => h.action === 'update')
      .toArray()
    expect(entry.by).toBe('Nguyễn Văn An')
    expect(entry.note).toBe(
      `Ghi nhận Sở Xây dựng đã báo cáo ngày ${today.split('-').reverse().join('/')} qua tệp “Gửi lên” của đơn vị, đã nhận qua “Nhận dữ liệu” (công văn số 125/SKHCN-CNTT).`,
    )
    await expect(recordReplyReceived(db, round.id, 'unit-b', today, 'letter')).rejects.toThrow(
      /không ghi nhận lại/,
    )
    expect(await db.history.where('entityId').equals(round.id).count()).toBe(2)
    expect(await db.rounds.get(round.id)).toEqual(after)
  })
})
