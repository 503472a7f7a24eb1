// `npm start`: build, then run the desktop app with electron-vite preview. Without an Electron
// binary (it is downloaded separately from the npm package) it says so in one message and exits 1
// instead of letting `require('electron')` try a download and fail with a stack trace.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary, MISSING_BINARY_MESSAGE } from './electron-binary.mjs'

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

function electronViteCli() {
  const packageJson = createRequire(import.meta.url).resolve('electron-vite/package.json')
  return join(dirname(packageJson), 'bin', 'electron-vite.js')
}

/** Runs `electron-vite <args>` with the terminal attached; resolves to its exit code. */
function electronVite(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [electronViteCli(), ...args], {
      cwd: projectRoot,
      env,
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? 1)) // null: ended by a signal
  })
}

async function main() {
  const binary = findElectronBinary({ projectRoot })
  if (binary === null) {
    console.error(MISSING_BINARY_MESSAGE)
    return 1
  }
  // electron-vite reads only ELECTRON_EXEC_PATH or node_modules/electron/path.txt, so a binary found
  // through ELECTRON_OVERRIDE_DIST_PATH is handed over explicitly.
  const env = { ...process.env, ELECTRON_EXEC_PATH: binary }
  const built = await electronVite(['build'], env)
  // preview would build again by default; the build above already did it.
  return built === 0 ? electronVite(['preview', '--skipBuild'], env) : built
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
