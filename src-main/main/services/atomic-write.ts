/**
 * Writes a file so that it appears complete or not at all: the bytes go to a temporary file in the
 * same folder (same volume, so the rename cannot turn into a copy), are flushed to disk, and the
 * temporary file is then renamed over the target. A failure removes the temporary file and rejects.
 */
import { randomUUID } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The slice of node:fs/promises the write needs; tests pass a wrapper that fails on purpose. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>

/** The temporary name: hidden, beside the target, unique per write. */
export function temporaryPathFor(targetPath: string): string {
  return join(dirname(targetPath), `.${basename(targetPath)}.${randomUUID()}.tmp`)
}

export async function writeFileAtomic(
  targetPath: string,
  data: Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const temporaryPath = temporaryPathFor(targetPath)
  try {
    // 'wx': create exclusively, never reuse a file that happens to exist under that name.
    const handle = await fs.open(temporaryPath, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temporaryPath, targetPath)
  } catch (error) {
    // The caller gets the original failure; `force` makes removal a no-op when the file was never
    // created, and a failure to remove must not hide why the write failed.
    await fs.rm(temporaryPath, { force: true }).catch((cleanupError: unknown) => {
      console.error(`Could not remove the temporary file ${temporaryPath}`, cleanupError)
    })
    throw error
  }
}
