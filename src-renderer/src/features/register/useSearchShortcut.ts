import { useEffect, type RefObject } from 'react'
import type { InputRef } from 'antd'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Ctrl+F (⌘F) or '/' puts the cursor in the register's search box, as in a browser or a mail client. */
export function useSearchShortcut(input: RefObject<InputRef | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const find = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f'
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)
      if (!find && !slash) return
      e.preventDefault()
      input.current?.focus({ cursor: 'all' })
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [input])
}
