/**
 * The folder of automatic backups (`<userData>/backups/`): writing one file atomically, keeping the
 * newest N, listing them with what their header says, and reading one back. Only files whose name
 * is an automatic-backup name (domain/auto-backup-policy.ts) are ever listed, read or deleted, so a file
 * the user put there is never touched. The renderer builds the backup; this module only stores it.
 */
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { constants as zlibConstants, gunzipSync } from 'node:zlib'
import {
  countsFromHeaderText,
  namesToPrune,
  newestFirst,
  parseAutoBackupName,
  uniqueAutoBackupName,
  type AutoBackupCounts,
  type AutoBackupEntry,
  type AutoBackupReason,
} from '../../../src-renderer/src/domain/auto-backup-policy'
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write'

/** The slice of node:fs/promises used here; tests pass one that fails on purpose. */
export type AutoBackupsFs = AtomicWriteFs & Pick<typeof nodeFs, 'mkdir' | 'readdir' | 'stat' | 'readFile'>

export interface AutoBackupsOptions {
  fs?: AutoBackupsFs
  now?: () => Date
  log?: (message: string, error?: unknown) => void
}

/** Compressed bytes read to find the header: it sits in the first few hundred bytes of the JSON. */
const HEADER_BYTES = 4096

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
}

/** The names in the folder (none when it does not exist yet). */
async function names(folder: string, fs: AutoBackupsFs): Promise<string[]> {
  try {
    return await fs.readdir(folder)
  } catch (error) {
    if (isMissing(error)) return []
    throw error
  }
}

/** The counts of a backup's header, from its first bytes; null when they cannot be read. */
async function headerCounts(path: string, fs: AutoBackupsFs): Promise<AutoBackupCounts | null> {
  const handle = await fs.open(path, 'r')
  try {
    const prefix = new Uint8Array(HEADER_BYTES)
    const { bytesRead } = await handle.read(prefix, 0, HEADER_BYTES, 0)
    // SYNC_FLUSH: inflate what a partial stream gives instead of failing at its cut-off end.
    const text = gunzipSync(prefix.subarray(0, bytesRead), {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 4 * 1024 * 1024,
    }).toString('utf8')
    return countsFromHeaderText(text)
  } catch {
    // A damaged file is still listed (its restore will say what is wrong); it just shows no counts.
    return null
  } finally {
    await handle.close()
  }
}

async function entryOf(folder: string, name: string, fs: AutoBackupsFs): Promise<AutoBackupEntry | null> {
  const parsed = parseAutoBackupName(name)
  if (!parsed) return null
  const path = join(folder, name)
  try {
    const { size } = await fs.stat(path)
    return {
      name,
      createdAt: parsed.createdAt.toISOString(),
      reason: parsed.reason,
      size,
      counts: await headerCounts(path, fs),
    }
  } catch (error) {
    // Pruned by another write between readdir and stat.
    if (isMissing(error)) return null
    throw error
  }
}

/** Every automatic backup in the folder, newest first. */
export async function listAutoBackups(
  folder: string,
  options: AutoBackupsOptions = {},
): Promise<AutoBackupEntry[]> {
  const fs = options.fs ?? nodeFs
  const entries = await Promise.all(newestFirst(await names(folder, fs)).map((n) => entryOf(folder, n, fs)))
  return entries.filter((e): e is AutoBackupEntry => e !== null)
}

/**
 * Deletes the automatic backups beyond the newest `keep`; returns the names removed. `spare` is
 * never deleted: the backup just written stays even when the clock was set back before it.
 */
export async function pruneAutoBackups(
  folder: string,
  keep: number,
  options: AutoBackupsOptions & { spare?: string } = {},
): Promise<string[]> {
  const fs = options.fs ?? nodeFs
  const log = options.log ?? console.error
  const removed: string[] = []
  const doomed = namesToPrune(await names(folder, fs), keep).filter((n) => n !== options.spare)
  for (const name of doomed) {
    try {
      await fs.rm(join(folder, name), { force: true })
      removed.push(name)
    } catch (error) {
      // A file that cannot be removed now is removed by a later prune; the backup just written stays.
      log(`Could not remove the old automatic backup ${name}`, error)
    }
  }
  return removed
}

/** The file read back after writing differs from the bytes written. */
export class AutoBackupReadBackError extends Error {
  readonly code = 'EREADBACK'
  constructor(name: string) {
    super(`The automatic backup ${name} read back differs from what was written`)
    this.name = 'AutoBackupReadBackError'
  }
}

/**
 * Writes one backup (complete or not at all), reads it back and compares it with `data`, then
 * removes the oldest beyond `keep`. Resolves after the file is on disk and read back the same; a
 * failed write or a different read-back rejects and removes nothing else. (The renderer checked
 * that `data` restores before handing it over: verify-backup.ts.)
 */
export async function writeAutoBackup(
  folder: string,
  data: Uint8Array,
  reason: AutoBackupReason,
  keep: number,
  options: AutoBackupsOptions = {},
): Promise<AutoBackupEntry> {
  const fs = options.fs ?? nodeFs
  await fs.mkdir(folder, { recursive: true })
  const name = uniqueAutoBackupName(
    (options.now ?? (() => new Date()))(),
    reason,
    new Set(await names(folder, fs)),
  )
  const path = join(folder, name)
  await writeFileAtomic(path, data, fs)
  // Read back before anything older is pruned: a file that is not what was handed over (a failing
  // disk, a filter driver) is removed and reported, never kept in place of a good backup.
  const stored = await fs.readFile(path)
  if (!Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).equals(data)) {
    await fs.rm(path, { force: true })
    throw new AutoBackupReadBackError(name)
  }
  await pruneAutoBackups(folder, keep, { ...options, spare: name })
  const entry = await entryOf(folder, name, fs)
  if (!entry) throw new Error(`The automatic backup ${name} vanished after it was written`)
  return entry
}

/** The bytes of one automatic backup; the name must be an automatic-backup name of this folder. */
export async function readAutoBackup(
  folder: string,
  name: string,
  options: AutoBackupsOptions = {},
): Promise<Uint8Array> {
  if (!parseAutoBackupName(name)) throw new Error(`Not an automatic backup name: ${name}`)
  const bytes = await (options.fs ?? nodeFs).readFile(join(folder, name))
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
