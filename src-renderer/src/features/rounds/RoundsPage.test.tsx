// @vitest-environment jsdom
/** "Đợt thu thập" opened from a link naming a round (the dashboard's open rounds) shows that round. */
import { configure, render, screen, within } from '@testing-library/react'
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
})
