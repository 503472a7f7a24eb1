/**
 * Unsaved changes are never lost silently: in-app navigation away from a dirty form is held by
 * react-router's blocker (the caller shows UnsavedChangesModal for it), and closing or reloading
 * the window asks through the browser's own beforeunload prompt.
 */
import { useEffect } from 'react'
import { useBlocker, type Blocker } from 'react-router'

/** @param isDirty read at the moment of leaving, so a save just before navigating is seen. */
export function useUnsavedChangesGuard(isDirty: () => boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty() && currentLocation.pathname !== nextLocation.pathname,
  )

  useEffect(() => {
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!isDirty()) return
      event.preventDefault()
      // Older Chromium (and Electron) still need returnValue set to ask.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [isDirty])

  return blocker
}
