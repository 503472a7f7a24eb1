// @vitest-environment jsdom
/** "Đợt thu thập" opened from a link naming a round (the dashboard's open rounds) shows that round. */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createRound } from '../../db/repos/rounds'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import { PATHS } from '../../paths'
import { RoundsPage } from './RoundsPage'

configure({ asyncUtilTimeout: 10_000 })

let db: CapdoDatabase
beforeEach(() => {
  db = freshDatabase()
})
afterEach(async () => {
  await db.delete()
})

async function twoRounds(): Promise<{ older: string; newer: string }> {
  const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
  const letter = (letterNo: string, letterDate: string) => ({
    letterNo,
    letterDate,
    subject: '',
    asOf: letterDate,
    dueOn: '2026-12-31',
    recipients: [{ unitId: unit.id, unitName: unit.name }],
  })
  const older = await createRound(db, letter('10/SKHCN-CNTT', '2026-11-01'))
  const newer = await createRound(db, letter('20/SKHCN-CNTT', '2026-12-01'))
  return { older: older.id, newer: newer.id }
}

function show(path: string) {
  render(
    <DbProvider db={db}>
      <AntApp>
        <MemoryRouter initialEntries={[path]}>
          <RoundsPage />
        </MemoryRouter>
      </AntApp>
    </DbProvider>,
  )
}

describe('the rounds screen', () => {
  it('shows the round a link names, not the newest', async () => {
    const { older } = await twoRounds()
    show(PATHS.round(older))
    const detail = await screen.findByTestId('round-detail')
    expect(within(detail).getByText('Đợt theo công văn số 10/SKHCN-CNTT')).toBeTruthy()
  })

  it('shows the newest round when the link names none', async () => {
    await twoRounds()
    show(PATHS.rounds)
    const detail = await screen.findByTestId('round-detail')
    expect(within(detail).getByText('Đợt theo công văn số 20/SKHCN-CNTT')).toBeTruthy()
  })

  // A unit that reported by its "Gửi lên" file or a letter has no phiếu for "Nhận phiếu" to read.
  it('"Đã nhận cách khác…" records a reply that came without a phiếu; the unit then reads as received', async () => {
    const { newer } = await twoRounds()
    show(PATHS.round(newer))
    const detail = await screen.findByTestId('round-detail')
    fireEvent.click(within(detail).getByRole('button', { name: 'Đã nhận cách khác…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận Sở Y tế đã báo cáo' })
    expect(
      within(dialog).getByRole('radio', { name: 'Tệp “Gửi lên” của đơn vị (nhận qua “Nhận dữ liệu”)' }),
    ).toHaveProperty('checked', true)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))
    await waitFor(async () => expect((await db.rounds.get(newer))?.recipients[0].receivedOn).not.toBeNull())
    const today = (await db.rounds.get(newer))!.recipients[0].receivedOn!
    expect(
      await within(detail).findByText(`Đã nhận ngày ${today.split('-').reverse().join('/')}`),
    ).toHaveProperty('tagName', 'SPAN')
    expect(within(detail).queryByRole('button', { name: 'Đã nhận cách khác…' })).toBeNull()
  })
})
