// scripts/electron-binary.mjs: finding the Electron executable without the electron package's download.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  findElectronBinary,
  MISSING_BINARY_MESSAGE,
  platformExecutable,
} from '../../scripts/electron-binary.mjs'

let projectRoot: string
let electronDir: string

function touch(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, '')
}

beforeEach(() => {
  projectRoot = mkdtempSync(join(tmpdir(), 'capdo-electron-'))
  electronDir = join(projectRoot, 'node_modules', 'electron')
  mkdirSync(electronDir, { recursive: true })
})

afterEach(() => {
  rmSync(projectRoot, { recursive: true, force: true })
})

describe('findElectronBinary', () => {
  it('finds nothing when the electron package was installed without its binary', () => {
    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBeNull()
  })

  it('finds nothing when path.txt names a binary that is not there', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBeNull()
  })

  it('finds the downloaded binary through node_modules/electron/path.txt', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    touch(join(electronDir, 'dist', 'electron'))

    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBe(
      join(electronDir, 'dist', 'electron'),
    )
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH, naming the executable for the platform when path.txt is absent', () => {
    const dist = join(projectRoot, 'my-electron')
    touch(join(dist, 'electron.exe'))

    expect(
      findElectronBinary({ projectRoot, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'win32' }),
    ).toBe(join(dist, 'electron.exe'))
    expect(
      findElectronBinary({ projectRoot, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' }),
    ).toBeNull()
  })

  it('prefers ELECTRON_OVERRIDE_DIST_PATH over the package folder', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    touch(join(electronDir, 'dist', 'electron'))
    const dist = join(projectRoot, 'elsewhere')
    touch(join(dist, 'electron'))

    expect(
      findElectronBinary({ projectRoot, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' }),
    ).toBe(join(dist, 'electron'))
  })

  it('honours electron-vite’s ELECTRON_EXEC_PATH when it points at a file', () => {
    const binary = join(projectRoot, 'bin', 'electron')
    touch(binary)

    expect(findElectronBinary({ projectRoot, env: { ELECTRON_EXEC_PATH: binary } })).toBe(binary)
    expect(
      findElectronBinary({ projectRoot, env: { ELECTRON_EXEC_PATH: join(projectRoot, 'nope') } }),
    ).toBeNull()
  })

  it('does not mistake a folder for the executable', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    mkdirSync(join(electronDir, 'dist', 'electron'), { recursive: true })

    expect(findElectronBinary({ projectRoot, env: {}, platform: 'linux' })).toBeNull()
  })
})

describe('platformExecutable', () => {
  it('names the executable as the electron package does', () => {
    expect(platformExecutable('linux')).toBe('electron')
    expect(platformExecutable('win32')).toBe('electron.exe')
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
  })
})

describe('the missing-binary message', () => {
  it('says in Vietnamese and English how to get the binary and that npm run web works meanwhile', () => {
    const [vietnamese, english] = MISSING_BINARY_MESSAGE.split('\n')
    expect(vietnamese).toContain('Thiếu tệp chạy Electron')
    expect(english).toContain('The Electron binary is missing')
    for (const line of [vietnamese, english]) {
      expect(line).toContain('npx install-electron')
      expect(line).toContain('ELECTRON_OVERRIDE_DIST_PATH')
      expect(line).toContain('npm run web')
    }
  })
})
