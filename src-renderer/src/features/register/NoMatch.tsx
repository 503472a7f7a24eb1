import { ClearOutlined } from '@ant-design/icons'
import { Button, Empty } from 'antd'
import { registerText } from '../../i18n/register'

/** The filters leave no system: say so, and offer the way back. */
export function NoMatch({ onClear }: { onClear(): void }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.78)' }}>{registerText.empty.noMatch}</div>
          <div>{registerText.empty.noMatchHint}</div>
        </>
      }
    >
      <Button icon={<ClearOutlined />} onClick={onClear}>
        {registerText.filters.clear}
      </Button>
    </Empty>
  )
}
