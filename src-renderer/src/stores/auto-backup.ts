/**
 * This installation's backup preferences, kept in localStorage: how many automatic backups to keep
 * and the browser's answer to the request for persistent storage. They belong to the computer, not
 * to the register: restoring a backup or receiving another office's data must not change them.
 * `written` (not persisted) ticks after each automatic backup so an open list refreshes.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'
import { AUTO_BACKUP_KEEP, clampKeep } from '../domain/auto-backup'

/** The browser's answer to navigator.storage.persist(); 'unsupported' where there is no such API. */
export type StoragePersistence = 'granted' | 'denied' | 'unsupported'

interface AutoBackupState {
  keep: number
  persistence: StoragePersistence | null
  written: number
  setKeep(keep: number): void
  setPersistence(persistence: StoragePersistence): void
  markWritten(): void
}

export const useAutoBackupMemory = create<AutoBackupState>()(
  persist(
    (set) => ({
      keep: AUTO_BACKUP_KEEP.default,
      persistence: null,
      written: 0,
      setKeep: (keep) => set({ keep: clampKeep(keep) }),
      setPersistence: (persistence) => set({ persistence }),
      markWritten: () => set((s) => ({ written: s.written + 1 })),
    }),
    {
      name: 'capdo.backups',
      version: 1,
      storage: safeJSONStorage(),
      partialize: ({ keep, persistence }) => ({ keep, persistence }),
      // A hand-edited or damaged value must not reach main as an out-of-range setting.
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<AutoBackupState>
        const persistence = ['granted', 'denied', 'unsupported'].includes(String(s.persistence))
          ? (s.persistence as StoragePersistence)
          : null
        return { ...current, keep: clampKeep(Number(s.keep ?? current.keep)), persistence }
      },
    },
  ),
)
