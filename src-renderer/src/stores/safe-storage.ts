/**
 * localStorage for the persisted UI stores, where a failed write is a warning, not a crash. The
 * quota is a few megabytes per origin: the reminders' memory of a 100,000-system register once
 * exceeded it, and zustand's persist let the QuotaExceededError escape into React's error screen.
 * What these stores hold is convenience (columns, what was already notified); losing a write of
 * it must never stop an officer's work.
 */
import { createJSONStorage, type StateStorage } from 'zustand/middleware'

function attempt<T>(what: string, action: () => T, fallback: T): T {
  try {
    return action()
  } catch (error) {
    console.warn(`CapDo: localStorage ${what} failed`, error)
    return fallback
  }
}

export const safeLocalStorage: StateStorage = {
  getItem: (name) => attempt('read', () => localStorage.getItem(name), null),
  setItem: (name, value) => attempt('write', () => localStorage.setItem(name, value), undefined),
  removeItem: (name) => attempt('remove', () => localStorage.removeItem(name), undefined),
}

export const safeJSONStorage = <S>() => createJSONStorage<S>(() => safeLocalStorage)
