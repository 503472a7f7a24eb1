import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SAMPLE_FILES } from '../../../test/fixtures/attachment-samples'
import { openAttachment, type AttachmentsDeps } from './attachments'

let root: string
let folder: string
let openPath: ReturnType<typeof vi.fn<(path: string) => Promise<string>>>
let deps: AttachmentsDeps

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'capdo-attachments-'))
  folder = join(root, 'attachments-open')
  openPath = vi.fn(async () => '')
  deps = { folder, openPath }
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const pdf = { name: 'QĐ 123/QĐ-UBND phê duyệt.pdf', type: 'application/pdf', data: SAMPLE_FILES.pdf }

describe('attachments:open', () => {
  it('writes a copy under <userData>/attachments-open/<sha256>/ and opens exactly that file', async () => {
    await expect(openAttachment(pdf, deps)).resolves.toEqual({ opened: true })
    expect(openPath).toHaveBeenCalledTimes(1)
    const opened = openPath.mock.calls[0][0]
    const [digest, fileName, ...rest] = relative(folder, opened).split(sep)
    expect(rest).toEqual([])
    expect(digest).toMatch(/^[0-9a-f]{64}$/u)
    // The slash of the decision number cannot make a folder.
    expect(fileName).toBe('QĐ 123_QĐ-UBND phê duyệt.pdf')
    expect(new Uint8Array(await readFile(opened))).toEqual(SAMPLE_FILES.pdf)
    // No temporary file is left beside it.
    expect(await readdir(join(folder, digest))).toEqual([fileName])
  })

  it('opening the same file again reuses its place', async () => {
    await openAttachment(pdf, deps)
    await openAttachment(pdf, deps)
    expect(openPath.mock.calls[0][0]).toBe(openPath.mock.calls[1][0])
    expect(await readdir(folder)).toHaveLength(1)
  })

  it('never writes outside its folder, whatever the name says', async () => {
    for (const name of ['../../evil.pdf', '..\\..\\evil.pdf', '/etc/cron.d/x.pdf', '..']) {
      await openAttachment({ ...pdf, name }, deps)
    }
    for (const [path] of openPath.mock.calls) {
      expect(relative(folder, path).startsWith('..')).toBe(false)
      expect(relative(folder, path).split(sep)).toHaveLength(2)
    }
  })

  it('gives the copy the extension of its content, never the one the name asks for', async () => {
    await openAttachment({ name: 'setup.exe', type: 'image/png', data: SAMPLE_FILES.png }, deps)
    expect(openPath.mock.calls[0][0]).toMatch(/setup\.png$/u)
  })

  it.each([
    [
      'a program labelled as a PDF',
      { ...pdf, data: SAMPLE_FILES.exe },
      /không phải là PDF hoặc ảnh như đã khai báo/,
    ],
    [
      'a PNG labelled as a PDF',
      { ...pdf, data: SAMPLE_FILES.png },
      /không phải là PDF hoặc ảnh như đã khai báo/,
    ],
    ['an unknown type', { ...pdf, type: 'application/x-msdownload' }, /chỉ mở được tệp PDF hoặc ảnh/],
    ['a path instead of bytes', { ...pdf, data: '/home/user/a.pdf' }, /dãy byte/],
    ['an extra field', { ...pdf, path: '/tmp/x.pdf' }, /.+/],
    ['no payload', undefined, /.+/],
  ])('refuses %s and writes nothing', async (_what, payload, message) => {
    await expect(openAttachment(payload, deps)).rejects.toThrow(message)
    expect(openPath).not.toHaveBeenCalled()
    await expect(readdir(folder)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('answers opened: false when the computer has no program for the type', async () => {
    openPath.mockResolvedValue('No application is associated with the specified file')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(openAttachment(pdf, deps)).resolves.toEqual({ opened: false })
    error.mockRestore()
  })

  it('tells in Vietnamese when the copy cannot be written', async () => {
    const failing = {
      ...deps,
      fs: {
        mkdir: vi.fn(async () => {
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
        }),
        open: vi.fn(),
        rename: vi.fn(),
        rm: vi.fn(),
      } as unknown as AttachmentsDeps['fs'],
    }
    await expect(openAttachment(pdf, failing)).rejects.toThrow(
      'Không lưu được tệp “QĐ 123/QĐ-UBND phê duyệt.pdf”: ổ đĩa đã đầy.',
    )
    expect(openPath).not.toHaveBeenCalled()
  })
})
