/**
 * Durability of the store: asking the browser to keep IndexedDB when the disk runs short
 * (navigator.storage.persist), and reading how much is used of what the quota allows
 * (navigator.storage.estimate), in Vietnamese number format. The StorageManager comes in as a
 * parameter so tests give one that answers what they need.
 */
import type { StoragePersistence } from '../../stores/backup-preferences'

export type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>

export interface StorageUse {
  usage: number
  quota: number
}

/** Below this much free space, or below 10 % of the quota, the app warns. */
export const LOW_STORAGE_BYTES = 200 * 1024 * 1024
export const LOW_STORAGE_SHARE = 0.1

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/**
 * "12,3 MB", "2,1 GB", "512 B": binary multiples, one decimal, Vietnamese decimal comma. The next
 * unit starts at 1,000, not 1,024, so a figure never reads "1.020 KB" (four digits, with the
 * Vietnamese thousands dot that looks like a decimal point) but "1 MB".
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 ? 0 : 1
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${UNITS[unit]}`
}

export function freeBytes(use: StorageUse): number {
  return Math.max(0, use.quota - use.usage)
}

/** True when what remains before writes fail is under 10 % of the quota or under 200 MB. */
export function isStorageLow(use: StorageUse): boolean {
  if (use.quota <= 0) return false
  const free = freeBytes(use)
  return free < use.quota * LOW_STORAGE_SHARE || free < LOW_STORAGE_BYTES
}

/** Asks once for persistent storage; the answer, or 'unsupported' where the API is missing. */
export async function requestPersistence(storage: StorageLike | undefined): Promise<StoragePersistence> {
  if (!storage?.persist) return 'unsupported'
  // Already granted: no need to ask again (and no prompt in browsers that would show one).
  if (storage.persisted && (await storage.persisted())) return 'granted'
  return (await storage.persist()) ? 'granted' : 'denied'
}

/** Used and quota in bytes, or null where the browser does not say. */
export async function readStorageUse(storage: StorageLike | undefined): Promise<StorageUse | null> {
  if (!storage?.estimate) return null
  const { usage, quota } = await storage.estimate()
  if (typeof usage !== 'number' || typeof quota !== 'number' || quota <= 0) return null
  return { usage, quota }
}

export function browserStorage(): StorageLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage
}
