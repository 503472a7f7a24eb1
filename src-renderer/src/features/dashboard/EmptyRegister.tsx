import { DatabaseOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Typography } from 'antd'
import { useState } from 'react'
import { isRegisterEmpty, type DemoPhase } from '../../db/demo'
import { useDb } from '../../db/hooks'
import { reportError } from '../../errors/to-user-message'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { loadDemoInWorker } from '../../workers/demo-client'

/** The first screen of a new installation: what CapDo is for and how to start. */
export function EmptyRegister() {
  const db = useDb()
  const asOf = useAsOf((s) => s.asOf)
  const { message } = App.useApp()
  const [loading, setLoading] = useState(false)
  const [phase, setPhase] = useState<DemoPhase | null>(null)

  async function load() {
    setLoading(true)
    try {
      // A second click or a second window must not load the demo twice.
      if (!(await isRegisterEmpty(db))) return
      // In a worker: the window keeps drawing while the register is generated and written.
      const result = await loadDemoInWorker(db, { asOf, onPhase: setPhase })
      message.success(vi.empty.loaded(result.systems, result.units))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setLoading(false)
      setPhase(null)
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
          {loading ? (phase ? vi.empty.phase[phase] : vi.empty.loading) : vi.empty.loadDemo}
        </Button>
      </Empty>
    </Card>
  )
}
