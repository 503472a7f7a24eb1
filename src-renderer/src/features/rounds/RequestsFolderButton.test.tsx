// @vitest-environment jsdom
/**
 * "Tạo phiếu (thư mục)": in the desktop app every request workbook goes to the bridge's
 * save-folder door as its own file and the requests count as sent; in a browser the button is not
 * offered (the zip stays the way there).
 */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi, SaveFolderRequest, SaveFolderResult } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createRound, listRounds } from '../../db/repos/rounds'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import type { Round } from '../../domain/rounds/round'
import { RequestsFolderButton } from './RequestsFolderButton'

configure({ asyncUtilTimeout: 20_000 })

const saveFolder = vi.fn<(request: SaveFolderRequest) => Promise<SaveFolderResult>>()
let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
  saveFolder.mockReset()
  saveFolder.mockImplementation(async (r) => ({
    status: 'saved',
    folderName: r.suggestedName,
    count: r.files.length,
  }))
})
afterEach(async () => {
  delete window.capdo
  await db.delete()
})

async function setUp(): Promise<Round> {
  const health = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
  const build = await createUnit(db, { name: 'Sở Xây dựng', block: 'Khối sở' })
  return createRound(db, {
    letterNo: '125/SKHCN-CNTT',
    letterDate: '2026-12-01',
    subject: '',
    asOf: '2026-11-30',
    dueOn: '2026-12-15',
    recipients: [health, build].map((u) => ({ unitId: u.id, unitName: u.name })),
  })
}

function show(round: Round) {
  render(
    <DbProvider db={db}>
      <AntApp>
        <RequestsFolderButton round={round} />
      </AntApp>
    </DbProvider>,
  )
}

describe('"Tạo phiếu (thư mục)"', () => {
  it('in the desktop app hands every unit’s workbook to save-folder and marks the requests sent', async () => {
    const api: CapdoApi = { ...createBrowserApi('test'), saveFolder: (request) => saveFolder(request) }
    window.capdo = api
    const round = await setUp()
    show(round)
    fireEvent.click(screen.getByRole('button', { name: /Tạo phiếu \(thư mục\)/ }))
    await waitFor(() => expect(saveFolder).toHaveBeenCalledTimes(1))
    const request = saveFolder.mock.calls[0][0]
    expect(request.suggestedName).toBe('Phiếu thu thập - 125-SKHCN-CNTT')
    expect(request.files.map((f) => f.name).sort()).toEqual([
      'Phiếu - Sở Xây dựng.xlsx',
      'Phiếu - Sở Y tế.xlsx',
    ])
    // Each is a workbook (a zip: "PK").
    for (const f of request.files) expect([...f.data.slice(0, 2)]).toEqual([0x50, 0x4b])
    expect(
      await screen.findByText('Đã lưu 2 phiếu vào thư mục “Phiếu thu thập - 125-SKHCN-CNTT”.'),
    ).toBeTruthy()
    const [stored] = await listRounds(db)
    expect(stored.recipients.every((r) => r.sentOn !== null)).toBe(true)
  })

  it('marks nothing sent when the officer cancels the dialog', async () => {
    saveFolder.mockResolvedValue({ status: 'canceled' })
    window.capdo = { ...createBrowserApi('test'), saveFolder: (request) => saveFolder(request) }
    show(await setUp())
    fireEvent.click(screen.getByRole('button', { name: /Tạo phiếu \(thư mục\)/ }))
    await waitFor(() => expect(saveFolder).toHaveBeenCalledTimes(1))
    await waitFor(() => expect(screen.getByRole('button', { name: /Tạo phiếu \(thư mục\)/ })).toBeTruthy())
    const [stored] = await listRounds(db)
    expect(stored.recipients.every((r) => r.sentOn === null)).toBe(true)
  })

  it('is not offered in a browser', async () => {
    show(await setUp())
    expect(screen.queryByRole('button', { name: /thư mục/ })).toBeNull()
  })
})
