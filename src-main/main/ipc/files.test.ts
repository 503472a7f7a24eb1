import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ZodError } from 'zod'
import { MAX_FILE_BYTES } from '../../preload/api'
import { FileAccessError } from './errors'
import { IMPORT_FILE_FILTERS } from '../../../src-renderer/src/features/import/file-filters'
import { openFile, saveFile, type FileDialogs, type FilesFs } from './files'

const excelFilter = { name: 'Sổ tính Excel', extensions: ['xlsx'] }
const workbookBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 250])

let folder: string

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'capdo-files-'))
})

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true })
})

function dialogs(answer: { save?: string | null; open?: string | null } = {}) {
  const fake = {
    showSaveDialog: vi.fn<FileDialogs['showSaveDialog']>(async () =>
      answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' },
    ),
    showOpenDialog: vi.fn<FileDialogs['showOpenDialog']>(async () =>
      answer.open ? { canceled: false, filePaths: [answer.open] } : { canceled: true, filePaths: [] },
    ),
  }
  return fake
}

function saveRequest(overrides: Record<string, unknown> = {}) {
  return { suggestedName: 'bao-cao-quy-3.xlsx', data: workbookBytes, filters: [excelFilter], ...overrides }
}

describe('saveFile', () => {
  it('writes the bytes to the place the user chose and answers with the file name only', async () => {
    const target = join(folder, 'Báo cáo quý 3.xlsx')
    const fake = dialogs({ save: target })

    const result = await saveFile(saveRequest(), { dialogs: fake, defaultDirectory: '/home/user/Documents' })

    expect(result).toEqual({ status: 'saved', fileName: 'Báo cáo quý 3.xlsx' })
    expect(new Uint8Array(await fs.readFile(target))).toEqual(workbookBytes)
    expect(await fs.readdir(folder)).toEqual(['Báo cáo quý 3.xlsx'])
  })

  it('opens the save dialog on the suggested name in the default folder, with the filters', async () => {
    const fake = dialogs()

    await saveFile(saveRequest(), { dialogs: fake, defaultDirectory: '/home/user/Documents' })

    expect(fake.showSaveDialog).toHaveBeenCalledWith({
      title: 'Lưu tệp',
      buttonLabel: 'Lưu',
      defaultPath: join('/home/user/Documents', 'bao-cao-quy-3.xlsx'),
      filters: [excelFilter],
    })
  })

  it('answers canceled and writes nothing when the user cancels the dialog', async () => {
    const result = await saveFile(saveRequest(), { dialogs: dialogs(), defaultDirectory: folder })

    expect(result).toEqual({ status: 'canceled' })
    expect(await fs.readdir(folder)).toEqual([])
  })

  it('resolves only after the rename put the file in place', async () => {
    const target = join(folder, 'so.xlsx')
    let releaseRename: () => void = () => undefined
    const renameGate = new Promise<void>((resolve) => (releaseRename = resolve))
    const slowFs: FilesFs = {
      ...fs,
      rename: async (from, to) => {
        await renameGate
        await fs.rename(from, to)
      },
    }
    let settled = false
    const saving = saveFile(saveRequest(), {
      dialogs: dialogs({ save: target }),
      defaultDirectory: folder,
      fs: slowFs,
    }).finally(() => (settled = true))

    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(settled).toBe(false)
    releaseRename()

    await expect(saving).resolves.toEqual({ status: 'saved', fileName: 'so.xlsx' })
    expect(new Uint8Array(await fs.readFile(target))).toEqual(workbookBytes)
  })

  it('rejects with a Vietnamese message and leaves no temporary file when the write fails', async () => {
    const target = join(folder, 'so.xlsx')
    const denied = Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' })
    const failingFs: FilesFs = { ...fs, rename: () => Promise.reject(denied) }

    const saving = saveFile(saveRequest(), {
      dialogs: dialogs({ save: target }),
      defaultDirectory: folder,
      fs: failingFs,
    })

    await expect(saving).rejects.toBeInstanceOf(FileAccessError)
    await expect(saving).rejects.toThrow('Không lưu được tệp “so.xlsx”: không có quyền ghi/đọc ở đó')
    expect(await fs.readdir(folder)).toEqual([])
  })

  it('rejects when the chosen folder has disappeared', async () => {
    const saving = saveFile(saveRequest(), {
      dialogs: dialogs({ save: join(folder, 'gone', 'so.xlsx') }),
      defaultDirectory: folder,
    })

    await expect(saving).rejects.toThrow('Không lưu được tệp “so.xlsx”: thư mục hoặc tệp không còn tồn tại.')
  })

  describe('refuses a malformed request before any dialog opens', () => {
    const invalid: Array<[string, unknown]> = [
      ['no request at all', undefined],
      ['a string instead of a request', 'bao-cao.xlsx'],
      ['a name with a folder (/)', saveRequest({ suggestedName: '../../etc/passwd' })],
      ['a name with a Windows folder (\\)', saveRequest({ suggestedName: 'C:\\Windows\\bao-cao.xlsx' })],
      ['the parent folder as name', saveRequest({ suggestedName: '..' })],
      ['an empty name', saveRequest({ suggestedName: '' })],
      ['a name of 201 characters', saveRequest({ suggestedName: `${'a'.repeat(196)}.xlsx` })],
      ['a name with a control character', saveRequest({ suggestedName: 'bao\u0000cao.xlsx' })],
      ['a number as name', saveRequest({ suggestedName: 42 })],
      ['data as a plain array', saveRequest({ data: [1, 2, 3] })],
      ['data as text', saveRequest({ data: 'PK' })],
      ['no data', { suggestedName: 'a.xlsx', filters: [] }],
      ['a filter without a name', saveRequest({ filters: [{ extensions: ['xlsx'] }] })],
      ['an extension with its dot', saveRequest({ filters: [{ name: 'Excel', extensions: ['.xlsx'] }] })],
      ['filters that are not a list', saveRequest({ filters: 'xlsx' })],
      ['an unexpected field', saveRequest({ path: '/etc/passwd' })],
    ]

    it.each(invalid)('%s', async (_case, payload) => {
      const fake = dialogs({ save: join(folder, 'x.xlsx') })

      await expect(saveFile(payload, { dialogs: fake, defaultDirectory: folder })).rejects.toBeInstanceOf(
        ZodError,
      )
      expect(fake.showSaveDialog).not.toHaveBeenCalled()
    })

    it('a name of exactly 200 characters is accepted', async () => {
      const fake = dialogs()
      await saveFile(saveRequest({ suggestedName: `${'a'.repeat(195)}.xlsx` }), {
        dialogs: fake,
        defaultDirectory: folder,
      })
      expect(fake.showSaveDialog).toHaveBeenCalledTimes(1)
    })

    it('data larger than the limit', async () => {
      const fake = dialogs({ save: join(folder, 'x.xlsx') })
      const oversize = new Uint8Array(MAX_FILE_BYTES + 1)

      const saving = saveFile(saveRequest({ data: oversize }), { dialogs: fake, defaultDirectory: folder })

      await expect(saving).rejects.toBeInstanceOf(ZodError)
      await expect(saving).rejects.toThrow('tệp lớn hơn giới hạn 100 MB')
      expect(fake.showSaveDialog).not.toHaveBeenCalled()
    })
  })
})

