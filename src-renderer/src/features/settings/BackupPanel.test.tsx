// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoApi } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import { createBrowserBackups } from '../../bridge/browser-backups'
import { takeAutoBackup } from '../../db/backup'
import { seedStore } from '../../db/test-support/backup-store'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createSystem } from '../../db/repos/systems'
import { freshDatabase } from '../../db/test-support/test-db'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { BackupPanel } from './BackupPanel'
import { StorageCard } from './StorageCard'

let clock = new Date('2026-11-22T02:00:00Z')
let api: CapdoApi
let db: CapdoDatabase

/** Backing up and restoring take a while on a busy machine. */
const SLOW = { timeout: 10_000 }

beforeAll(() => {
  // The app keeps the first door it is given; this one leads to each test's own backups database.
  const names = Object.keys(createBrowserApi('0.1.0', document)) as (keyof CapdoApi)[]
  window.capdo = Object.fromEntries(
    names.map((name) => [name, (arg?: unknown) => (api[name] as (a?: unknown) => Promise<unknown>)(arg)]),
  ) as unknown as CapdoApi
})

afterAll(() => {
  delete window.capdo
})

beforeEach(async () => {
  db = freshDatabase()
  clock = new Date('2026-11-22T02:00:00Z')
  api = createBrowserApi(
    '0.1.0',
    document,
    createBrowserBackups(`test-panel-${crypto.randomUUID()}`, () => clock),
  )
  useAutoBackupMemory.setState({ keep: 14, failures: [] })
})

afterEach(async () => {
  await db.delete()
})

/** Two automatic backups: a daily one of 24 systems at 09:00, one before an import of 25 at 10:00. */
async function seedBackups() {
  await seedStore(db)
  await takeAutoBackup(db, api, 'daily', { keep: 2 })
  const unit = (await db.units.toArray())[0]
  await createSystem(db, { name: 'Hệ thống thư điện tử công vụ', unitId: unit.id })
  clock = new Date('2026-11-22T03:00:00Z')
  await takeAutoBackup(db, api, 'before-import', { keep: 2 })
}

function renderPanel() {
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <BackupPanel />
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
}

async function rows(): Promise<HTMLElement[]> {
  const table = await screen.findByTestId('auto-backups')
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1), SLOW)
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('data-row-key'))
}

describe('the list of automatic backups', () => {
  it('shows each backup newest first with its time, reason in Vietnamese, size and counts', async () => {
    await seedBackups()
    renderPanel()
    const [newest, older] = await rows()
    expect(newest.textContent).toContain('22/11/2026 10:00')
    expect(newest.textContent).toContain('Trước khi nhập dữ liệu')
    expect(newest.textContent).toMatch(/25 hệ thống · 7 đơn vị · \d+ lần kiểm tra/)
    expect(newest.textContent).toMatch(/\d+(,\d)? KB/)
    expect(older.textContent).toContain('22/11/2026 09:00')
    expect(older.textContent).toContain('Sao lưu hằng ngày')
    expect(older.textContent).toMatch(/24 hệ thống/)
  })

  it('"Khôi phục" on a backup restores it after confirmation, keeping the data replaced as a new backup', async () => {
    await seedBackups()
    renderPanel()
    const [, daily] = await rows()
    fireEvent.click(within(daily).getByRole('button', { name: /Khôi phục/ }))

    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu?' }, SLOW)
    expect(dialog.textContent).toContain('Bản sao lưu tự động lúc 22/11/2026 09:00')
    clock = new Date('2026-11-22T04:00:00Z')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục' }))

    await screen.findByText(/^Đã khôi phục 24 hệ thống thông tin/, {}, { timeout: 60_000 })
    expect(await db.systems.count()).toBe(24)
    await waitFor(async () => {
      const [first] = await rows()
      expect(first.textContent).toContain('Trước khi khôi phục')
      expect(first.textContent).toContain('25 hệ thống')
    })
    // A restore reads the file and its safety copy back in full: slow on a busy machine.
  }, 90_000)

  it('lowering how many are kept asks first, then removes the oldest', async () => {
    await seedBackups()
    renderPanel()
    expect(await rows()).toHaveLength(2)
    const input = screen.getByRole('spinbutton', { name: 'Số bản sao lưu tự động giữ lại' })
    fireEvent.change(input, { target: { value: '1' } })
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }))
    expect(
      await screen.findAllByText('1 bản sao lưu tự động cũ nhất sẽ bị xóa ngay. Tiếp tục?', {}, SLOW),
    ).not.toHaveLength(0)
    // Nothing is removed before the officer agrees.
    expect(await api.listAutoBackups()).toHaveLength(2)
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa và lưu' }, SLOW))

    await screen.findByText('Từ nay giữ lại 1 bản sao lưu tự động gần nhất; đã xóa 1 bản cũ hơn.', {}, SLOW)
    await waitFor(async () => expect(await rows()).toHaveLength(1), SLOW)
    expect((await rows())[0].textContent).toContain('Trước khi nhập dữ liệu')
    expect(useAutoBackupMemory.getState().keep).toBe(1)
  })

  it('says so when there is no automatic backup yet', async () => {
    renderPanel()
    const table = await screen.findByTestId('auto-backups')
    await waitFor(() => expect(table.textContent).toContain('Chưa có bản sao lưu tự động nào.'))
  })
})

