// Checklist items that are about what the code never does, checked over the sources: the renderer
// runs no string as code and asks for no Node, <webview> or shell; nothing opens external URLs; the
// preload hands the page named functions only, never ipcRenderer.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && /\.(tsx?|html)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name),
    )
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
}

function offenders(files: string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(readFileSync(join(root, file), 'utf8')))
}

const rendererFiles = [...sourceFiles('src-renderer/src'), 'src-renderer/index.html']
const mainFiles = sourceFiles('src-main')

describe('the renderer source', () => {
  it('is found (so an empty scan cannot pass)', () => {
    expect(rendererFiles.length).toBeGreaterThan(50)
    expect(rendererFiles).toContain('src-renderer/src/main.tsx')
  })

  it.each([
    ['shell.openExternal', /\bopenExternal\b/],
    ['<webview>', /webview/i],
    ['nodeIntegration', /nodeIntegration/],
    ['eval(', /(?<![\w.])eval\s*\(/],
    ['new Function(', /\bnew\s+Function\s*\(/],
    ['ipcRenderer', /\bipcRenderer\b/],
    ['require(', /(?<![\w.])require\s*\(/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ])('never uses %s', (_name, pattern) => {
    expect(offenders(rendererFiles, pattern)).toEqual([])
  })
})

describe('the main process and preload source', () => {
  it('never opens external URLs (no shell.openExternal on any input)', () => {
    expect(mainFiles).toContain('src-main/main/index.ts')
    expect(offenders(mainFiles, /\bopenExternal\b/)).toEqual([])
  })

  it('never turns Node integration or the <webview> tag on', () => {
    expect(
      offenders(
        mainFiles,
        /nodeIntegration\w*\s*:\s*true|webviewTag\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false/,
      ),
    ).toEqual([])
  })
})

describe('the preload', () => {
  // The code without its comments (the header explains, in words, that ipcRenderer is never exposed).
  const preload = readFileSync(join(root, 'src-main/preload/index.ts'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')

  it('exposes one object, once, and never ipcRenderer itself', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toMatch(/exposeInMainWorld\('capdo', api\)/)
    // ipcRenderer appears only in its import and the one invoke helper, never as a value handed on.
    const uses = [...preload.matchAll(/\bipcRenderer\b(\.\w+)?/g)].map((match) => match[0])
    expect(uses.filter((use) => !use.startsWith('ipcRenderer.invoke'))).toEqual(['ipcRenderer'])
    expect(preload).toMatch(/import \{ contextBridge, ipcRenderer \} from 'electron'/)
  })

  it('neither listens nor sends on raw channels', () => {
    expect(preload).not.toMatch(/ipcRenderer\.(on|once|send|sendSync|sendTo|postMessage|addListener)\b/)
  })
})
