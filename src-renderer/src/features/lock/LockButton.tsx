import { LockOutlined } from '@ant-design/icons'
import { Button, Tooltip } from 'antd'
import { lockText } from '../../i18n/lock'
import { useScreenLock } from '../../stores/screen-lock'

/** "Khóa màn hình" in the header, shown only once a passphrase is set. */
export function LockButton() {
  const enabled = useScreenLock((s) => s.config !== null)
  const lock = useScreenLock((s) => s.lock)
  if (!enabled) return null
  return (
    <Tooltip title={`${lockText.button} (${lockText.shortcut})`}>
      <Button type="text" icon={<LockOutlined />} aria-label={lockText.button} onClick={lock} />
    </Tooltip>
  )
}
