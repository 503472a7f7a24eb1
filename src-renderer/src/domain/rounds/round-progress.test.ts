import { describe, expect, it } from 'vitest'
import { openRoundsProgress, ROUND_REMINDER_DAYS, roundProgress, roundReminders } from './round-progress'
import { closeRound, createRound, markReceived, markSent, type Round } from './round'

const NOW = '2026-12-01T08:00:00.000Z'

/** A round of `n` units due `dueOn`; the first `sent` handed out on 01/12, the first `received` replied. */
function round(id: string, dueOn: string, n: number, sent: number, received: number): Round {
  const ids = Array.from({ length: n }, (_, i) => `${id}-u${i}`)
  let r = createRound(
    {
      letterNo: `${id}/SKHCN-CNTT`,
      letterDate: '2026-12-01',
      subject: '',
      asOf: '2026-11-30',
      dueOn,
      recipients: ids.map((unitId) => ({ unitId, unitName: unitId })),
    },
    { id, tokenFor: () => 't' },
    NOW,
  )
  r = markSent(r, ids.slice(0, sent), '2026-12-01', NOW)
  for (const unitId of ids.slice(0, received)) r = markReceived(r, unitId, '2026-12-05', 1, NOW)
  return r
}

describe('the progress of an open round', () => {
  it('counts received, not replied and, after the due date, late (the due date itself is in time)', () => {
    const r = round('12', '2026-12-15', 95, 90, 40)
    expect(roundProgress(r, '2026-12-15')).toMatchObject({
      recipients: 95,
      received: 40,
      notReplied: 55,
      late: 0,
      notSent: 5,
      daysLeft: 0,
    })
    // From the day after: the 50 sent without a reply are late; the 5 never sent are not.
    expect(roundProgress(r, '2026-12-16')).toMatchObject({
      received: 40,
      notReplied: 55,
      late: 50,
      daysLeft: -1,
    })
  })

  it('lists only open rounds, the nearest due date first', () => {
    const rounds = [
      round('a', '2026-12-20', 3, 3, 0),
      closeRound(round('b', '2026-12-10', 3, 3, 0), '2026-12-11', NOW),
      round('c', '2026-12-12', 3, 3, 0),
    ]
    expect(openRoundsProgress(rounds, '2026-12-11').map((p) => p.roundId)).toEqual(['c', 'a'])
  })
})

describe('the reminders of rounds', () => {
  it(`recall a round from ${ROUND_REMINDER_DAYS} days before its due date, not a day earlier`, () => {
    const r = round('12', '2026-12-15', 10, 10, 3)
    expect(roundReminders([r], '2026-12-09')).toEqual([])
    expect(roundReminders([r], '2026-12-10')).toMatchObject([
      { roundId: '12', urgency: 'due_soon', daysLeft: 5 },
    ])
    expect(roundReminders([r], '2026-12-15')).toMatchObject([
      { urgency: 'due_soon', daysLeft: 0, notReplied: 7 },
    ])
  })

  it('keep recalling it as overdue after the due date while replies are missing', () => {
    const r = round('12', '2026-12-15', 10, 10, 3)
    expect(roundReminders([r], '2027-01-20')).toMatchObject([{ urgency: 'overdue', daysLeft: -36, late: 7 }])
  })

  it('never recall a round every unit has answered, nor a closed one', () => {
    const answered = round('a', '2026-12-15', 4, 4, 4)
    const closed = closeRound(round('b', '2026-12-15', 4, 4, 0), '2026-12-16', NOW)
    expect(roundReminders([answered, closed], '2026-12-17')).toEqual([])
  })

  it('recall a round whose requests were never sent as its due date nears', () => {
    const unsent = round('u', '2026-12-15', 4, 0, 0)
    expect(roundReminders([unsent], '2026-12-14')).toMatchObject([
      { notSent: 4, notReplied: 4, urgency: 'due_soon' },
    ])
  })
})
