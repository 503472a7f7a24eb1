/**
 * An in-memory CliIo for tests: files to read are given up front, what commands print and write
 * is collected. A missing file fails as node:fs does (code ENOENT), so commands see the same error.
 */
import type { CliIo } from '../io'

export interface FakeIo extends CliIo {
  readonly out: string
  readonly err: string
  readonly written: ReadonlyMap<string, Uint8Array>
}

export function fakeIo(files: Record<string, Uint8Array> = {}): FakeIo {
  let out = ''
  let err = ''
  const written = new Map<string, Uint8Array>()
  return {
    get out() {
      return out
    },
    get err() {
      return err
    },
    written,
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    readFile: async (path) => {
      const data = files[path] ?? written.get(path)
      if (data) return data
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
    },
    writeFile: async (path, data) => {
      written.set(path, data)
    },
  }
}
