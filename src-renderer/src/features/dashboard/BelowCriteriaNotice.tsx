import { WarningOutlined } from '@ant-design/icons'
import { Alert } from 'antd'
import { useBelowCriteria } from '../../db/hooks'
import { lawText } from '../../i18n/law'
import { LinkButton } from '../register/LinkButton'
import { registerLink } from './links'

/**
 * The systems whose proposed level is below what their saved level-wizard answers call for, as a
 * counter that opens the register filtered to them; nothing when there is none.
 */
export function BelowCriteriaNotice() {
  const below = useBelowCriteria()
  if (!below || below.size === 0) return null
  const f = lawText.flag
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      data-testid="below-criteria-counter"
      title={f.counter(below.size)}
      description={f.tileHint}
      action={
        <LinkButton size="small" to={registerLink({ criteria: ['below'] })}>
          {f.open}
        </LinkButton>
      }
    />
  )
}
