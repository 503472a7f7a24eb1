/**
 * Where LibreOffice is, for the tests that use it as an independent reader of CapDo's files
 * (format corpus, report workbook, Word drafts). One lookup so every such test finds the same
 * binary and skips (locally) or fails (on CI) for the same reason.
 */
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The `soffice` (or `libreoffice`) executable on the usual paths or PATH; null when not installed. */
export function findSoffice(): string | null {
  const dirs = ['/usr/bin', '/usr/local/bin', ...(process.env.PATH ?? '').split(delimiter)]
  for (const dir of dirs) {
    for (const name of ['soffice', 'libreoffice']) {
      const path = join(dir, name)
      if (dir && existsSync(path)) return path
    }
  }
  return null
}
