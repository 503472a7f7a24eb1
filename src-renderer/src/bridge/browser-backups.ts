/**
 * Automatic backups in the browser build: a separate IndexedDB database (`capdo-backups`), never the
 * register's, so clearing or restoring the register cannot touch its own backups. Entries (what the
 * list shows) and the bytes live in two tables, so listing never loads the backups themselves;
 * a write and its pruning are one transaction. Names and pruning are the desktop's (domain).
 */
import Dexie, { type Table } from 'dexie'
import { Gunzip } from 'fflate'
import {
  countsFromHeaderText,
  namesToPrune,
  parseAutoBackupName,
  uniqueAutoBackupName,
  type AutoBackupCounts,
  type AutoBackupEntry,
  type AutoBackupReason,
} from '../domain/auto-backup'
import { DomainError } from '../domain/errors'

export const BACKUPS_DATABASE_NAME = 'capdo-backups'

interface StoredBytes {
  name: string
  data: Uint8Array
}

class BackupsDatabase extends Dexie {
  declare entries: Table<AutoBackupEntry, string>
  declare files: Table<StoredBytes, string>

  constructor(name: string) {
    super(name)
    this.version(1).stores({ entries: 'name, createdAt', files: 'name' })
  }
}

/** The counts of a backup's header, from its first compressed bytes. */
export function headerCounts(bytes: Uint8Array): AutoBackupCounts | null {
  let text = ''
  const decoder = new TextDecoder()
  try {
    const gunzip = new Gunzip((chunk) => {
      if (text.length < 8192) text += decoder.decode(chunk, { stream: true })
    })
    gunzip.push(bytes.subarray(0, 4096), false)
  } catch (error) {
    console.warn('An automatic backup whose header cannot be read', error)
    return null
  }
  return countsFromHeaderText(text)
}

export interface BrowserBackups {
  write(data: Uint8Array, reason: AutoBackupReason, keep: number): Promise<AutoBackupEntry>
  list(): Promise<AutoBackupEntry[]>
  read(name: string): Promise<Uint8Array>
  prune(keep: number): Promise<{ removed: number }>
}

export function createBrowserBackups(
  name: string = BACKUPS_DATABASE_NAME,
  now: () => Date = () => new Date(),
): BrowserBackups {
  let db: BackupsDatabase | undefined
  const open = () => (db ??= new BackupsDatabase(name))

  async function pruneIn(store: BackupsDatabase, keep: number, spare?: string): Promise<number> {
    const doomed = namesToPrune(await store.entries.toCollection().primaryKeys(), keep).filter(
      (n) => n !== spare,
    )
    await store.entries.bulkDelete(doomed)
    await store.files.bulkDelete(doomed)
    return doomed.length
  }

  return {
    async write(data, reason, keep) {
      const store = open()
      const counts = headerCounts(data)
      return store.transaction('rw', store.entries, store.files, async () => {
        const existing = new Set(await store.entries.toCollection().primaryKeys())
        const entryName = uniqueAutoBackupName(now(), reason, existing)
        const parsed = parseAutoBackupName(entryName)
        const entry: AutoBackupEntry = {
          name: entryName,
          createdAt: (parsed?.createdAt ?? now()).toISOString(),
          reason,
          size: data.byteLength,
          counts,
        }
        await store.entries.add(entry)
        // A copy: the caller's array may be reused or transferred.
        await store.files.add({ name: entryName, data: data.slice() })
        await pruneIn(store, keep, entryName)
        return entry
      })
    },

    async list() {
      const entries = await open().entries.orderBy('createdAt').reverse().toArray()
      return entries
    },

    async read(entryName) {
      const found = await open().files.get(entryName)
      if (!found) {
        throw new DomainError(
          'auto_backup_missing',
          'Không tìm thấy bản sao lưu tự động này (có thể đã được dọn bớt). Hãy chọn bản khác.',
        )
      }
      return found.data
    },

    async prune(keep) {
      const store = open()
      return {
        removed: await store.transaction('rw', store.entries, store.files, () => pruneIn(store, keep)),
      }
    },
  }
}
