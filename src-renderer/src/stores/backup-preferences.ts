/**
 * This installation's backup preferences, kept in localStorage: how many automatic backups to keep
 * and the browser's answer to the request for persistent storage. They belong to the computer, not
 * to the register: restoring a backup or receiving another office's data must not change them.
 * `written` (not persisted) ticks after each automatic backup so an open list refreshes;
 * `failures` are the automatic backups that were not stored, shown above that list until dismissed.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'
import {
  AUTO_BACKUP_KEEP,
  AUTO_BACKUP_REASONS,
  clampKeep,
  type AutoBackupReason,
} from '../domain/auto-backup-policy'

/** The browser's answer to navigator.storage.persist(); 'unsupported' where there is no such API. */
export type StoragePersistence = 'granted' | 'denied' | 'unsupported'

/** An automatic backup that was not stored (it would not restore, or the store refused it). */
export interface AutoBackupFailure {
  /** ISO instant. */
  at: string
  reason: AutoBackupReason
  /** What the officer was told (Vietnamese). */
  message: string
}

/** Failures shown above the list of automatic backups, newest first, until dismissed. */
export const FAILURES_SHOWN = 5

interface AutoBackupState {
  keep: number
  persistence: StoragePersistence | null
  written: number
  failures: AutoBackupFailure[]
  setKeep(keep: number): void
  setPersistence(persistence: StoragePersistence): void
  markWritten(): void
  recordFailure(failure: AutoBackupFailure): void
  dismissFailures(): void
}

function isFailure(value: unknown): value is AutoBackupFailure {
  if (typeof value !== 'object' || value === null) return false
  const f = value as Record<string, unknown>
  return (
    typeof f.at === 'string' &&
    typeof f.message === 'string' &&
    f.message.length <= 2000 &&
    (AUTO_BACKUP_REASONS as readonly unknown[]).includes(f.reason)
  )
}

export const useAutoBackupMemory = create<AutoBackupState>()(
  persist(
    (set) => ({
      keep: AUTO_BACKUP_KEEP.default,
      persistence: null,
      written: 0,
      failures: [],
      setKeep: (keep) => set({ keep: clampKeep(keep) }),
      setPersistence: (persistence) => set({ persistence }),
      markWritten: () => set((s) => ({ written: s.written + 1 })),
      recordFailure: (failure) =>
        set((s) => ({ failures: [failure, ...s.failures].slice(0, FAILURES_SHOWN) })),
      dismissFailures: () => set({ failures: [] }),
    }),
    {
      name: 'capdo.backups',
      version: 1,
      storage: safeJSONStorage(),
      // Failures are kept across restarts: a backup that was not taken must not be forgotten unseen.
      partialize: ({ keep, persistence, failures }) => ({ keep, persistence, failures }),
      // A hand-edited or damaged value must not reach main as an out-of-range setting.
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<AutoBackupState>
        const persistence = ['granted', 'denied', 'unsupported'].includes(String(s.persistence))
          ? (s.persistence as StoragePersistence)
          : null
        const failures = Array.isArray(s.failures)
          ? s.failures.filter(isFailure).slice(0, FAILURES_SHOWN)
          : []
        return { ...current, keep: clampKeep(Number(s.keep ?? current.keep)), persistence, failures }
      },
    },
  ),
)