describe('automatic backups that were not stored', () => {
  it('are listed above the backups with when, why and the reason in Vietnamese, until “Đã xem”', async () => {
    await seedBackups()
    useAutoBackupMemory.setState({
      failures: [
        {
          at: '2026-11-22T04:15:00.000Z',
          reason: 'before-restore',
          message: 'Bản sao lưu vừa tạo sẽ không khôi phục được nên đã không được lưu.',
        },
      ],
    })
    renderPanel()
    const alert = await screen.findByTestId('auto-backup-failures', {}, SLOW)
    expect(alert.textContent).toContain('Có bản sao lưu tự động chưa được lưu')
    // What to do about it, not only what happened.
    expect(alert.textContent).toContain(
      'Hãy xử lý theo nguyên nhân ghi ở từng dòng, rồi bấm “Sao lưu ngay” để có một bản sao lưu mới.',
    )
    expect(alert.textContent).toContain(
      '22/11/2026 11:15 · Trước khi khôi phục: Bản sao lưu vừa tạo sẽ không khôi phục được nên đã không được lưu.',
    )
    // The good backups are still there beside it.
    expect(await rows()).toHaveLength(2)
    fireEvent.click(within(alert).getByRole('button', { name: 'Đã xem' }))
    await waitFor(() => expect(screen.queryByTestId('auto-backup-failures')).toBeNull())
    expect(useAutoBackupMemory.getState().failures).toEqual([])
  })
})

describe('the storage card', () => {
  const MB = 1024 * 1024
  it('shows the storage used of the quota in Vietnamese, and whether it is kept for good', async () => {
    useAutoBackupMemory.setState({ persistence: 'denied' })
    const storage = { estimate: async () => ({ usage: 12.3 * MB, quota: 2.1 * 1024 * MB }) }
    render(
      <AntApp>
        <StorageCard storage={storage} desktop={false} />
      </AntApp>,
    )
    expect((await screen.findByTestId('storage-used', {}, SLOW)).textContent).toBe(
      'Đã dùng 12,3 MB trên 2,1 GB',
    )
    expect(screen.getByTestId('storage-persistence').textContent).toMatch(
      /^Lưu trữ lâu dài: chưa được cho phép\. Khi ổ đĩa gần đầy, trình duyệt có thể tự xóa dữ liệu/,
    )
  })

  it('in the desktop app, says where the data and its automatic backups live instead of the browser’s answer', async () => {
    useAutoBackupMemory.setState({ persistence: 'denied' })
    const storage = { estimate: async () => ({ usage: MB, quota: 1024 * MB }) }
    render(
      <AntApp>
        <StorageCard storage={storage} desktop />
      </AntApp>,
    )
    await screen.findByTestId('storage-used', {}, SLOW)
    expect(screen.getByTestId('storage-persistence').textContent).toBe(
      'Dữ liệu nằm trong thư mục dữ liệu của CapDo trên máy này; bản sao lưu tự động được ghi vào thư mục "backups" bên cạnh.',
    )
  })
})
