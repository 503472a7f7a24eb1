// The installers cannot be built here (electron-builder downloads Electron), so this pins what can be
// checked without them: the configuration passes electron-builder's own schema, the targets, the
// per-user NSIS installer, asar and the files list, and the fuses the afterPack hook flips.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import type { Configuration } from 'electron-builder'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const require = createRequire(__filename)

// A copy: electron-builder's getConfig normalises the very object require() returns.
const config = structuredClone(require(join(root, 'electron-builder.config.cjs'))) as Configuration
const hook = require(join(root, 'scripts/after-pack-fuses.cjs')) as {
  (context: unknown): Promise<void>
  createAfterPack(
    flip: (path: string, fuses: Record<string, unknown>) => Promise<unknown>,
  ): (context: unknown) => Promise<void>
}
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

function targetsOf(platform: Configuration['win'] | Configuration['linux']): string[] {
  const targets = platform?.target
  return (Array.isArray(targets) ? targets : [targets]).map((target) =>
    typeof target === 'string' ? target : String(target?.target),
  )
}

describe('the electron-builder configuration', () => {
  it('is the file `npm run dist:*` passes, and passes electron-builder’s own loader and schema', async () => {
    const scripts = (require(join(root, 'package.json')) as { scripts: Record<string, string> }).scripts
    expect(scripts['dist:win']).toBe(
      'electron-vite build && electron-builder --win --config electron-builder.config.cjs',
    )
    expect(scripts['dist:linux']).toBe(
      'electron-vite build && electron-builder --linux --config electron-builder.config.cjs',
    )
    const loaded = await getConfig(root, 'electron-builder.config.cjs', null)
    expect(loaded.appId).toBe('vn.capdo.app')
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is refused by that schema when a key is misspelt (the check can fail)', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: false } } as Configuration
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration/,
    )
  })

  it('names the app and keeps installer file names ASCII', () => {
    expect(config.appId).toBe('vn.capdo.app')
    expect(config.productName).toBe('CapDo — Sổ theo dõi cấp độ ATTT')
    const artifacts = [config.nsis, config.portable, config.appImage, config.deb].map((t) => t?.artifactName)
    expect(artifacts).toEqual([
      'CapDo-Setup-${version}.${ext}',
      'CapDo-Portable-${version}.${ext}',
      'CapDo-${version}-${arch}.${ext}',
      'capdo_${version}_${arch}.${ext}',
    ])
    for (const name of artifacts) expect(name).toMatch(/^[\x20-\x7e]+$/)
    expect(config.win?.executableName).toBe('CapDo')
    expect(config.linux?.executableName).toBe('capdo')
  })

  it('builds an NSIS installer and a portable exe for Windows, an AppImage and a deb for Linux', () => {
    expect(targetsOf(config.win)).toEqual(['nsis', 'portable'])
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb'])
    expect(config.linux?.category).toBe('Office')
    expect(config.mac).toBeUndefined()
  })

  it('installs per user, never asking for administrator rights, and keeps the data on uninstall', () => {
    expect(config.nsis?.perMachine).toBe(false)
    expect(config.nsis?.allowElevation).toBe(false)
    expect(config.nsis?.oneClick).toBe(false)
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('packs only the built app into an asar archive', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/**', 'package.json'])
  })

  it('uses the 512×512 icon in resources/ and registers no file association', () => {
    expect([config.icon, config.win?.icon, config.linux?.icon]).toEqual([
      'resources/icon.png',
      'resources/icon.png',
      'resources/icon.png',
    ])
    const png = require('node:fs').readFileSync(join(root, 'resources/icon.png')) as Buffer
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
    expect(config.fileAssociations).toBeUndefined()
  })

  it('runs the fuses hook after packing', () => {
    expect(config.afterPack).toBe('./scripts/after-pack-fuses.cjs')
  })
})

describe('the afterPack fuses hook', () => {
  const expectedFuses = {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  }

  async function flipped(electronPlatformName: string): Promise<[string, Record<string, unknown>][]> {
    const calls: [string, Record<string, unknown>][] = []
    const afterPack = hook.createAfterPack(async (path, fuses) => {
      calls.push([path, fuses])
    })
    await afterPack({
      appOutDir: '/build/win-unpacked',
      electronPlatformName,
      packager: { appInfo: { productFilename: 'CapDo — Sổ theo dõi cấp độ ATTT' }, executableName: 'capdo' },
    })
    return calls
  }

  it('flips exactly the fuses CapDo ships with on the Windows executable', async () => {
    const calls = await flipped('win32')
    expect(calls).toHaveLength(1)
    const [[path, fuses]] = calls
    expect(path).toBe(join('/build/win-unpacked', 'CapDo — Sổ theo dõi cấp độ ATTT.exe'))
    expect(fuses).toEqual({ ...expectedFuses, resetAdHocDarwinSignature: false })
  })

  it('flips the same fuses on the Linux executable', async () => {
    const [[path, fuses]] = await flipped('linux')
    expect(path).toBe(join('/build/win-unpacked', 'capdo'))
    expect(fuses).toEqual({ ...expectedFuses, resetAdHocDarwinSignature: false })
  })

  it('is what electron-builder loads: the module itself is the hook', () => {
    expect(typeof hook).toBe('function')
  })
})