describe('openFile', () => {
  it('returns the bytes and the name of the file the user picked', async () => {
    const source = join(folder, 'Danh mục HTTT.xlsx')
    await fs.writeFile(source, workbookBytes)
    const fake = dialogs({ open: source })

    const result = await openFile({ filters: [excelFilter] }, { dialogs: fake, defaultDirectory: folder })

    expect(result).toEqual({ status: 'opened', fileName: 'Danh mục HTTT.xlsx', data: workbookBytes })
    expect(result.status === 'opened' && result.data instanceof Buffer).toBe(false)
    expect(fake.showOpenDialog).toHaveBeenCalledWith({
      title: 'Mở tệp',
      buttonLabel: 'Mở',
      filters: [excelFilter],
      properties: ['openFile'],
    })
  })

  it("offers the import's formats and any file in the native dialog, and opens a .csv", async () => {
    const source = join(folder, 'danh-muc.csv')
    const csv = new TextEncoder().encode('Tên hệ thống;Đơn vị\nCổng;Sở Y tế\n')
    await fs.writeFile(source, csv)
    const fake = dialogs({ open: source })
    const result = await openFile(
      { filters: IMPORT_FILE_FILTERS },
      { dialogs: fake, defaultDirectory: folder },
    )
    expect(result).toEqual({ status: 'opened', fileName: 'danh-muc.csv', data: csv })
    expect(fake.showOpenDialog.mock.calls[0][0].filters).toEqual([
      {
        name: 'Bảng tính và tệp CSV (.xlsx, .xls, .ods, .csv, .txt)',
        extensions: ['xlsx', 'xls', 'ods', 'csv', 'txt'],
      },
      { name: 'Tất cả tệp', extensions: ['*'] },
    ])
  })

  it('answers canceled when the user cancels the dialog', async () => {
    const result = await openFile({ filters: [] }, { dialogs: dialogs(), defaultDirectory: folder })
    expect(result).toEqual({ status: 'canceled' })
  })

  it('refuses a file over the limit with a Vietnamese message, without reading it', async () => {
    const huge = join(folder, 'qua-lon.xlsx')
    await fs.writeFile(huge, '')
    await fs.truncate(huge, MAX_FILE_BYTES + 1) // sparse: no 100 MB written to disk
    const readFile = vi.fn((path: string) => fs.readFile(path))

    const opening = openFile(
      { filters: [excelFilter] },
      { dialogs: dialogs({ open: huge }), defaultDirectory: folder, fs: { ...fs, readFile } },
    )

    await expect(opening).rejects.toThrow('Tệp “qua-lon.xlsx” lớn hơn 100 MB nên CapDo không mở được')
    expect(readFile).not.toHaveBeenCalled()
  })

  it('reports a file that vanished after it was picked in Vietnamese', async () => {
    const opening = openFile(
      { filters: [excelFilter] },
      { dialogs: dialogs({ open: join(folder, 'da-xoa.xlsx') }), defaultDirectory: folder },
    )
    await expect(opening).rejects.toThrow(
      'Không đọc được tệp “da-xoa.xlsx”: thư mục hoặc tệp không còn tồn tại.',
    )
  })

  it('refuses a malformed request before any dialog opens', async () => {
    const fake = dialogs({ open: join(folder, 'x.xlsx') })
    for (const payload of [undefined, {}, { filters: [{ name: 'Excel' }] }, { filters: [], path: '/etc' }]) {
      await expect(openFile(payload, { dialogs: fake, defaultDirectory: folder })).rejects.toBeInstanceOf(
        ZodError,
      )
    }
    expect(fake.showOpenDialog).not.toHaveBeenCalled()
  })
})
