// The wiring, run against a fake 'electron' module (there is no Electron binary under Vitest).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import { CHANNELS } from '../preload/api'

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void
  const state = {
    lock: true,
    appListeners: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    channels: [] as string[],
    menu: undefined as unknown,
    permissionHandlerSet: false,
  }

  class FakeWindow {
    readonly listeners = new Map<string, Listener>()
    loadedUrl = ''
    shown = false
    focused = false
    constructor(readonly options: { title?: string; webPreferences?: Record<string, unknown> }) {
      state.windows.push(this)
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    async loadURL(url: string) {
      this.loadedUrl = url
    }
    show() {
      this.shown = true
    }
    focus() {
      this.focused = true
    }
    isMinimized() {
      return false
    }
    restore() {}
    static getAllWindows() {
      return state.windows
    }
  }

  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => state.lock,
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getVersion: () => '0.1.0',
    getPath: (name: string) => (name === 'appData' ? '/home/user/.config' : '/home/user/Documents'),
    setPath: vi.fn(),
  }

  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(),
      showErrorBox: vi.fn(),
    },
    ipcMain: { handle: (channel: string) => state.channels.push(channel) },
    shell: { openPath: vi.fn(async () => '') },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (state.permissionHandlerSet = true),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
      },
    },
  }
  return { state, module, FakeWindow }
})

vi.mock('electron', () => fake.module)

async function startMain(): Promise<void> {
  vi.resetModules()
  await import('./index')
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeEach(() => {
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  fake.state.lock = true
  fake.state.appListeners.clear()
  fake.state.windows.length = 0
  fake.state.channels.length = 0
  fake.state.menu = undefined
  fake.state.permissionHandlerSet = false
  fake.module.app.quit.mockClear()
  fake.module.app.enableSandbox.mockClear()
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the main process', () => {
  it('hardens the session, sets the menu, registers the API and opens one sandboxed window', async () => {
    await startMain()

    expect(fake.module.app.enableSandbox).toHaveBeenCalled()
    expect(fake.state.permissionHandlerSet).toBe(true)
    expect(
      Array.isArray(fake.state.menu) && fake.state.menu.map((item: { label?: string }) => item.label),
    ).toEqual(['Tệp', 'Chỉnh sửa', 'Hiển thị', 'Trợ giúp'])
    expect(fake.state.channels.sort()).toEqual(Object.values(CHANNELS).sort())
    expect(fake.state.windows).toHaveLength(1)
    const [window] = fake.state.windows
    expect(window.options.webPreferences?.sandbox).toBe(true)
    expect(window.options.webPreferences?.preload).toMatch(/preload[\\/]index\.js$/)
    expect(window.loadedUrl).toMatch(/^file:\/\/.*\/renderer\/index\.html$/)
  })

  it('isolates and sandboxes the renderer, gives it no Node, no middle-click and no network spell checker', async () => {
    await startMain()
    const [window] = fake.state.windows
    expect(window.options.title).toBe('CapDo — Sổ theo dõi cấp độ ATTT')
    expect(window.options.webPreferences).toEqual({
      preload: expect.stringMatching(/preload[\\/]index\.js$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The fake app is not packaged: developer tools are there.
      devTools: true,
    })
  })

  it('offers developer tools only outside a packaged app', async () => {
    fake.module.app.isPackaged = true
    try {
      await startMain()
      expect(fake.state.windows[0].options.webPreferences?.devTools).toBe(false)
    } finally {
      fake.module.app.isPackaged = false
    }
  })

  it('keeps its data in a user-data folder named CapDo, set before the single-instance lock reads it', async () => {
    fake.module.app.setPath.mockClear()
    const lock = vi.spyOn(fake.module.app, 'requestSingleInstanceLock')
    await startMain()
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', join('/home/user/.config', 'CapDo'))
    expect(fake.module.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(lock.mock.invocationCallOrder[0])
    lock.mockRestore()
  })

  it('shows the window only when it is ready to show', async () => {
    await startMain()
    const [window] = fake.state.windows

    expect(window.shown).toBe(false)
    window.listeners.get('ready-to-show')?.()
    expect(window.shown).toBe(true)
  })

  it('focuses the open window when CapDo is started a second time', async () => {
    await startMain()

    fake.state.appListeners.get('second-instance')?.()

    expect(fake.state.windows).toHaveLength(1)
    expect(fake.state.windows[0].focused).toBe(true)
  })

  it('quits when every window is closed, except on macOS', async () => {
    await startMain()

    fake.state.appListeners.get('window-all-closed')?.()

    expect(fake.module.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })

  it('leaves at once, opening nothing, when another CapDo already runs', async () => {
    fake.state.lock = false

    await startMain()

    expect(fake.module.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.state.windows).toHaveLength(0)
    expect(fake.state.channels).toHaveLength(0)
  })
})
