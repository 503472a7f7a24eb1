import { Button, Result } from 'antd'
import { useNavigate } from 'react-router'
import { systemText } from '../../i18n/system'
import { PATHS } from '../../paths'

const t = systemText.notFound

/** A link to a system that is not (or no longer) in the register. */
export function SystemNotFound() {
  const navigate = useNavigate()
  return (
    <Result
      status="404"
      title={t.title}
      subTitle={t.description}
      extra={
        <Button type="primary" onClick={() => navigate(PATHS.register)}>
          {t.back}
        </Button>
      }
    />
  )
}
