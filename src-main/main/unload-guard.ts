/**
 * Unsaved changes when the window closes or reloads. The system page sets a `beforeunload` guard
 * while a form has unsaved edits; a browser would ask the user, but Electron has no such prompt: it
 * emits 'will-prevent-unload' on the WebContents and, unless a listener calls preventDefault(),
 * silently cancels the close. Here the user gets a native Vietnamese dialog instead. The dialog
 * must answer synchronously (the unload waits for this listener), so it is injected as a function
 * returning the chosen button's index — dialog.showMessageBoxSync in the app, a fake in tests.
 */
import type { MessageBoxSyncOptions } from 'electron'

export const LEAVE_BUTTON = 0
export const STAY_BUTTON = 1

export const UNLOAD_DIALOG: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Có thay đổi chưa lưu',
  message: 'Có thay đổi chưa lưu. Rời đi mà không lưu?',
  detail: 'Nếu rời đi, những gì vừa nhập trên trang này sẽ mất. Chọn “Ở lại” để quay lại và lưu.',
  buttons: ['Rời đi không lưu', 'Ở lại'],
  defaultId: STAY_BUTTON,
  cancelId: STAY_BUTTON,
  noLink: true,
}

/** The 'will-prevent-unload' event: preventDefault() lets the unload go ahead. */
export interface UnloadEventLike {
  preventDefault(): void
}

export type ShowUnloadDialog = (options: MessageBoxSyncOptions) => number

/** Asks the user; returns whether they chose to leave (and then lets the unload proceed). */
export function confirmLeaveWithUnsavedChanges(
  event: UnloadEventLike,
  showDialog: ShowUnloadDialog,
): boolean {
  const leave = showDialog(UNLOAD_DIALOG) === LEAVE_BUTTON
  if (leave) event.preventDefault()
  return leave
}

/** The part of Electron's WebContents the guard listens on. */
export interface UnloadGuardTarget {
  on(event: 'will-prevent-unload', listener: (event: UnloadEventLike) => void): unknown
}

/** Applied to every WebContents as it is created, beside hardenWebContents. */
export function guardUnsavedChanges(contents: UnloadGuardTarget, showDialog: ShowUnloadDialog): void {
  contents.on('will-prevent-unload', (event) => {
    confirmLeaveWithUnsavedChanges(event, showDialog)
  })
}
