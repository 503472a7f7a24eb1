import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { resolveAppPageUrl } from './app-page'

const rendererDir = join('/opt', 'CapDo', 'resources', 'app.asar', 'out', 'renderer')
const builtPage = pathToFileURL(join(rendererDir, 'index.html')).href

describe('resolveAppPageUrl', () => {
  it('loads the built renderer from disk when no dev server is running', () => {
    expect(resolveAppPageUrl({ rendererUrl: undefined, isPackaged: false, rendererDir })).toBe(builtPage)
    expect(builtPage.startsWith('file://')).toBe(true)
  })

  it('loads the dev server while developing', () => {
    expect(resolveAppPageUrl({ rendererUrl: 'http://localhost:5173', isPackaged: false, rendererDir })).toBe(
      'http://localhost:5173/',
    )
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(resolveAppPageUrl({ rendererUrl: 'http://localhost:5173', isPackaged: true, rendererDir })).toBe(
      builtPage,
    )
  })

  it('refuses a dev server that is not on this machine', () => {
    expect(() =>
      resolveAppPageUrl({ rendererUrl: 'https://example.com/', isPackaged: false, rendererDir }),
    ).toThrow(/ELECTRON_RENDERER_URL/)
    expect(() =>
      resolveAppPageUrl({ rendererUrl: 'file:///etc/index.html', isPackaged: false, rendererDir }),
    ).toThrow(/ELECTRON_RENDERER_URL/)
  })
})
