// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi, SaveFileRequest, SaveFileResult } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import type { CapdoDatabase } from '../../db/database'
import { loadDemoData } from '../../db/demo'
import { DbProvider } from '../../db/hooks'
import { renameOffice } from '../../db/repos/exchange'
import { freshDatabase } from '../../db/test-support/test-db'
import { checkSignature, ownFingerprint } from '../../db/repos/exchange-keys'
import { readExchangeFile } from '../../excel/exchange/read-exchange-workbook'
import { PATHS } from '../../paths'
import { useAsOf } from '../../stores/as-of'
import { ExportPage } from './ExportPage'

// jsdom has no Worker: the report worker's job runs in this process instead.
vi.mock('../../workers/report-client', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../workers/report-client')>()
  const { runReportJob } = await import('../../workers/report-job')
  return {
    ...original,
    buildReportInWorker: vi.fn((job, options) => runReportJob(job, options?.onProgress)),
  }
})

const saveFile = vi.fn<(request: SaveFileRequest) => Promise<SaveFileResult>>()
const api: CapdoApi = { ...createBrowserApi('test'), saveFile: (request) => saveFile(request) }
let db: CapdoDatabase

beforeAll(() => {
  window.capdo = api
})

afterAll(() => {
  delete window.capdo
})

beforeEach(async () => {
  db = freshDatabase()
  useAsOf.setState({ asOf: '2026-11-23' })
  saveFile.mockReset()
  await loadDemoData(db, { asOf: '2026-11-23', systemsCount: 6, unitsCount: 2 })
  await renameOffice(db, 'UBND phường An Dương')
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

/** Where a link took the officer: the Settings route shows its own path and query. */
function SettingsProbe() {
  const location = useLocation()
  return <p data-testid="settings-location">{`${location.pathname}${location.search}`}</p>
}

function renderExport() {
  const router = createMemoryRouter(
    [
      { path: PATHS.export, element: <ExportPage /> },
      { path: PATHS.settings, element: <SettingsProbe /> },
    ],
    { initialEntries: [PATHS.export] },
  )
  render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <RouterProvider router={router} />
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
}

describe('the "Gửi lên" card', () => {
  it('names the sending office and the file it will write', async () => {
    renderExport()
    const card = await screen.findByTestId('export-send-up')
    expect((await within(card).findByTestId('send-up-office')).textContent).toBe('UBND phường An Dương')
    expect(within(card).getByTestId('send-up-file-name').textContent).toBe(
      'CapDo-gui-len-ubnd-phuong-an-duong-2026-11-23.xlsx',
    )
  })

  it('saves a workbook the Sở can receive: this office, every system', async () => {
    saveFile.mockImplementation(async () => ({ status: 'saved', fileName: 'gui-len.xlsx' }))
    renderExport()
    const card = await screen.findByTestId('export-send-up')
    await within(card).findByText('UBND phường An Dương')
    fireEvent.click(within(card).getByRole('button', { name: /Gửi lên/ }))
    await within(card).findByText('Đã lưu tệp gui-len.xlsx', {}, { timeout: 20_000 })

    expect(saveFile).toHaveBeenCalledTimes(1)
    const request = saveFile.mock.calls[0][0]
    expect(request.suggestedName).toBe('CapDo-gui-len-ubnd-phuong-an-duong-2026-11-23.xlsx')
    const { package: pkg, signature } = await readExchangeFile(request.data)
    expect(pkg.office.name).toBe('UBND phường An Dương')
    expect(pkg.records.filter((r) => r.entity === 'system')).toHaveLength(6)
    // Signed with this office's key, made on first use: the signature holds over the file's package.
    expect(await checkSignature(pkg, signature)).toMatchObject({
      kind: 'signed',
      fingerprint: await ownFingerprint(db),
    })
  }, 30_000)

  it('opens Settings on the office tab to rename the office', async () => {
    renderExport()
    const card = await screen.findByTestId('export-send-up')
    const link = within(card).getByRole('link', { name: 'Đổi tên trong Cài đặt' })
    expect(link.getAttribute('href')).toBe('/settings?tab=exchange')
    fireEvent.click(link)
    expect((await screen.findByTestId('settings-location')).textContent).toBe('/settings?tab=exchange')
  })
})
