/// <reference types="vite/client" />
import type { CapdoApi } from '../../src-main/preload/api'

declare global {
  /** package.json's version, set by the build. */
  const __APP_VERSION__: string

  interface Window {
    /** Present in the desktop app (set by the preload); absent in a plain browser. */
    capdo?: CapdoApi
  }
}
