import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../preload/api'
import { UNTRUSTED_SENDER_MESSAGE } from './errors'
import { saveFile } from './files'
import { registerIpcHandlers, type IpcHandlers, type IpcInvokeEventLike, type IpcMainLike } from './handlers'

const appUrl = 'file:///opt/CapDo/resources/app.asar/out/renderer/index.html'
const fromApp: IpcInvokeEventLike = { senderFrame: { url: `${appUrl}#/xuat-bao-cao` } }

type Listener = Parameters<IpcMainLike['handle']>[1]

function setUp(overrides: Partial<IpcHandlers> = {}) {
  const listeners = new Map<string, Listener>()
  const ipc: IpcMainLike = { handle: (channel, listener) => listeners.set(channel, listener) }
  const handlers: IpcHandlers = {
    getAppInfo: vi.fn(async () => ({ name: 'CapDo', version: '0.1.0', shell: 'electron' as const })),
    saveFile: vi.fn(async () => ({ status: 'canceled' as const })),
    saveFolder: vi.fn(async () => ({ status: 'canceled' as const })),
    openFile: vi.fn(async () => ({ status: 'canceled' as const })),
    showNotification: vi.fn(async () => ({ shown: true })),
    writeAutoBackup: vi.fn(async () => ({
      name: 'CapDo-tu-dong-2026-11-22_09-00-00-000_hang-ngay.capdo',
      createdAt: '2026-11-22T02:00:00.000Z',
      reason: 'daily' as const,
      size: 1,
      counts: null,
    })),
    listAutoBackups: vi.fn(async () => []),
    readAutoBackup: vi.fn(async () => new Uint8Array()),
    pruneAutoBackups: vi.fn(async () => ({ removed: 0 })),
    openAttachment: vi.fn(async () => ({ opened: true })),
    ...overrides,
  }
  const log = vi.fn()
  registerIpcHandlers(ipc, handlers, appUrl, log)
  const call = (channel: string, event: IpcInvokeEventLike, payload?: unknown) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`nothing registered on ${channel}`)
    return listener(event, payload)
  }
  return { listeners, handlers, log, call }
}

describe('registerIpcHandlers', () => {
  it('registers one handler on each channel of the API, and nothing else', () => {
    const { listeners } = setUp()
    expect([...listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort())
  })

  it('hands the payload of a call from the app page to the handler and returns its answer', async () => {
    const { handlers, call } = setUp()
    const request = { filters: [] }

    await expect(call(CHANNELS.openFile, fromApp, request)).resolves.toEqual({ status: 'canceled' })
    await expect(call(CHANNELS.getAppInfo, fromApp)).resolves.toMatchObject({ shell: 'electron' })
    expect(handlers.openFile).toHaveBeenCalledWith(request)
  })

  it('refuses, in Vietnamese, a call from a page that is not the app', async () => {
    const { handlers, call, log } = setUp()
    const fromElsewhere = { senderFrame: { url: 'https://example.com/' } }

    await expect(call(CHANNELS.saveFile, fromElsewhere, {})).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE)
    await expect(call(CHANNELS.getAppInfo, { senderFrame: null })).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE)
    expect(handlers.saveFile).not.toHaveBeenCalled()
    expect(handlers.getAppInfo).not.toHaveBeenCalled()
    expect(log).toHaveBeenCalledWith(`Refused ${CHANNELS.saveFile} from https://example.com/`)
  })

  it('turns a payload that fails validation into "Dữ liệu gửi tới không hợp lệ"', async () => {
    const showSaveDialog = vi.fn()
    const { call } = setUp({
      saveFile: (payload) =>
        saveFile(payload, {
          dialogs: { showSaveDialog, showOpenDialog: vi.fn() },
          defaultDirectory: '/tmp',
        }),
    })

    const saving = call(CHANNELS.saveFile, fromApp, {
      suggestedName: 'thu-muc/bao-cao.xlsx',
      data: new Uint8Array([1]),
      filters: [],
    })

    await expect(saving).rejects.toThrow(
      'Dữ liệu gửi tới không hợp lệ — suggestedName: tên tệp không được chứa thư mục (dấu / hoặc \\).',
    )
    expect(showSaveDialog).not.toHaveBeenCalled()
  })

  it('passes any other failure through unchanged and logs it', async () => {
    const failure = new Error('Không lưu được tệp “a.xlsx”: ổ đĩa đã đầy.')
    const { call, log } = setUp({ saveFile: () => Promise.reject(failure) })

    await expect(call(CHANNELS.saveFile, fromApp, {})).rejects.toBe(failure)
    expect(log).toHaveBeenCalledWith(`${CHANNELS.saveFile} failed`, failure)
  })
})
