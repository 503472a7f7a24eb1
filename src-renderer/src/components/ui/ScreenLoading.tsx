import { Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { vi } from '../../i18n/vi'
import styles from './ScreenLoading.module.css'

/** A screen that arrives sooner than this is never announced: no flash of a spinner. */
export const SCREEN_LOADING_DELAY_MS = 400

/**
 * Shown while a screen's code loads (routes.tsx loads each screen on first use). It keeps the
 * content area's height, so the shell does not jump, and says something only when the wait is
 * long enough to be noticed.
 */
export function ScreenLoading() {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SCREEN_LOADING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  return (
    <div className={styles.area} role="status" aria-busy="true" aria-label={vi.shell.screenLoading}>
      {shown && (
        <>
          <Spin />
          <Typography.Text type="secondary">{vi.shell.screenLoading}</Typography.Text>
        </>
      )}
    </div>
  )
}
