/**
 * What the reminders have already told the user: the day of the last reminder and the keys of the
 * items it reported (their reminderKey digests), kept in localStorage (UI memory, not register
 * data).
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'
import type { IsoDate } from '../domain/calendar-date'
import { digestKey } from '../domain/reminders'

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
    {
      name: 'capdo.reminders',
      version: 2,
      storage: safeJSONStorage(),
      // Version 1 kept the full todoKey of every item; digest them so nothing is reported again.
      migrate: (persisted, version) => {
        const state = persisted as { lastNotifiedOn?: IsoDate | null; seenKeys?: unknown }
        const keys = Array.isArray(state.seenKeys) ? state.seenKeys.filter((k) => typeof k === 'string') : []
        return {
          lastNotifiedOn: state.lastNotifiedOn ?? null,
          seenKeys: version < 2 ? keys.map(digestKey) : keys,
        } as RemindersState
      },
    },
  ),
)
