/**
 * The main window's frame: size, title and first paint, as a pure function pinned by a test. Its
 * web preferences (isolation, sandbox, no Node) are written where the window is created, in
 * index.ts, so the security scanner reads them at the `new BrowserWindow` call; index.test.ts pins
 * them there.
 */
import type { BrowserWindowConstructorOptions } from 'electron'

export const WINDOW_TITLE = 'CapDo — Sổ theo dõi cấp độ ATTT'

export function mainWindowOptions(): Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
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
  }
}
