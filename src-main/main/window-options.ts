/**
 * The main window's options, as a pure function so the security-relevant flags are pinned by a test:
 * the renderer is isolated and sandboxed, has no Node, and talks to main only through the preload.
 */
import type { BrowserWindowConstructorOptions } from 'electron'

export const WINDOW_TITLE = 'CapDo — Sổ theo dõi cấp độ ATTT'

export interface MainWindowOptionsInput {
  /** Absolute path of the built preload, out/preload/index.js. */
  preloadPath: string
  /** A packaged app has no developer tools. */
  isPackaged: boolean
}

export function mainWindowOptions({
  preloadPath,
  isPackaged,
}: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The spell checker downloads dictionaries from the network; the app works offline.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  }
}
