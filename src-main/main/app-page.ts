/**
 * Which page the window loads, and so which page is trusted to call the main process: the built
 * renderer (file://…/out/renderer/index.html), or electron-vite's dev server while developing. A
 * packaged app ignores ELECTRON_RENDERER_URL, so no environment variable can point it at other code.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

export interface AppPageOptions {
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  rendererUrl: string | undefined
  isPackaged: boolean
  /** The folder of the built renderer: out/renderer. */
  rendererDir: string
}

export function resolveAppPageUrl({ rendererUrl, isPackaged, rendererDir }: AppPageOptions): string {
  if (!isPackaged && rendererUrl) {
    const url = new URL(rendererUrl)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new Error(`ELECTRON_RENDERER_URL must be a dev server on this machine, got ${rendererUrl}`)
    }
    return url.href
  }
  return pathToFileURL(join(rendererDir, 'index.html')).href
}
