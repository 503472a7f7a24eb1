import { useEffect, useState, type RefObject } from 'react'

/**
 * The height that lets an element reach the bottom of the window (less `bottomGap`), never less
 * than `min`: the virtual table needs its body height as a number. Recomputed when the window
 * is resized and when `watch` (the toolbar above the table, which may wrap) changes size.
 */
export function useFillHeight(
  target: RefObject<HTMLElement | null>,
  watch: RefObject<HTMLElement | null>,
  { bottomGap, min }: { bottomGap: number; min: number },
): number {
  const [height, setHeight] = useState(min)
  useEffect(() => {
    const measure = () => {
      const el = target.current
      if (!el) return
      const top = el.getBoundingClientRect().top + window.scrollY
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - bottomGap)))
    }
    measure()
    window.addEventListener('resize', measure)
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure)
    if (watch.current) observer?.observe(watch.current)
    return () => {
      window.removeEventListener('resize', measure)
      observer?.disconnect()
    }
  }, [target, watch, bottomGap, min])
  return height
}
