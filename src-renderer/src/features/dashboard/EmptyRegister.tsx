import { DatabaseOutlined, ExperimentOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { isRegisterEmpty, type DemoPhase } from '../../db/demo'
import { useDb } from '../../db/hooks'
import { reportError } from '../../errors/to-user-message'
import { vi } from '../../i18n/vi'
import { PATHS } from '../../paths'
import { useAsOf } from '../../stores/as-of'
import { OfficerWelcome } from '../settings/OfficerWelcome'
import { loadDemoInWorker } from '../../workers/demo-client'
import styles from './EmptyRegister.module.css'

/**
 * The first screen of a new installation. An officer usually arrives with a spreadsheet, so the
 * import comes first, typing a system by hand second and the sample data last; each says in one
 * line what it does. Below them, once, the officer may give a name and title for the history.
 */
export function EmptyRegister() {
  const db = useDb()
  const navigate = useNavigate()
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
        image={<DatabaseOutlined style={{ fontSize: 56, color: '#64748b' }} />}
        description={
          <>
            <Typography.Title level={4}>{vi.empty.title}</Typography.Title>
            <Typography.Paragraph type="secondary">{vi.empty.description}</Typography.Paragraph>
          </>
        }
      >
        <ol className={styles.choices}>
          <Choice hint={vi.empty.importHint}>
            <Button type="primary" size="large" icon={<UploadOutlined />} onClick={() => navigate(PATHS.import)}>
              {vi.empty.importExcel}
            </Button>
          </Choice>
          <Choice hint={vi.empty.addHint}>
            <Button size="large" icon={<PlusOutlined />} onClick={() => navigate(PATHS.newSystem)}>
              {vi.empty.addSystem}
            </Button>
          </Choice>
          <Choice hint={vi.empty.demoHint}>
            <Button size="large" icon={<ExperimentOutlined />} loading={loading} onClick={load}>
              {loading ? (phase ? vi.empty.phase[phase] : vi.empty.loading) : vi.empty.loadDemo}
            </Button>
          </Choice>
        </ol>
        <OfficerWelcome />
      </Empty>
    </Card>
  )
}

function Choice({ hint, children }: { hint: string; children: ReactNode }) {
  return (
    <li className={styles.choice}>
      {children}
      <Typography.Text type="secondary" className={styles.hint}>
        {hint}
      </Typography.Text>
    </li>
  )
}
