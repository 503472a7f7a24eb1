import { App } from 'antd'
import { useEffect } from 'react'
import { useBlocker } from 'react-router'
import { settingsText } from '../../i18n/settings'

/** Asks before leaving the screen while a form has unsaved changes (the data router can block). */
export function useLeaveGuard(dirty: boolean): void {
  const { modal } = App.useApp()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    const t = settingsText.leave
    modal.confirm({
      title: t.title,
      content: t.content,
      okText: t.ok,
      cancelText: t.cancel,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    })
  }, [blocker, modal])
}
