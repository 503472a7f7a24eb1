/**
 * Before any e2e test: where the system has no Chromium (a fresh Ubuntu, Windows or macOS machine),
 * install Playwright's own, so `npm install` then `npm test` works there. Needs internet once.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumExecutable, SYSTEM_CHROMIUM } from '../../scripts/chromium'

export default function ensureChromium(): void {
  if (chromiumExecutable() || existsSync(chromium.executablePath())) return
  console.log(`No Chromium at ${SYSTEM_CHROMIUM} and no CHROMIUM_PATH: installing Playwright's Chromium…`)
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) {
    throw new Error(
      "Could not install Playwright's Chromium (no internet?). Install Chromium and set CHROMIUM_PATH to it.",
    )
  }
}
