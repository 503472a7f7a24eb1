/**
 * Which Chromium the end-to-end tests and the benchmark drive. CI and this project's Debian
 * machines use the distribution's /usr/bin/chromium (no browser download is possible there); a
 * newcomer's fresh Ubuntu, Windows or macOS machine has none, so the e2e tests install Playwright's
 * own Chromium on demand (test/e2e/global-setup.ts) and use that.
 */
import { existsSync } from 'node:fs'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * The Chromium to launch: CHROMIUM_PATH when set, else the system's when present, else undefined —
 * Playwright's own Chromium.
 */
export function chromiumExecutable(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH
  return exists(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined
}
