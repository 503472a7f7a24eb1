import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ZodError } from 'zod'
import { MAX_FOLDER_FILES } from '../../preload/api'
import { FileAccessError } from './errors'
import type { FileDialogs } from './files'
import { saveFolder, type FoldersFs } from './folders'

let place: string

beforeEach(async () => {
  place = await fs.mkdtemp(join(tmpdir(), 'capdo-folders-'))
})

afterEach(async () => {
  await fs.rm(place, { recursive: true, force: true })
})

function dialogs(chosen: string | null) {
  return {
    showOpenDialog: vi.fn<FileDialogs['showOpenDialog']>(async () =>
      chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] },
    ),
  }
}

const bytes = (n: number) => new Uint8Array([0x50, 0x4b, 3, 4, n])

function request(overrides: Record<string, unknown> = {}) {
  return {
    suggestedName: 'Phiếu thu thập - 125-SKHCN-CNTT',
    files: [
      { name: 'Phiếu - Sở Y tế.xlsx', data: bytes(1) },
      { name: 'Phiếu - Sở Xây dựng.xlsx', data: bytes(2) },
    ],
    ...overrides,
  }
}

describe('saveFolder', () => {
  it('creates the folder where the user chose and writes every file into it, answering its name only', async () => {
    const fake = dialogs(place)
    const result = await saveFolder(request(), { dialogs: fake, defaultDirectory: '/home/user/Documents' })

    expect(result).toEqual({ status: 'saved', folderName: 'Phiếu thu thập - 125-SKHCN-CNTT', count: 2 })
    const folder = join(place, 'Phiếu thu thập - 125-SKHCN-CNTT')
    expect((await fs.readdir(folder)).sort()).toEqual(['Phiếu - Sở Xây dựng.xlsx', 'Phiếu - Sở Y tế.xlsx'])
    expect(new Uint8Array(await fs.readFile(join(folder, 'Phiếu - Sở Y tế.xlsx')))).toEqual(bytes(1))
    expect(fake.showOpenDialog).toHaveBeenCalledWith({
      title: 'Chọn nơi lưu thư mục',
      buttonLabel: 'Lưu vào đây',
      filters: [],
      properties: ['openDirectory', 'createDirectory'],
      defaultPath: '/home/user/Documents',
    })
  })

  it('never writes into a folder that is already there: the new one is named " (2)", then " (3)"', async () => {
    const existing = join(place, 'Phiếu thu thập - 125-SKHCN-CNTT')
    await fs.mkdir(existing)
    await fs.writeFile(join(existing, 'Phiếu - Sở Y tế.xlsx'), 'the officer’s own copy')
    const deps = { dialogs: dialogs(place), defaultDirectory: place }

    expect(await saveFolder(request(), deps)).toMatchObject({
      folderName: 'Phiếu thu thập - 125-SKHCN-CNTT (2)',
    })
    expect(await saveFolder(request(), deps)).toMatchObject({
      folderName: 'Phiếu thu thập - 125-SKHCN-CNTT (3)',
    })
    expect(await fs.readFile(join(existing, 'Phiếu - Sở Y tế.xlsx'), 'utf8')).toBe('the officer’s own copy')
  })

  it('writes nothing when the dialog is canceled', async () => {
    expect(await saveFolder(request(), { dialogs: dialogs(null), defaultDirectory: place })).toEqual({
      status: 'canceled',
    })
    expect(await fs.readdir(place)).toEqual([])
  })

  it.each([
    ['a file name with a folder in it', { files: [{ name: '../Phiếu.xlsx', data: bytes(1) }] }],
    ['a folder name with a path', { suggestedName: '/etc/capdo' }],
    [
      'two files whose names differ only in case',
      {
        files: [
          { name: 'Phiếu - Sở Y tế.xlsx', data: bytes(1) },
          { name: 'PHIẾU - SỞ Y TẾ.xlsx', data: bytes(2) },
        ],
      },
    ],
    ['no file', { files: [] }],
    ['a field the API does not have', { overwrite: true }],
  ])('refuses %s before any dialog opens', async (_, overrides) => {
    const fake = dialogs(place)
    await expect(saveFolder(request(overrides), { dialogs: fake, defaultDirectory: place })).rejects.toThrow(
      ZodError,
    )
    expect(fake.showOpenDialog).not.toHaveBeenCalled()
  })

  it(`takes ${MAX_FOLDER_FILES} files, and refuses one more`, async () => {
    const files = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `Phiếu ${i + 1}.xlsx`, data: bytes(i % 200) }))
    const deps = { dialogs: dialogs(null), defaultDirectory: place }
    await expect(saveFolder(request({ files: files(MAX_FOLDER_FILES) }), deps)).resolves.toEqual({
      status: 'canceled',
    })
    await expect(saveFolder(request({ files: files(MAX_FOLDER_FILES + 1) }), deps)).rejects.toThrow(
      `một thư mục lưu được tối đa ${MAX_FOLDER_FILES} tệp`,
    )
  })

  it('says in Vietnamese which file could not be written, and keeps no half-written file', async () => {
    let writes = 0
    const failing: FoldersFs = {
      mkdir: fs.mkdir,
      rm: fs.rm,
      rename: fs.rename,
      open: (async (path: string, flags: string) => {
        if (++writes === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
        return fs.open(path, flags)
      }) as FoldersFs['open'],
    }
    const saving = saveFolder(request(), { dialogs: dialogs(place), defaultDirectory: place, fs: failing })
    await expect(saving).rejects.toThrow(FileAccessError)
    await expect(saving).rejects.toThrow(
      /Không lưu được tệp “Phiếu thu thập - 125-SKHCN-CNTT\/Phiếu - Sở Xây dựng\.xlsx”/,
    )
    expect(await fs.readdir(join(place, 'Phiếu thu thập - 125-SKHCN-CNTT'))).toEqual(['Phiếu - Sở Y tế.xlsx'])
  })
})
