/**
 * The main process: wiring only. Everything with a decision in it lives in a module that takes the
 * Electron objects as parameters and has its own test (security, window-options, menu, ipc/*); this
 * file only connects them to the real `electron` module.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, session, shell } from 'electron'
import { join } from 'node:path'
import { resolveAppPageUrl } from './app-page'
import { getAppInfo } from './ipc/app'
import { openAttachment, type AttachmentsDeps } from './ipc/attachments'
import {
  listAutoBackups,
  pruneAutoBackups,
  readAutoBackup,
  writeAutoBackup,
  type BackupsDeps,
} from './ipc/backups'
import { openFile, saveFile, type FileDialogs, type FilesDeps } from './ipc/files'
import { saveFolder } from './ipc/folders'
import { showNotification, type Notifier } from './ipc/notifications'
import { registerIpcHandlers } from './ipc/handlers'
import { aboutDialogText, buildMenuTemplate } from './menu'
import { hardenSession, hardenWebContents } from './security'
import { guardUnsavedChanges } from './unload-guard'
import { mainWindowOptions } from './window-options'

const appUrl = resolveAppPageUrl({
  rendererUrl: process.env.ELECTRON_RENDERER_URL,
  isPackaged: app.isPackaged,
  rendererDir: join(__dirname, '../renderer'),
})

/**
 * The register, its automatic backups and the single-instance lock live in the user-data folder,
 * which Electron names after the product name. The installer's product name is long and
 * accented ("CapDo — Sổ theo dõi cấp độ ATTT"); pinning the folder to "CapDo" keeps it stable
 * across renames and easy to find for the README's instructions. Must run before anything reads
 * the path (the single-instance lock does).
 */
app.setPath('userData', join(app.getPath('appData'), 'CapDo'))

let mainWindow: BrowserWindow | null = null

function createMainWindow(): BrowserWindow {
  // The renderer is isolated and sandboxed, has no Node and talks to main only through the
  // preload. Written here, not built by a function, so the security scanner can read them.
  const window = new BrowserWindow({
    ...mainWindowOptions(),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A middle-click must not open anything; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      // The spell checker downloads dictionaries from the network; the app works offline.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A packaged app has no developer tools.
      devTools: !app.isPackaged,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.loadURL(appUrl).catch((error: unknown) => console.error(`Could not load ${appUrl}`, error))
  return window
}

function focusMainWindow(): void {
  if (mainWindow === null) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function showAbout(): void {
  const options = { type: 'info' as const, buttons: ['Đóng'], ...aboutDialogText(app.getVersion()) }
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)
  shown.catch((error: unknown) => console.error('Could not show the about dialog', error))
}

/** Native dialogs, modal to the main window when there is one. */
const fileDialogs: FileDialogs = {
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
}

const notifier: Notifier = {
  isSupported: () => Notification.isSupported(),
  show: (title, body) => new Notification({ title, body }).show(),
}

function start(): void {
  hardenSession(session.defaultSession, appUrl)
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform, onAbout: showAbout }),
    ),
  )
  const files: FilesDeps = { dialogs: fileDialogs, defaultDirectory: app.getPath('documents') }
  const backups: BackupsDeps = { folder: join(app.getPath('userData'), 'backups') }
  const attachments: AttachmentsDeps = {
    folder: join(app.getPath('userData'), 'attachments-open'),
    openPath: (path) => shell.openPath(path),
  }
  registerIpcHandlers(
    ipcMain,
    {
      getAppInfo: () => getAppInfo(app),
      saveFile: (payload) => saveFile(payload, files),
      saveFolder: (payload) =>
        saveFolder(payload, { dialogs: files.dialogs, defaultDirectory: files.defaultDirectory }),
      openFile: (payload) => openFile(payload, files),
      showNotification: (payload) => showNotification(payload, notifier),
      writeAutoBackup: (payload) => writeAutoBackup(payload, backups),
      listAutoBackups: (payload) => listAutoBackups(payload, backups),
      readAutoBackup: (payload) => readAutoBackup(payload, backups),
      pruneAutoBackups: (payload) => pruneAutoBackups(payload, backups),
      openAttachment: (payload) => openAttachment(payload, attachments),
    },
    appUrl,
  )
  mainWindow = createMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  // Another CapDo is running: it gets the focus (its 'second-instance'), this one leaves.
  app.quit()
} else {
  app.enableSandbox()
  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, appUrl)
    guardUnsavedChanges(contents, (options) => {
      const owner = BrowserWindow.fromWebContents(contents)
      return owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options)
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('CapDo could not start', error)
      dialog.showErrorBox(
        'CapDo không khởi động được',
        error instanceof Error ? error.message : String(error),
      )
      app.quit()
    })
}
