import { App, AutoComplete, Form, Input, Modal, Select } from 'antd'
import { useMemo, useState } from 'react'
import { isDomainError } from '../../domain/errors'
import { matchesQuery } from '../../domain/text'
import type { Unit } from '../../domain/types'
import { useDb } from '../../db/hooks'
import { createUnit, updateUnit } from '../../db/repos/units'
import { reportError } from '../../errors/to-user-message'
import { unitsText } from '../../i18n/units'
import { listBlocks } from './unit-groups'
import { unitSelectOptions, unitSelectSearch } from './unit-options'

interface UnitFormValues {
  name: string
  block?: string
  parentId?: string | null
}

interface UnitFormModalProps {
  /** The unit edited; absent to add a new one. */
  unit?: Unit
  units: readonly Unit[]
  onClose(): void
}

/** Errors the repo raises about one field, shown under that field rather than as a toast. */
const FIELD_OF_ERROR: Readonly<Record<string, keyof UnitFormValues>> = {
  name_required: 'name',
  unit_name_taken: 'name',
  unit_parent_cycle: 'parentId',
  unit_parent_not_found: 'parentId',
}

/** Adds or edits (renames, moves to another block or parent) a unit. */
export function UnitFormModal({ unit, units, onClose }: UnitFormModalProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<UnitFormValues>()
  const [saving, setSaving] = useState(false)
  const t = unitsText.form
  const blockQuery = Form.useWatch('block', form) ?? ''

  const blockOptions = useMemo(() => {
    const blocks = listBlocks(units).filter((b) => matchesQuery(b, blockQuery))
    return blocks.map((b) => ({ value: b, label: b }))
  }, [units, blockQuery])
  const parentOptions = useMemo(
    () => unitSelectOptions(units.filter((u) => u.id !== unit?.id)),
    [units, unit],
  )

  async function save(values: UnitFormValues) {
    setSaving(true)
    try {
      const input = { name: values.name, block: values.block ?? '', parentId: values.parentId ?? null }
      const saved = unit ? await updateUnit(db, unit.id, input) : await createUnit(db, input)
      message.success(unit ? t.saved(saved.name) : t.created(saved.name))
      onClose()
    } catch (error) {
      const field = isDomainError(error) ? FIELD_OF_ERROR[error.code] : undefined
      if (field) form.setFields([{ name: field, errors: [reportError(error)] }])
      else message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open
      title={unit ? t.editTitle : t.addTitle}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ name: unit?.name ?? '', block: unit?.block ?? '', parentId: unit?.parentId ?? null }}
        onFinish={save}
        name="unit-form"
      >
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
        >
          <Input placeholder={t.namePlaceholder} maxLength={300} autoFocus />
        </Form.Item>
        <Form.Item name="block" label={t.block} extra={t.blockHelp}>
          <AutoComplete options={blockOptions} placeholder={t.blockPlaceholder} allowClear />
        </Form.Item>
        <Form.Item name="parentId" label={t.parent}>
          <Select
            allowClear
            showSearch={unitSelectSearch}
            options={parentOptions}
            placeholder={t.parentPlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
