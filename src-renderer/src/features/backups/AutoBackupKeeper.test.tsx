// @vitest-environment jsdom
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoApi } from '../../../../src-main/preload/api'
import { createBrowserApi } from '../../bridge/browser-api'
import { createBrowserBackups } from '../../bridge/browser-backups'
import { seedStore } from '../../db/test-support/backup-store'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { addAttachment } from '../../db/repos/attachments'
import { freshDatabase } from '../../db/test-support/test-db'
import { SAMPLE_FILES } from '../../../../test/fixtures/attachment-samples'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { expectNotice } from '../test-support/notice'
import { AutoBackupKeeper } from './AutoBackupKeeper'
import { StorageWarning } from './StorageWarning'
import { useAutoBackup } from './useAutoBackup'

let api: CapdoApi
let db: CapdoDatabase
/** Set to make every automatic backup fail as a full disk would. */
let diskFull = false

const SLOW = { timeout: 10_000 }

beforeAll(() => {
  const names = Object.keys(createBrowserApi('0.1.0', document)) as (keyof CapdoApi)[]
  window.capdo = Object.fromEntries(
    names.map((name) => [
      name,
      async (arg?: unknown) => {
        if (diskFull && name === 'writeAutoBackup')
          throw new Error('Không ghi được bản sao lưu tự động: ổ đĩa đã đầy.')
        return (api[name] as (a?: unknown) => Promise<unknown>)(arg)
      },
    ]),
  ) as unknown as CapdoApi
})

afterAll(() => {
  delete window.capdo
})

beforeEach(() => {
  db = freshDatabase()
  diskFull = false
  api = createBrowserApi('0.1.0', document, createBrowserBackups(`test-keeper-${crypto.randomUUID()}`))
  useAutoBackupMemory.setState({ keep: 14, persistence: null, failures: [] })
})

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'storage')
  await db.delete()
})

function wrapper({ children }: { children: ReactNode }) {
  return (
    <AntApp>
      <DbProvider db={db}>{children}</DbProvider>
    </AntApp>
  )
}

describe('at start', () => {
  it('takes the daily backup once, and remembers the answer to the request for persistent storage', async () => {
    await seedStore(db)
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => false, persist: async () => true },
    })
    const { unmount } = render(<AutoBackupKeeper startDelayMs={0} />, { wrapper })
    await waitFor(
      async () => expect((await api.listAutoBackups()).map((e) => e.reason)).toEqual(['daily']),
      SLOW,
    )
    expect(useAutoBackupMemory.getState().persistence).toBe('granted')
    unmount()

    // A second start the same day takes no second daily backup.
    render(<AutoBackupKeeper startDelayMs={0} />, { wrapper })
    await new Promise((r) => setTimeout(r, 300))
    expect(await api.listAutoBackups()).toHaveLength(1)
  })

  it('an empty register is not backed up', async () => {
    render(<AutoBackupKeeper startDelayMs={0} />, { wrapper })
    await new Promise((r) => setTimeout(r, 300))
    expect(await api.listAutoBackups()).toEqual([])
  })

  it('a failed daily backup is told in Vietnamese', async () => {
    await seedStore(db)
    diskFull = true
    render(<AutoBackupKeeper startDelayMs={0} />, { wrapper })
    expectNotice(
      await screen.findByText(
        'Không tạo được bản sao lưu tự động hằng ngày: Không ghi được bản sao lưu tự động: ổ đĩa đã đầy.',
        {},
        SLOW,
      ),
      'warning',
      'Sao lưu tự động không thành công',
    )
  })
})

describe('a backup that would not restore', () => {
  it('is told at once, never stored, and kept as a failure for the list in Settings', async () => {
    await seedStore(db)
    // A file whose stored bytes no longer match its SHA-256: the backup copies it, a restore refuses it.
    const [system] = await db.systems.toArray()
    const info = await addAttachment(db, {
      owner: { kind: 'system', id: system.id },
      name: 'quyet-dinh.pdf',
      data: SAMPLE_FILES.pdf,
    })
    const altered = SAMPLE_FILES.pdf.slice()
    altered[10] ^= 0x20
    await db.attachmentData.put({ id: info.id, data: altered })
    render(<AutoBackupKeeper startDelayMs={0} />, { wrapper })
    expectNotice(
      await screen.findByText(
        /^Không tạo được bản sao lưu tự động hằng ngày: Bản sao lưu vừa tạo sẽ không khôi phục được nên đã không được lưu\. Tệp đính kèm "quyet-dinh\.pdf"/,
        {},
        SLOW,
      ),
      'warning',
      'Sao lưu tự động không thành công',
    )
    expect(await api.listAutoBackups()).toEqual([])
    expect(useAutoBackupMemory.getState().failures).toEqual([
      expect.objectContaining({
        reason: 'daily',
        message: expect.stringMatching(/^Bản sao lưu vừa tạo sẽ không khôi phục được/),
      }),
    ])
  })
})

describe('the backup before a change', () => {
  it('is stored with its reason', async () => {
    await seedStore(db)
    const { result } = renderHook(() => useAutoBackup(), { wrapper })
    let entry: Awaited<ReturnType<typeof result.current.backUpBefore>> = null
    await act(async () => {
      entry = await result.current.backUpBefore('before-import')
    })
    expect(entry).toMatchObject({ reason: 'before-import', counts: { systems: 24 } })
  })

  it('a failure does not throw (the import goes on) and is told in Vietnamese', async () => {
    await seedStore(db)
    diskFull = true
    const { result } = renderHook(() => useAutoBackup(), { wrapper })
    let entry: unknown = 'not called'
    await act(async () => {
      entry = await result.current.backUpBefore('before-import')
    })
    expect(entry).toBeNull()
    expectNotice(
      await screen.findByText(
        /^Không tạo được bản sao lưu tự động trước khi nhập dữ liệu: .*ổ đĩa đã đầy\. Việc nhập dữ liệu vẫn được thực hiện/,
        {},
        SLOW,
      ),
      'warning',
      'Sao lưu tự động không thành công',
    )
  })
})

describe('the low-storage banner', () => {
  const MB = 1024 * 1024
  it('warns when less than 200 MB or 10 % remain, and says how much is left', async () => {
    const low = { estimate: async () => ({ usage: 1900 * MB, quota: 2048 * MB }) }
    render(<StorageWarning storage={low} />, { wrapper })
    const banner = await screen.findByTestId('storage-warning', {}, SLOW)
    expect(banner.textContent).toContain('Sắp hết dung lượng lưu trữ')
    expect(banner.textContent).toContain('Chỉ còn 148 MB trống (đã dùng 1,9 GB trên 2 GB)')
  })

  it('stays hidden while there is room', async () => {
    const roomy = { estimate: async () => ({ usage: 12.3 * MB, quota: 2.1 * 1024 * MB }) }
    render(<StorageWarning storage={roomy} />, { wrapper })
    await new Promise((r) => setTimeout(r, 100))
    expect(screen.queryByTestId('storage-warning')).toBeNull()
  })
})
