import { describe, expect, it } from 'vitest'
import { mainWindowOptions, WINDOW_TITLE } from './window-options'

const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.js', isPackaged: true })

describe('the main window', () => {
  it('isolates and sandboxes the renderer and gives it no Node', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    })
  })

  it('loads the given preload', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.js')
  })

  it('has the Vietnamese title and opens at 1280×800, never smaller than 1024×640', () => {
    expect(options.title).toBe('CapDo — Sổ theo dõi cấp độ ATTT')
    expect(WINDOW_TITLE).toBe(options.title)
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 640 })
  })

  it('stays hidden until ready to show, over a background colour instead of a white flash', () => {
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('offers developer tools only outside a packaged app', () => {
    expect(options.webPreferences?.devTools).toBe(false)
    const dev = mainWindowOptions({ preloadPath: '/p.js', isPackaged: false })
    expect(dev.webPreferences?.devTools).toBe(true)
  })

  it('never asks the network for spell-check dictionaries', () => {
    expect(options.webPreferences?.spellcheck).toBe(false)
  })
})
