/**
 * The renderer's only way to the main process: the preload's `window.capdo` in the desktop app,
 * the browser implementation of the same API elsewhere.
 */
import type { CapdoApi } from '../../../src-main/preload/api'
import { DomainError } from '../domain/errors'
import { createBrowserApi } from './browser-api'

let api: CapdoApi | undefined

/**
 * The main process answers failures with a Vietnamese message (the preload strips Electron's
 * wrapper); crossing the context bridge leaves a plain Error, so it becomes a DomainError here
 * and the screens show the message as is instead of a generic one.
 */
export function withUserFacingErrors(inner: CapdoApi): CapdoApi {
  const wrapped = {} as Record<string, unknown>
  for (const [name, fn] of Object.entries(inner) as [string, (arg?: unknown) => Promise<unknown>][]) {
    wrapped[name] = (arg?: unknown) =>
      fn(arg).catch((error: unknown) => {
        if (error instanceof DomainError || !(error instanceof Error)) throw error
        throw new DomainError('main_process', error.message)
      })
  }
  return wrapped as unknown as CapdoApi
}

export function getApi(): CapdoApi {
  api ??= window.capdo ? withUserFacingErrors(window.capdo) : createBrowserApi(__APP_VERSION__)
  return api
}

/** The desktop app (the preload is present), as opposed to the same renderer in a browser. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.capdo !== undefined
}
