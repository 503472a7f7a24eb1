import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './scripts/chromium'

// End-to-end tests run the built renderer (out/renderer) in Debian's Chromium, served by the same
// static preview server as `npm run web`. Where the system has no Chromium (a fresh Ubuntu, Windows
// or macOS machine), global-setup.ts installs Playwright's own first and the tests use it.
const port = Number(process.env.CAPDO_E2E_PORT ?? 4173)
export const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: process.env.CAPDO_E2E_OUTPUT ?? 'test-results',
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\.spec\.ts$/ },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      CAPDO_WEB_PORT: String(port),
      CAPDO_RENDERER_OUT: process.env.CAPDO_RENDERER_OUT ?? 'out/renderer',
    },
  },
})
