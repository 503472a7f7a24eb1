// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { closeRound, createRound, markReceived, markSent, type Round } from '../../domain/rounds/round'
import { RoundReminderLines } from '../reminders/RoundReminders'
import { roundReminders } from '../../domain/rounds/round-progress'
import { OpenRoundsView } from './OpenRoundsCard'

afterEach(cleanup)

const NOW = '2026-12-01T08:00:00.000Z'

/** 1,200 units (a province with its communes) due 15/12: 1,100 sent, 350 replied. */
function bigRound(id = 'round-1', letterNo = '125/SKHCN-CNTT'): Round {
  const ids = Array.from({ length: 1200 }, (_, i) => `u${i}`)
  let r = createRound(
    {
      letterNo,
      letterDate: '2026-12-01',
      subject: '',
      asOf: '2026-11-30',
      dueOn: '2026-12-15',
      recipients: ids.map((unitId) => ({ unitId, unitName: unitId })),
    },
    { id, tokenFor: () => 't' },
    NOW,
  )
  r = markSent(r, ids.slice(0, 1100), '2026-12-01', NOW)
  for (const unitId of ids.slice(0, 350)) r = markReceived(r, unitId, '2026-12-05', 1, NOW)
  return r
}

const show = (rounds: Round[], today: string) =>
  render(
    <MemoryRouter>
      <OpenRoundsView rounds={rounds} today={today} />
    </MemoryRouter>,
  )

describe('the dashboard’s open rounds', () => {
  it('shows an open round’s counts with the app’s number format and links to the round', () => {
    show([bigRound()], '2026-12-18')
    const line = screen.getByTestId('open-round-round-1')
    expect(line.textContent).toContain('Công văn số 125/SKHCN-CNTT')
    expect(line.textContent).toContain('hạn 15/12/2026 (đã qua 3 ngày)')
    expect(line.textContent).toContain('Đã nhận 350/1.200')
    expect(line.textContent).toContain('Chưa báo cáo 850')
    expect(line.textContent).toContain('Quá hạn 750')
    expect(line.textContent).toContain('Chưa gửi phiếu 100')
    expect(screen.getByRole('link', { name: 'Công văn số 125/SKHCN-CNTT' }).getAttribute('href')).toBe(
      '/rounds?round=round-1',
    )
  })

  it('counts nobody late on the due date itself, and says how many days are left before it', () => {
    show([bigRound()], '2026-12-15')
    expect(screen.getByTestId('open-round-round-1').textContent).toContain('hạn 15/12/2026 (hôm nay)')
    expect(screen.getByTestId('open-round-round-1').textContent).toContain('Quá hạn 0')
    cleanup()
    show([bigRound()], '2026-12-12')
    expect(screen.getByTestId('open-round-round-1').textContent).toContain('(còn 3 ngày)')
  })

  it('shows nothing when no round is open, and leaves a closed round out', () => {
    show([closeRound(bigRound(), '2026-12-20', NOW)], '2026-12-21')
    expect(screen.queryByTestId('open-rounds-card')).toBeNull()
    cleanup()
    show([closeRound(bigRound('a', '1/A'), '2026-12-20', NOW), bigRound('b', '2/B')], '2026-12-21')
    expect(screen.getByTestId('open-rounds-card').textContent).not.toContain('1/A')
    expect(screen.getByTestId('open-round-b').textContent).toContain('2/B')
  })
})

describe('the reminder bell’s round lines', () => {
  it('recall a round near its due date and one past it, each linking to its round', () => {
    const items = roundReminders([bigRound('a', '1/A')], '2026-12-13')
    render(
      <MemoryRouter>
        <RoundReminderLines items={[...items, ...roundReminders([bigRound('b', '2/B')], '2026-12-18')]} />
      </MemoryRouter>,
    )
    expect(screen.getByTestId('reminder-round-a').textContent).toBe(
      'Sắp đến hạnĐợt theo công văn số 1/A: còn 2 ngày đến hạn, 850 đơn vị chưa báo cáo.',
    )
    expect(screen.getByTestId('reminder-round-b').textContent).toBe(
      'Quá hạnĐợt theo công văn số 2/B: quá hạn 3 ngày, 850 đơn vị chưa báo cáo.',
    )
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/rounds?round=a',
      '/rounds?round=b',
    ])
  })
})
