/**
 * The officer using this installation ("Tên người sử dụng" and "Chức vụ"), asked in Settings and
 * offered once on first start, and written with every history entry (db/database.ts). It belongs
 * to this computer, not to the register: it lives in localStorage, so a backup restored on a
 * colleague's machine does not sign their changes with this name.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeJSONStorage } from './safe-storage'

export const OFFICER_STORAGE_KEY = 'capdo.officer'
/** As long as a history text field may be (backup limits), far more than any name. */
export const OFFICER_MAX_LENGTH = 200
/** "Chuyên viên Phòng Công nghệ thông tin, Sở …" fits many times over. */
export const OFFICER_TITLE_MAX_LENGTH = 200

interface OfficerState {
  name: string
  /** Chức vụ; only written beside a name. */
  title: string
  /** The first-start prompt was answered or skipped: it is not offered again. */
  prompted: boolean
  setOfficer(name: string, title: string): void
  /** Keeps the title; for callers that only know the name. */
  setName(name: string): void
  skipPrompt(): void
}

const clean = (text: string, max: number) => text.normalize('NFC').trim().slice(0, max)

export const useOfficer = create<OfficerState>()(
  persist(
    (set) => ({
      name: '',
      title: '',
      prompted: false,
      setOfficer: (name, title) =>
        set({
          name: clean(name, OFFICER_MAX_LENGTH),
          title: clean(title, OFFICER_TITLE_MAX_LENGTH),
          prompted: true,
        }),
      setName: (name) => set({ name: clean(name, OFFICER_MAX_LENGTH), prompted: true }),
      skipPrompt: () => set({ prompted: true }),
    }),
    {
      name: OFFICER_STORAGE_KEY,
      version: 2,
      storage: safeJSONStorage(),
      partialize: (s) => ({ name: s.name, title: s.title, prompted: s.prompted }),
      // A damaged entry names nobody rather than something that is not a name. Version 1 kept
      // only the name: its title is empty, and a named officer has already been asked.
      merge: (stored, current) => {
        const s = (stored ?? {}) as { name?: unknown; title?: unknown; prompted?: unknown }
        const name = typeof s.name === 'string' ? s.name.slice(0, OFFICER_MAX_LENGTH) : ''
        const title = typeof s.title === 'string' ? s.title.slice(0, OFFICER_TITLE_MAX_LENGTH) : ''
        return { ...current, name, title, prompted: s.prompted === true || name !== '' }
      },
      migrate: (stored) => stored as OfficerState,
    },
  ),
)

/**
 * How a history entry names the officer: "Nguyễn Văn An (Chuyên viên)", the name alone without a
 * title, and nobody ('') without a name — a title alone says nothing about who did it.
 */
export function officerSignature(name: string, title: string): string {
  const n = name.trim()
  const t = title.trim()
  if (n === '') return ''
  return t === '' ? n : `${n} (${t})`
}

/** The officer to stamp on a history entry now ('' when none is set). */
export function currentOfficer(): string {
  const { name, title } = useOfficer.getState()
  return officerSignature(name, title)
}
