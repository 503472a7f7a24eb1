/**
 * The same app launched as the real desktop program, where an Electron binary exists (a normal
 * developer machine). Where it does not (this CI), the test says so and is skipped: it never
 * pretends to have run.
 */
import { _electron as electron, expect, test } from '@playwright/test'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = resolve(__dirname, '../..')

async function electronBinary(): Promise<string | null> {
  const mod = (await import(pathToFileURL(resolve(root, 'scripts/electron-binary.mjs')).href)) as {
    findElectronBinary(options: { projectRoot: string }): string | null
  }
  return mod.findElectronBinary({ projectRoot: root })
}

test('the desktop app opens in Vietnamese with the hardened preload API', async () => {
  const binary = await electronBinary()
  test.skip(binary === null, 'Không có tệp chạy Electron trên máy này (Electron binary missing): bỏ qua phần chạy ứng dụng máy tính.')
  const app = await electron.launch({ executablePath: binary ?? undefined, args: [root] })
  try {
    const window = await app.firstWindow()
    await expect(window.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(window.getByTestId('app-ready')).toBeAttached()
    const shape = await window.evaluate(() => ({
      api: Object.keys((window as unknown as { capdo?: object }).capdo ?? {}).sort(),
      node: typeof (globalThis as { require?: unknown }).require,
    }))
    expect(shape.api).toEqual(['getAppInfo', 'openFile', 'saveFile', 'showNotification'])
    expect(shape.node).toBe('undefined')
  } finally {
    await app.close()
  }
})
