// Finds the Electron executable the way `require('electron')` and electron-vite would, but without
// their side effect: requiring the electron package downloads the binary when it is missing, which
// fails (and stalls) on a machine without internet. Returns the path, or null when there is none.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The executable's path inside an Electron distribution folder, as electron's install.js names it. */
export function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

function isFile(path) {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function readPathFile(electronDir) {
  try {
    return readFileSync(join(electronDir, 'path.txt'), 'utf8').trim() || null
  } catch {
    return null
  }
}

/**
 * Order: ELECTRON_EXEC_PATH (electron-vite's own override), ELECTRON_OVERRIDE_DIST_PATH (the electron
 * package's: a folder holding a distribution), then node_modules/electron/dist/<path.txt>.
 */
export function findElectronBinary({ projectRoot, env = process.env, platform = process.platform }) {
  if (env.ELECTRON_EXEC_PATH) return isFile(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null

  const electronDir = join(projectRoot, 'node_modules', 'electron')
  const relativePath = readPathFile(electronDir)
  let candidate = null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath ?? platformExecutable(platform))
  } else if (relativePath !== null) {
    candidate = join(electronDir, 'dist', relativePath)
  }
  return candidate !== null && isFile(candidate) ? candidate : null
}

/** What `npm start` prints when there is no binary: what is wrong, how to fix it, what works meanwhile. */
export const MISSING_BINARY_MESSAGE = [
  'Thiếu tệp chạy Electron: hãy chạy `npx install-electron` (hoặc cài lại gói electron) trên máy có Internet, ' +
    'hoặc đặt ELECTRON_OVERRIDE_DIST_PATH trỏ tới thư mục chứa Electron; trong lúc đó `npm run web` chạy ' +
    'cùng ứng dụng này trong trình duyệt.',
  'The Electron binary is missing: run `npx install-electron` (or reinstall the electron package) on a ' +
    'machine with internet access, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron; ' +
    'meanwhile `npm run web` runs the same app in a browser.',
].join('\n')
