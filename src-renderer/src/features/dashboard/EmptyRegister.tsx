import { DatabaseOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Typography } from 'antd'
import { useState } from 'react'
import { isRegisterEmpty, loadDemoData } from '../../db/demo'
import { useDb } from '../../db/hooks'
import { reportError } from '../../errors/to-user-message'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'

/** The first screen of a new installation: what CapDo is for and how to start. */
export function EmptyRegister() {
  const db = useDb()
  const asOf = useAsOf((s) => s.asOf)
  const { message } = App.useApp()
  const [loading, setLoading] = useState(false)

  async function load() {
    setLoading(true)
    try {
      // A second click or a second window must not load the demo twice.
      if (!(await isRegisterEmpty(db))) return
      const result = await loadDemoData(db, { asOf })
      message.success(vi.empty.loaded(result.systems, result.units))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setLoading(false)
    }
  }

  return (
    <Card>
      <Empty
        image={<DatabaseOutlined style={{ fontSize: 56, color: '#94a3b8' }} />}
        description={
          <>
            <Typography.Title level={4}>{vi.empty.title}</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
              {vi.empty.description}
            </Typography.Paragraph>
          </>
        }
      >
        <Button type="primary" size="large" loading={loading} onClick={load}>
          {loading ? vi.empty.loading : vi.empty.loadDemo}
        </Button>
      </Empty>
    </Card>
  )
}
