import { describe, expect, it } from 'vitest'
import type { CapdoApi } from '../../../src-main/preload/api'
import { DomainError } from '../domain/errors'
import { toUserMessage } from '../errors/to-user-message'
import { withUserFacingErrors } from './index'

describe('the desktop bridge', () => {
  it("shows the main process's Vietnamese message when a save fails", async () => {
    const desktop = {
      saveFile: async () => {
        throw new Error('Không lưu được tệp “bao-cao.xlsx”: ổ đĩa đã đầy.')
      },
    } as unknown as CapdoApi
    const error = await withUserFacingErrors(desktop)
      .saveFile({ suggestedName: 'bao-cao.xlsx', data: new Uint8Array(), filters: [] })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect(toUserMessage(error)).toBe('Không lưu được tệp “bao-cao.xlsx”: ổ đĩa đã đầy.')
  })

  it('passes answers through unchanged', async () => {
    const desktop = {
      getAppInfo: async () => ({ name: 'CapDo', version: '1', shell: 'electron' }),
    } as unknown as CapdoApi
    await expect(withUserFacingErrors(desktop).getAppInfo()).resolves.toEqual({
      name: 'CapDo',
      version: '1',
      shell: 'electron',
    })
  })
})
