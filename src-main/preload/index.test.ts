import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS, type CapdoApi } from './api'

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}))

let exposed: CapdoApi
let cleanRemoteError: (error: unknown) => Error

beforeAll(async () => {
  ;({ cleanRemoteError } = await import('./index'))
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? []
  expect(key).toBe('capdo')
  exposed = api as CapdoApi
})

beforeEach(() => {
  electron.invoke.mockReset()
})

describe('the preload', () => {
  it('exposes window.capdo once, with exactly the API functions and no IPC object', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(Object.keys(exposed).sort()).toEqual([
      'getAppInfo',
      'listAutoBackups',
      'openAttachment',
      'openFile',
      'pruneAutoBackups',
      'readAutoBackup',
      'saveFile',
      'saveFolder',
      'showNotification',
      'writeAutoBackup',
    ])
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
  })

  it('calls each function on its own channel with the request', async () => {
    electron.invoke.mockResolvedValue({ status: 'canceled' })
    const save = { suggestedName: 'a.xlsx', data: new Uint8Array([1]), filters: [] }

    await exposed.getAppInfo()
    await exposed.saveFile(save)
    await exposed.openFile({ filters: [] })
    await exposed.showNotification({ title: 'CapDo', body: '2 việc quá hạn' })
    const backup = { data: new Uint8Array([0x1f, 0x8b]), reason: 'before-import' as const, keep: 14 }
    await exposed.writeAutoBackup(backup)
    await exposed.listAutoBackups()
    await exposed.readAutoBackup({ name: 'CapDo-tu-dong-2026-11-22_09-30-15-123_truoc-nhap.capdo' })
    await exposed.pruneAutoBackups({ keep: 3 })
    const attachment = {
      name: 'QĐ phê duyệt.pdf',
      type: 'application/pdf' as const,
      data: new Uint8Array([0x25]),
    }
    await exposed.openAttachment(attachment)
    const folder = {
      suggestedName: 'Phiếu thu thập',
      files: [{ name: 'Phiếu - Sở Y tế.xlsx', data: new Uint8Array([1]) }],
    }
    await exposed.saveFolder(folder)

    expect(electron.invoke.mock.calls).toEqual([
      [CHANNELS.getAppInfo],
      [CHANNELS.saveFile, save],
      [CHANNELS.openFile, { filters: [] }],
      [CHANNELS.showNotification, { title: 'CapDo', body: '2 việc quá hạn' }],
      [CHANNELS.writeAutoBackup, backup],
      [CHANNELS.listAutoBackups],
      [CHANNELS.readAutoBackup, { name: 'CapDo-tu-dong-2026-11-22_09-30-15-123_truoc-nhap.capdo' }],
      [CHANNELS.pruneAutoBackups, { keep: 3 }],
      [CHANNELS.openAttachment, attachment],
      [CHANNELS.saveFolder, folder],
    ])
  })

  it('returns what the main process answered', async () => {
    electron.invoke.mockResolvedValue({ status: 'saved', fileName: 'a.xlsx' })
    await expect(
      exposed.saveFile({ suggestedName: 'a.xlsx', data: new Uint8Array([1]), filters: [] }),
    ).resolves.toEqual({ status: 'saved', fileName: 'a.xlsx' })
  })

  it('hands the page the Vietnamese message of a failure, without Electron’s wrapper', async () => {
    electron.invoke.mockRejectedValue(
      new Error(
        "Error invoking remote method 'files:save-file': FileAccessError: Không lưu được tệp “a.xlsx”: ổ đĩa đã đầy.",
      ),
    )
    await expect(
      exposed.saveFile({ suggestedName: 'a.xlsx', data: new Uint8Array(), filters: [] }),
    ).rejects.toThrow(/^Không lưu được tệp “a\.xlsx”: ổ đĩa đã đầy\.$/)
  })
})

describe('cleanRemoteError', () => {
  it('strips the wrapper for plain and named errors and keeps other messages as they are', () => {
    expect(
      cleanRemoteError(new Error("Error invoking remote method 'app:get-info': Error: hỏng")).message,
    ).toBe('hỏng')
    expect(
      cleanRemoteError(new Error("Error invoking remote method 'x': IpcRequestError: Yêu cầu bị từ chối"))
        .message,
    ).toBe('Yêu cầu bị từ chối')
    expect(cleanRemoteError(new Error('Mất kết nối')).message).toBe('Mất kết nối')
    expect(cleanRemoteError('chuỗi').message).toBe('chuỗi')
  })
})
