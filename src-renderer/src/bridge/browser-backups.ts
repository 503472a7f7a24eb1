/**
 * Automatic backups in the browser build: a separate IndexedDB database (`capdo-backups`), never the
 * register's, so clearing or restoring the register cannot touch its own backups. Entries (what the
 * list shows) and the bytes live in two tables, so listing never loads the backups themselves.
 * A write is read back before the oldest are pruned, so a copy that did not store well never
 * pushes a good one out. Names and pruning are the desktop's (domain).
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
} from '../domain/auto-backup-policy'
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

const backupStoreMessages = {
  readBack:
    'Không ghi được bản sao lưu tự động: bản đọc lại từ bộ nhớ của trình duyệt không giống nội dung vừa ghi, nên bản này đã được xóa và các bản sao lưu cũ được giữ nguyên. Hãy bấm “Sao lưu ngay” để lưu một bản ra tệp.',
} as const

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
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
      const entry = await store.transaction('rw', store.entries, store.files, async () => {
        const existing = new Set(await store.entries.toCollection().primaryKeys())
        const entryName = uniqueAutoBackupName(now(), reason, existing)
        const parsed = parseAutoBackupName(entryName)
        const added: AutoBackupEntry = {
          name: entryName,
          createdAt: (parsed?.createdAt ?? now()).toISOString(),
          reason,
          size: data.byteLength,
          counts,
        }
        await store.entries.add(added)
        // A copy: the caller's array may be reused or transferred.
        await store.files.add({ name: entryName, data: data.slice() })
        return added
      })
      // Read back once committed, before anything older is pruned: a copy that is not what was
      // handed over is removed and reported, never kept in place of a good backup.
      const stored = await store.files.get(entry.name)
      if (!stored || !sameBytes(stored.data, data)) {
        await store.transaction('rw', store.entries, store.files, async () => {
          await store.entries.delete(entry.name)
          await store.files.delete(entry.name)
        })
        throw new DomainError('auto_backup_read_back', backupStoreMessages.readBack)
      }
      await store.transaction('rw', store.entries, store.files, () => pruneIn(store, keep, entry.name))
      return entry
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
