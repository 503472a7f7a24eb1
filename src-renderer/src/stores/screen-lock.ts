/**
 * The optional screen lock of a shared workstation. Its settings belong to this computer, not to
 * the register: they live in localStorage, so a backup or a register sent upward never carries a
 * passphrase and a restore never locks anyone out. `locked` is persisted too, so reloading the
 * page does not open a locked app.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'
import type { PassphraseHash } from '../lock/passphrase'

export const SCREEN_LOCK_STORAGE_KEY = 'capdo.screenLock'
export const IDLE_MINUTES = { min: 1, max: 240, default: 10 } as const

export interface ScreenLockConfig {
  passphrase: PassphraseHash
  idleMinutes: number
}

interface ScreenLockState {
  config: ScreenLockConfig | null
  locked: boolean
  enable(config: ScreenLockConfig): void
  disable(): void
  setIdleMinutes(minutes: number): void
  lock(): void
  unlock(): void
}

const isHash = (v: unknown): v is PassphraseHash => {
  const h = v as Partial<PassphraseHash> | null
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.salt === 'string' &&
    typeof h.hash === 'string' &&
    Number.isInteger(h.iterations) &&
    (h.iterations ?? 0) > 0
  )
}

const clampMinutes = (m: number): number =>
  Number.isInteger(m) ? Math.min(IDLE_MINUTES.max, Math.max(IDLE_MINUTES.min, m)) : IDLE_MINUTES.default

export const useScreenLock = create<ScreenLockState>()(
  persist(
    (set) => ({
      config: null,
      locked: false,
      enable: (config) =>
        set({ config: { ...config, idleMinutes: clampMinutes(config.idleMinutes) }, locked: false }),
      disable: () => set({ config: null, locked: false }),
      setIdleMinutes: (minutes) =>
        set((s) => (s.config ? { config: { ...s.config, idleMinutes: clampMinutes(minutes) } } : s)),
      lock: () => set((s) => (s.config ? { locked: true } : s)),
      unlock: () => set({ locked: false }),
    }),
    {
      name: SCREEN_LOCK_STORAGE_KEY,
      version: 1,
      storage: safeJSONStorage(),
      partialize: (s) => ({ config: s.config, locked: s.locked }),
      // A damaged entry must not lock the officer out: without a valid hash there is no lock.
      merge: (stored, current) => {
        const s = stored as
          { config?: { passphrase?: unknown; idleMinutes?: unknown }; locked?: unknown } | undefined
        if (!s?.config || !isHash(s.config.passphrase)) return { ...current, config: null, locked: false }
        return {
          ...current,
          config: {
            passphrase: s.config.passphrase,
            idleMinutes: clampMinutes(Number(s.config.idleMinutes)),
          },
          locked: s.locked === true,
        }
      },
    },
  ),
)
