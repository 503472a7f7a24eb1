import { describe, expect, it } from 'vitest'
import { chromiumExecutable, SYSTEM_CHROMIUM } from '../../scripts/chromium'

describe('the Chromium the tests and the benchmark drive', () => {
  it('is CHROMIUM_PATH when set, whatever the system has', () => {
    expect(chromiumExecutable({ CHROMIUM_PATH: '/opt/chromium/chrome' }, () => true)).toBe(
      '/opt/chromium/chrome',
    )
  })

  it("is the system's /usr/bin/chromium when present (CI and Debian machines)", () => {
    expect(chromiumExecutable({}, (path) => path === SYSTEM_CHROMIUM)).toBe('/usr/bin/chromium')
  })

  it('is left to Playwright (its own Chromium) on a fresh machine with neither', () => {
    expect(chromiumExecutable({}, () => false)).toBeUndefined()
  })
})
