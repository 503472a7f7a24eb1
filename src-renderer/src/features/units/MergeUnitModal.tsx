import { Alert, App, Form, Modal, Select } from 'antd'
import { useMemo, useState } from 'react'
import type { Unit } from '../../domain/types'
import { useDb } from '../../db/hooks'
import { mergeUnits } from '../../db/repos/unit-merge'
import { reportError } from '../../errors/to-user-message'
import { unitsText } from '../../i18n/units'
import { unitSelectOptions, unitSelectSearch } from './unit-options'

interface MergeUnitModalProps {
  source: Unit
  /** How many systems the source holds now (live count). */
  sourceSystems: number
  units: readonly Unit[]
  onClose(): void
}

interface MergeValues {
  targetId: string
}

/** "Gộp vào đơn vị khác…": the source's systems move to the chosen unit, then the source is deleted. */
export function MergeUnitModal({ source, sourceSystems, units, onClose }: MergeUnitModalProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<MergeValues>()
  const [saving, setSaving] = useState(false)
  const t = unitsText.merge
  const options = useMemo(() => unitSelectOptions(units.filter((u) => u.id !== source.id)), [units, source])

  async function merge({ targetId }: MergeValues) {
    setSaving(true)
    try {
      const result = await mergeUnits(db, source.id, targetId)
      message.success(t.done(source.name, result.target.name, result.movedSystems))
      onClose()
    } catch (error) {
      form.setFields([{ name: 'targetId', errors: [reportError(error)] }])
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={t.title(source.name)}
      okText={t.ok}
      cancelText={unitsText.form.cancel}
      okButtonProps={{ danger: true }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Alert
        type="warning"
        showIcon
        title={t.explain(source.name, sourceSystems)}
        style={{ marginBottom: 16 }}
      />
      <Form<MergeValues> form={form} layout="vertical" onFinish={merge} name="merge-unit-form">
        <Form.Item name="targetId" label={t.target} rules={[{ required: true, message: t.targetRequired }]}>
          <Select showSearch={unitSelectSearch} options={options} placeholder={t.targetPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
