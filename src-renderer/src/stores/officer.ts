/**
 * The officer using this installation ("Tên người sử dụng"), asked in Settings and written with
 * every history entry (db/database.ts). It belongs to this computer, not to the register: it lives
 * in localStorage, so a backup restored on a colleague's machine does not sign their changes
 * with this name.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'

export const OFFICER_STORAGE_KEY = 'capdo.officer'
/** As long as a history text field may be (backup limits), far more than any name and title. */
export const OFFICER_MAX_LENGTH = 200

interface OfficerState {
  name: string
  setName(name: string): void
}

export const useOfficer = create<OfficerState>()(
  persist(
    (set) => ({
      name: '',
      setName: (name) => set({ name: name.normalize('NFC').trim().slice(0, OFFICER_MAX_LENGTH) }),
    }),
    {
      name: OFFICER_STORAGE_KEY,
      version: 1,
      storage: safeJSONStorage(),
      partialize: (s) => ({ name: s.name }),
      // A damaged entry names nobody rather than something that is not a name.
      merge: (stored, current) => {
        const name = (stored as { name?: unknown } | undefined)?.name
        return { ...current, name: typeof name === 'string' ? name.slice(0, OFFICER_MAX_LENGTH) : '' }
      },
    },
  ),
)

/** The name to stamp on a history entry now ('' when none is set). */
export function currentOfficer(): string {
  return useOfficer.getState().name
}
