// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import ExcelJS from 'exceljs'
import { MemoryRouter } from 'react-router'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi, SaveFileRequest, SaveFileResult } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import type { CapdoDatabase } from '../../db/database'
import { loadDemoData } from '../../db/demo'
import { DbProvider } from '../../db/hooks'
import { saveReportSettings, saveRuleSetId } from '../../db/repos/settings'
import { freshDatabase } from '../../db/test-support/test-db'
import { DEFAULT_REPORT_SETTINGS } from '../../domain/report/settings'
import { useAsOf } from '../../stores/as-of'
import { buildReportInWorker } from '../../workers/report-client'
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
// The browser door, with its save replaced: the test plays the save dialog.
const api: CapdoApi = { ...createBrowserApi('test'), saveFile: (request) => saveFile(request) }

let db: CapdoDatabase

/** Building a workbook takes a while on a busy machine. */
const LONG = { timeout: 20_000 }

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
  vi.mocked(buildReportInWorker).mockClear()
  await loadDemoData(db, { asOf: '2026-11-23', systemsCount: 12, unitsCount: 4 })
})

afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  await db.delete()
})

function renderPage() {
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <MemoryRouter>
            <ExportPage />
          </MemoryRouter>
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
}

async function sheetNames(data: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  return workbook.worksheets.map((w) => w.name)
}

