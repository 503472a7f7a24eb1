import { Alert, App, Col, Row, Spin } from 'antd'
import { Link, useNavigate } from 'react-router'
import { useDb, useUnits } from '../../db/hooks'
import { createSystem } from '../../db/repos/systems'
import type { Unit } from '../../domain/types'
import { systemText } from '../../i18n/system'
import { vi } from '../../i18n/vi'
import { PATHS } from '../../paths'
import { SystemFormCards } from './form/SystemFormCards'
import { UnsavedChangesModal } from './form/UnsavedChangesModal'
import { toFormValues, toSystemFields } from './form/form-values'
import { useSystemFormEditing } from './form/useSystemFormEditing'
import { SystemHeader } from './SystemHeader'

/** `/systems/new`: the form of a new system; saving it opens the new system's page. */
export function NewSystemPage() {
  const units = useUnits()
  if (!units) return <Spin size="large" />
  return <NewSystemForm units={units} />
}

function NewSystemForm({ units }: { units: readonly Unit[] }) {
  const db = useDb()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const editing = useSystemFormEditing(toFormValues(), async (values) => {
    const created = await createSystem(db, toSystemFields(values))
    message.success(systemText.created(created.name))
    return () => navigate(PATHS.system(created.id), { replace: true })
  })

  return (
    <>
      <SystemHeader
        title={systemText.newTitle}
        dirty={editing.dirty}
        saving={editing.saving}
        onSave={() => editing.form.submit()}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 20 }}>
        <Col xs={24} xl={15}>
          <SystemFormCards
            form={editing.form}
            initialValues={toFormValues()}
            units={units}
            onValuesChange={editing.onValuesChange}
            onFinish={editing.onFinish}
          />
        </Col>
        <Col xs={24} xl={9}>
          {units.length === 0 ? (
            <Alert
              type="warning"
              showIcon
              title={systemText.noUnits}
              description={<Link to={PATHS.units}>{vi.nav.units}</Link>}
            />
          ) : (
            <Alert type="info" showIcon title={systemText.newIntro} />
          )}
        </Col>
      </Row>
      <UnsavedChangesModal blocker={editing.blocker} />
    </>
  )
}
