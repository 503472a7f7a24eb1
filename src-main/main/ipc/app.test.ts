import { describe, expect, it } from 'vitest'
import { getAppInfo } from './app'

describe('getAppInfo', () => {
  it('names the app, its version from Electron and the desktop shell', async () => {
    expect(await getAppInfo({ getVersion: () => '1.2.3' })).toEqual({
      name: 'CapDo',
      version: '1.2.3',
      shell: 'electron',
    })
  })
})