describe('the export screen', () => {
  it('offers the five sheets of the quarterly rule set and the quarter with its due date', async () => {
    renderPage()
    const checkboxes = await screen.findAllByRole('checkbox')
    expect(checkboxes).toHaveLength(6)
    // Mẫu 08 of Decree 331 is offered but not ticked while Decree 85's quarterly report applies.
    expect(
      (screen.getByRole('checkbox', { name: /^Mẫu 08 \(Nghị định 331\/2026\)/ }) as HTMLInputElement).checked,
    ).toBe(false)
    for (const name of ['Tổng hợp', 'Danh mục', 'Quá hạn', 'Sắp đến hạn', 'Báo cáo quý']) {
      expect(
        (screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement).checked,
      ).toBe(true)
    }
    expect(screen.getByTestId('quarter-due').textContent).toBe('Hạn gửi: 20/12/2026')
    const fileName = screen.getByTestId('export-file-name')
    expect(fileName.textContent).toBe('CapDo-bao-cao-2026-11-23.xlsx')
    expect((screen.getByLabelText('Tính đến ngày') as HTMLInputElement).value).toBe('23/11/2026')
    // The summary sits in the card of the file it describes, not in another export's card.
    const summary = await screen.findByText('12 hệ thống thông tin của 4 đơn vị')
    expect(summary.closest('.ant-card')).toBe(fileName.closest('.ant-card'))
  })

  it('offers no quarterly report under the annual rule set of Decree 331', async () => {
    await saveRuleSetId(db, 'ND331-2026')
    renderPage()
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(5))
    expect(screen.queryByRole('checkbox', { name: /^Báo cáo quý/ })).toBeNull()
    expect(
      (screen.getByRole('checkbox', { name: /^Mẫu 08 \(Nghị định 331\/2026\)/ }) as HTMLInputElement).checked,
    ).toBe(true)
    // In place of the quarter picker, a sentence saying why there is none.
    expect(screen.queryByRole('combobox', { name: 'Quý báo cáo' })).toBeNull()
    expect(screen.getByText(/quy định báo cáo hằng năm/).textContent).toBe(
      'Bộ quy tắc đang áp dụng quy định báo cáo hằng năm, không có báo cáo quý.',
    )
  })

  it('prepares on 20/12 the Mẫu 08 of the year whose period just ended, and sends the year picked to the job', async () => {
    await saveRuleSetId(db, 'ND331-2026')
    useAsOf.setState({ asOf: '2026-12-20' })
    renderPage()
    const period = await screen.findByTestId('mau08-period')
    expect(period.textContent).toBe(
      'Kỳ báo cáo năm 2026: số liệu từ 15/12/2025 đến hết 14/12/2026 (Nghị định 331/2026/NĐ-CP, Điều 35 khoản 3).',
    )
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Năm báo cáo Mẫu 08' }))
    fireEvent.click(await screen.findByTitle('Năm 2025'))
    await waitFor(() =>
      expect(screen.getByTestId('mau08-period').textContent).toMatch(/^Kỳ báo cáo năm 2025/),
    )
    saveFile.mockResolvedValue({ status: 'saved', fileName: 'x.xlsx' })
    fireEvent.click(screen.getByRole('button', { name: /Xuất báo cáo/ }))
    await waitFor(() => expect(buildReportInWorker).toHaveBeenCalled(), LONG)
    expect(vi.mocked(buildReportInWorker).mock.calls[0]?.[0]).toMatchObject({
      asOf: '2026-12-20',
      mau08Year: 2025,
    })
  }, 30_000)

  it('shows who issues the report, as Settings has it, with a link to Settings', async () => {
    await saveReportSettings(db, {
      ...DEFAULT_REPORT_SETTINGS,
      signerName: 'Nguyễn Văn An',
      place: 'Hải Phòng',
    })
    renderPage()
    const issuer = await screen.findByTestId('export-issuer')
    await within(issuer).findByText('Nguyễn Văn An')
    // Each value under its own label, as it will be printed.
    const rows = within(issuer)
      .getAllByRole('row')
      .map((r) => r.textContent)
    expect(rows).toContain('Cơ quan ban hànhSỞ KHOA HỌC VÀ CÔNG NGHỆ')
    expect(rows).toContain('Địa danhHải Phòng')
    expect(within(issuer).getAllByText(/ngày \d+ tháng \d+ năm \d+/).map((e) => e.textContent)).toEqual([
      'Hải Phòng, ngày 23 tháng 11 năm 2026',
    ])
    expect(
      within(issuer)
        .getByRole('link', { name: /Sửa trong Cài đặt/ })
        .getAttribute('href'),
    ).toBe('/settings')
  })

  it('saves the workbook with the ticked sheets and tells the file it saved', async () => {
    saveFile.mockImplementation(async () => ({ status: 'saved', fileName: 'bao-cao-quy-IV.xlsx' }))
    renderPage()
    fireEvent.click(await screen.findByRole('checkbox', { name: /^Quá hạn/ }))
    fireEvent.click(screen.getByRole('button', { name: /Xuất báo cáo/ }))
    const saved = await screen.findByTestId('export-saved', {}, LONG)
    // Announced (role alert), naming the file the main process actually wrote.
    expect(saved.getAttribute('role')).toBe('alert')
    expect(saved.textContent).toBe('Đã lưu tệp bao-cao-quy-IV.xlsx')

    expect(saveFile).toHaveBeenCalledTimes(1)
    const request = saveFile.mock.calls[0][0]
    expect(request.suggestedName).toBe('CapDo-bao-cao-2026-11-23.xlsx')
    expect(request.filters).toEqual([{ name: 'Sổ tính Excel', extensions: ['xlsx'] }])
    expect(await sheetNames(request.data)).toEqual(['Tổng hợp', 'Danh mục', 'Sắp đến hạn', 'Báo cáo quý'])
  })

  it('exports the register sheet alone for sending upward or importing again', async () => {
    saveFile.mockImplementation(async (r) => ({ status: 'saved', fileName: r.suggestedName }))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: /Xuất danh mục/ }))
    const saved = await screen.findByTestId('export-saved', {}, LONG)
    expect(saved.getAttribute('role')).toBe('alert')
    expect(saved.textContent).toBe('Đã lưu tệp CapDo-danh-muc-2026-11-23.xlsx')
    expect(await sheetNames(saveFile.mock.calls[0][0].data)).toEqual(['Danh mục'])
  })

  it('says nothing when the save dialog is cancelled, and the main process’s reason when saving fails', async () => {
    saveFile.mockImplementationOnce(async () => ({ status: 'canceled' }))
    renderPage()
    const button = (await screen.findByRole('button', { name: /Xuất báo cáo/ })) as HTMLButtonElement
    fireEvent.click(button)
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1), LONG)
    await waitFor(() => expect(button.disabled).toBe(false), LONG)
    expect(screen.queryByText(/Đã lưu tệp/)).toBeNull()

    const reason = 'Không lưu được tệp “CapDo-bao-cao-2026-11-23.xlsx”: ổ đĩa đã đầy.'
    saveFile.mockImplementationOnce(async () => {
      throw new Error(reason)
    })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    fireEvent.click(button)
    const told = await screen.findByText(reason, {}, LONG)
    // The whole reason, announced as an error message, not a generic failure.
    const notice = told.closest('[role="alert"]')
    expect(notice?.className).toContain('ant-message-notice-error')
    expect(notice?.textContent).toBe(reason)
    expect(screen.queryByText(/Đã lưu tệp/)).toBeNull()
  })

  it('opens no save dialog when the officer leaves the screen while the workbook is built', async () => {
    saveFile.mockImplementation(async (r) => ({ status: 'saved', fileName: r.suggestedName }))
    const { unmount } = renderPage()
    fireEvent.click(await screen.findByRole('button', { name: /Xuất báo cáo/ }))
    await waitFor(() => expect(buildReportInWorker).toHaveBeenCalled())
    unmount()
    await vi.mocked(buildReportInWorker).mock.results[0].value
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(saveFile).not.toHaveBeenCalled()
  })
})
