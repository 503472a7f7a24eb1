/**
 * The real CliIo: process streams and node:fs. Files are written atomically (temporary file beside
 * the target, flushed, renamed over it) by the same service the app's saves use.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { writeFileAtomic } from '../main/services/atomic-write'
import type { CliIo } from './io'

export function createNodeIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text)
    },
    stderr: (text) => {
      process.stderr.write(text)
    },
    readFile: async (path) => {
      const buffer = await readFile(path)
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    },
    writeFile: (path, data) => writeFileAtomic(path, data),
    makeDir: async (path) => {
      await mkdir(path, { recursive: true })
    },
  }
}
