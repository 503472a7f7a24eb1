import { Card, Form, Space, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import type { Unit } from '../../../domain/types'
import { systemText } from '../../../i18n/system'
import { GeneralFields } from './GeneralFields'
import { ProtectionPlanFields } from './ProtectionPlanFields'
import type { SystemFormValues } from './form-values'

interface SystemFormCardsProps {
  form: FormInstance<SystemFormValues>
  initialValues: SystemFormValues
  units: readonly Unit[]
  onValuesChange: () => void
  onFinish: () => void
  /** Shown at the top of the protection-plan card (its deadline status, for a saved system). */
  planStatus?: ReactNode
  /** The approval decision in force, which locks the level (GeneralFields). */
  approvedBy?: string
}

/** The editable record of a system, in two cards: general information and the protection plan. */
export function SystemFormCards({
  form,
  initialValues,
  units,
  onValuesChange,
  onFinish,
  planStatus,
  approvedBy,
}: SystemFormCardsProps) {
  return (
    <Form<SystemFormValues>
      form={form}
      name="system"
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      // Every error shows beside its field at once; the first one gets the focus (issue #18).
      scrollToFirstError={{ focus: true, block: 'center' }}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={systemText.sections.general}>
          <GeneralFields units={units} approvedBy={approvedBy} />
        </Card>
        <Card title={systemText.sections.plan}>
          {planStatus && <div style={{ marginBottom: 16 }}>{planStatus}</div>}
          <ProtectionPlanFields />
        </Card>
      </Space>
    </Form>
  )
}
