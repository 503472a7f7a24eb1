import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createNodeIo } from './node-io'

const { writeFile: writeFileAtomic } = createNodeIo()

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'capdo-cli-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writing a file through the real io: atomically', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = join(dir, 'bao-cao.xlsx')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
    expect(await readdir(dir)).toEqual(['bao-cao.xlsx'])
  })

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'bao-cao.xlsx')
    await writeFile(target, 'cũ và dài hơn')
    await writeFileAtomic(target, new Uint8Array([9]))
    expect([...(await readFile(target))]).toEqual([9])
  })

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'khong-co', 'x.xlsx'), new Uint8Array([1]))).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('fails and cleans up when a folder stands where the file should go', async () => {
    const target = join(dir, 'thu-muc')
    await mkdir(target)
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['thu-muc'])
  })
})

describe('reading a file through the real io', () => {
  it('gives the bytes, and fails with the fs error code for a missing file', async () => {
    const io = createNodeIo()
    const path = join(dir, 'a.bin')
    await writeFile(path, Buffer.from([4, 5]))
    expect([...(await io.readFile(path))]).toEqual([4, 5])
    await expect(io.readFile(join(dir, 'none'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
