import { useEffect } from 'react'
import { useScreenLock } from '../../stores/screen-lock'

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Locks the app after the configured minutes without input, and on Ctrl+Shift+L. Activity only
 * stamps a time; one timer checks it when it is due, so a moving mouse costs nothing.
 */
export function useIdleLock(): void {
  const idleMinutes = useScreenLock((s) => s.config?.idleMinutes ?? null)
  const locked = useScreenLock((s) => s.locked)
  const lock = useScreenLock((s) => s.lock)

  useEffect(() => {
    if (idleMinutes === null) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault()
        lock()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [idleMinutes, lock])

  useEffect(() => {
    if (idleMinutes === null || locked) return
    const idleMs = idleMinutes * 60_000
    let last = Date.now()
    let timer: ReturnType<typeof setTimeout>
    const check = () => {
      const idle = Date.now() - last
      if (idle >= idleMs) lock()
      else timer = setTimeout(check, idleMs - idle)
    }
    const stamp = () => {
      last = Date.now()
    }
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, stamp, { passive: true, capture: true })
    timer = setTimeout(check, idleMs)
    return () => {
      clearTimeout(timer)
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, stamp, { capture: true })
    }
  }, [idleMinutes, locked, lock])
}
