/**
 * The renderer's only way to the main process: the preload's `window.capdo` in the desktop app,
 * the browser implementation of the same API elsewhere.
 */
import type { CapdoApi } from '../../../src-main/preload/api'
import { createBrowserApi } from './browser-api'

let api: CapdoApi | undefined

export function getApi(): CapdoApi {
  api ??= window.capdo ?? createBrowserApi(__APP_VERSION__)
  return api
}
