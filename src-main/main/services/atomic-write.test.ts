import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { temporaryPathFor, writeFileAtomic } from './atomic-write'

let folder: string

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'capdo-atomic-'))
})

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes exactly the given bytes and leaves nothing else in the folder', async () => {
    const target = join(folder, 'so-theo-doi.xlsx')
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255, 7])

    await writeFileAtomic(target, bytes)

    expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes)
    expect(await fs.readdir(folder)).toEqual(['so-theo-doi.xlsx'])
  })

  it('replaces an existing file as a whole', async () => {
    const target = join(folder, 'bao-cao.xlsx')
    await fs.writeFile(target, 'an older, longer report that must disappear completely')

    await writeFileAtomic(target, new TextEncoder().encode('mới'))

    expect(await fs.readFile(target, 'utf8')).toBe('mới')
  })

  it('rejects and removes its temporary file when the rename fails', async () => {
    const target = join(folder, 'bao-cao.xlsx')
    const failure = new Error('rename refused')
    const failingFs = { ...fs, rename: () => Promise.reject(failure) }

    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]), failingFs)).rejects.toBe(failure)

    expect(await fs.readdir(folder)).toEqual([])
  })

  it('rejects and leaves no temporary file when the target is a folder', async () => {
    const target = join(folder, 'a-folder')
    await fs.mkdir(join(target, 'inside'), { recursive: true })

    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow()

    expect(await fs.readdir(folder)).toEqual(['a-folder'])
  })

  it('rejects when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'x.xlsx'), new Uint8Array([1]))).rejects.toThrow(
      /ENOENT/,
    )
  })

  it('keeps the temporary file beside the target, hidden and unique', () => {
    const first = temporaryPathFor(join(folder, 'x.xlsx'))
    const second = temporaryPathFor(join(folder, 'x.xlsx'))

    expect(first.startsWith(join(folder, '.x.xlsx.'))).toBe(true)
    expect(first.endsWith('.tmp')).toBe(true)
    expect(first).not.toBe(second)
  })
})
