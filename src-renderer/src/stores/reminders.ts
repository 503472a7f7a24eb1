/**
 * What the reminders have already told the user: the day of the last reminder and the keys of the
 * items it reported, kept in localStorage (UI memory, not register data).
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'
import type { IsoDate } from '../domain/calendar-date'

interface RemindersState {
  lastNotifiedOn: IsoDate | null
  seenKeys: string[]
  markNotified(day: IsoDate, keys: string[]): void
}

export const useRemindersMemory = create<RemindersState>()(
  persist(
    (set) => ({
      lastNotifiedOn: null,
      seenKeys: [],
      markNotified: (lastNotifiedOn, seenKeys) => set({ lastNotifiedOn, seenKeys }),
    }),
    { name: 'capdo.reminders', version: 1, storage: safeJSONStorage() },
  ),
)
