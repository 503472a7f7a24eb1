import type { MessageBoxSyncOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  confirmLeaveWithUnsavedChanges,
  guardUnsavedChanges,
  LEAVE_BUTTON,
  STAY_BUTTON,
  type UnloadEventLike,
} from './unload-guard'

function fakeEvent(): UnloadEventLike & { prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault: () => {
      event.prevented = true
    },
  }
  return event
}

describe('closing a window with unsaved changes', () => {
  it('asks in Vietnamese, with "Ở lại" as the safe default', () => {
    const shown: MessageBoxSyncOptions[] = []
    confirmLeaveWithUnsavedChanges(fakeEvent(), (options) => {
      shown.push(options)
      return STAY_BUTTON
    })

    expect(shown).toHaveLength(1)
    const [options] = shown
    expect(options.title).toBe('Có thay đổi chưa lưu')
    expect(options.buttons).toEqual(['Rời đi không lưu', 'Ở lại'])
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Ở lại')
    expect(options.buttons?.[options.cancelId ?? -1]).toBe('Ở lại')
  })

  it('lets the window close when the user chooses to leave without saving', () => {
    const event = fakeEvent()
    expect(confirmLeaveWithUnsavedChanges(event, () => LEAVE_BUTTON)).toBe(true)
    expect(event.prevented).toBe(true)
  })

  it('keeps the page (and its edits) when the user chooses to stay or dismisses the dialog', () => {
    const stay = fakeEvent()
    expect(confirmLeaveWithUnsavedChanges(stay, () => STAY_BUTTON)).toBe(false)
    expect(stay.prevented).toBe(false)
  })
})

describe('guardUnsavedChanges', () => {
  it('answers every will-prevent-unload of the contents with the dialog', () => {
    const listeners = new Map<string, (event: UnloadEventLike) => void>()
    const answers = [LEAVE_BUTTON, STAY_BUTTON]
    guardUnsavedChanges(
      { on: (name, listener) => listeners.set(name, listener) },
      () => answers.shift() ?? STAY_BUTTON,
    )

    const first = fakeEvent()
    const second = fakeEvent()
    listeners.get('will-prevent-unload')?.(first)
    listeners.get('will-prevent-unload')?.(second)

    expect([...listeners.keys()]).toEqual(['will-prevent-unload'])
    expect([first.prevented, second.prevented]).toEqual([true, false])
  })
})
