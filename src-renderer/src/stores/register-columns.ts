/**
 * Which optional columns of the register are shown. UI state only, remembered in localStorage so
 * an officer who hides "Khối" finds it hidden next time. The name column is always shown.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'

/** In display order: the statuses early (they are what the register is read for), the block last. */
export const OPTIONAL_COLUMNS = [
  'unit',
  'level',
  'dossier',
  'approval',
  'deployment',
  'nextAssessment',
  'assessment',
  'block',
] as const
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number]

interface RegisterColumnsState {
  hidden: OptionalColumn[]
  setVisible(column: OptionalColumn, visible: boolean): void
  showAll(): void
}

export const REGISTER_COLUMNS_STORAGE_KEY = 'capdo.register.columns'

export const useRegisterColumns = create<RegisterColumnsState>()(
  persist(
    (set) => ({
      // "Khối" is hidden until asked for: the essentials fill a 1366 px screen.
      hidden: ['block'],
      setVisible: (column, visible) =>
        set((s) => ({
          hidden: visible ? s.hidden.filter((c) => c !== column) : [...new Set([...s.hidden, column])],
        })),
      showAll: () => set({ hidden: [] }),
    }),
    {
      name: REGISTER_COLUMNS_STORAGE_KEY,
      version: 1,
      storage: safeJSONStorage(),
      partialize: (s) => ({ hidden: s.hidden }),
      // A stored list from another version may name columns that no longer exist.
      merge: (stored, current) => {
        const hidden = (stored as { hidden?: unknown } | undefined)?.hidden
        return {
          ...current,
          hidden: Array.isArray(hidden)
            ? OPTIONAL_COLUMNS.filter((c) => (hidden as unknown[]).includes(c))
            : current.hidden,
        }
      },
    },
  ),
)
