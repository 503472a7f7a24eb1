import { LockOutlined } from '@ant-design/icons'
import { Alert, Button, Form, Input, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { lockText } from '../../i18n/lock'
import { vi } from '../../i18n/vi'
import { retryDelayMs, verifyPassphrase } from '../../lock/passphrase'
import { useScreenLock } from '../../stores/screen-lock'
import styles from './LockScreen.module.css'
import { useIdleLock } from './useIdleLock'

/**
 * The lock screen: an opaque layer over everything, while the rest of the page is made inert so
 * neither Tab nor a screen reader reaches it. The app stays mounted underneath, so a half-filled
 * form is exactly as it was after unlocking.
 */
export function LockScreen() {
  useIdleLock()
  const locked = useScreenLock((s) => s.locked && s.config !== null)
  if (!locked) return null
  return createPortal(<LockDialog />, document.body)
}

function LockDialog() {
  const config = useScreenLock((s) => s.config)
  const unlock = useScreenLock((s) => s.unlock)
  const root = useRef<HTMLDivElement>(null)
  const [passphrase, setPassphrase] = useState('')
  const [checking, setChecking] = useState(false)
  const [failures, setFailures] = useState(0)
  const [waitUntil, setWaitUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const [wrong, setWrong] = useState(false)

  useEffect(() => {
    const others = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && !el.contains(root.current),
    )
    // Only what this lock made inert is released again.
    const mine = others.filter((el) => !el.hasAttribute('inert'))
    for (const el of mine) el.setAttribute('inert', '')
    return () => mine.forEach((el) => el.removeAttribute('inert'))
  }, [])

  useEffect(() => {
    if (waitUntil <= now) return
    const t = setTimeout(() => setNow(Date.now()), 250)
    return () => clearTimeout(t)
  }, [waitUntil, now])

  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000))

  const submit = async () => {
    if (!config || checking || waitSeconds > 0) return
    setChecking(true)
    const ok = await verifyPassphrase(passphrase, config.passphrase)
    setChecking(false)
    if (ok) {
      unlock()
      return
    }
    const next = failures + 1
    setFailures(next)
    setWrong(true)
    setPassphrase('')
    setNow(Date.now())
    setWaitUntil(Date.now() + retryDelayMs(next))
  }

  return (
    <div ref={root} className={styles.overlay} role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <div className={styles.card}>
        <LockOutlined className={styles.icon} />
        <Typography.Title level={3} id="lock-title" style={{ margin: 0 }}>
          {lockText.screen.title}
        </Typography.Title>
        <Typography.Text type="secondary">{vi.app.title}</Typography.Text>
        <Typography.Paragraph style={{ marginTop: 16 }}>{lockText.screen.help}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void submit()} style={{ width: '100%' }}>
          <Form.Item label={lockText.screen.passphrase} htmlFor="lock-passphrase" style={{ marginBottom: 12 }}>
            <Input.Password
              id="lock-passphrase"
              autoFocus
              autoComplete="current-password"
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.target.value)
                setWrong(false)
              }}
            />
          </Form.Item>
          {wrong && (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginBottom: 12 }}
              title={waitSeconds > 0 ? lockText.screen.wait(waitSeconds) : lockText.screen.wrong}
            />
          )}
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={checking}
            disabled={passphrase === '' || waitSeconds > 0}
          >
            {checking ? lockText.screen.checking : lockText.screen.unlock}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className={styles.forgot}>
          {lockText.screen.forgot}
        </Typography.Paragraph>
      </div>
    </div>
  )
}
