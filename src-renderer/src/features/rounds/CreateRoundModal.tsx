import { Button, DatePicker, Form, Input, Modal, Select, Space, Typography, message } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import { useDb, useUnits } from '../../db/hooks'
import { createRound } from '../../db/repos/rounds'
import { vietnamDate } from '../../domain/calendar-date'
import { compareVi } from '../../domain/text'
import { reportError } from '../../errors/to-user-message'
import { roundsText as t } from '../../i18n/rounds'

const DATE_FORMAT = 'DD/MM/YYYY'

interface FormValues {
  letterNo: string
  letterDate: Dayjs
  subject: string
  asOf: Dayjs
  dueOn: Dayjs
  unitIds: string[]
}

/** The letter of a new round and its recipients: all units, whole blocks, or one by one. */
export function CreateRoundModal({ open, onClose }: { open: boolean; onClose: (roundId?: string) => void }) {
  const db = useDb()
  const units = useUnits()
  const [form] = Form.useForm<FormValues>()
  const [saving, setSaving] = useState(false)
  const chosen = Form.useWatch('unitIds', form) ?? []
  const blocks = useMemo(
    () => [...new Set((units ?? []).map((u) => u.block).filter((b) => b !== ''))].sort(compareVi),
    [units],
  )
  const today = dayjs(vietnamDate(new Date()))

  const addBlock = (block: string) => {
    const ids = (units ?? []).filter((u) => u.block === block).map((u) => u.id)
    form.setFieldValue('unitIds', [...new Set([...chosen, ...ids])])
  }

  const submit = async (values: FormValues) => {
    setSaving(true)
    try {
      const byId = new Map((units ?? []).map((u) => [u.id, u]))
      const round = await createRound(db, {
        letterNo: values.letterNo,
        letterDate: values.letterDate.format('YYYY-MM-DD'),
        subject: values.subject ?? '',
        asOf: values.asOf.format('YYYY-MM-DD'),
        dueOn: values.dueOn.format('YYYY-MM-DD'),
        recipients: values.unitIds.map((id) => ({ unitId: id, unitName: byId.get(id)?.name ?? id })),
      })
      message.success(t.created(round.letterNo))
      form.resetFields()
      onClose(round.id)
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  const required = [{ required: true, message: t.form.required }]
  return (
    <Modal
      open={open}
      title={t.form.title}
      okText={t.form.ok}
      cancelText={t.form.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ letterDate: today, asOf: today, dueOn: today.add(14, 'day'), unitIds: [] }}
      >
        <Space.Compact block>
          <Form.Item name="letterNo" label={t.form.letterNo} rules={required} style={{ flex: 2 }}>
            <Input placeholder={t.form.letterNoPlaceholder} maxLength={100} />
          </Form.Item>
          <Form.Item name="letterDate" label={t.form.letterDate} rules={required} style={{ flex: 1 }}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="subject" label={t.form.subject}>
          <Input placeholder={t.form.subjectPlaceholder} maxLength={1000} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="asOf" label={t.form.asOf} rules={required} style={{ flex: 1 }}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="dueOn" label={t.form.dueOn} rules={required} style={{ flex: 1 }}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t.form.recipients} required>
          <Space wrap style={{ marginBottom: 8 }}>
            <Button
              size="small"
              onClick={() =>
                form.setFieldValue(
                  'unitIds',
                  (units ?? []).map((u) => u.id),
                )
              }
            >
              {t.form.allUnits}
            </Button>
            <Select
              size="small"
              style={{ minWidth: 280 }}
              placeholder={t.form.byBlock}
              value={null}
              options={blocks.map((b) => ({ value: b, label: b }))}
              onChange={(b: string) => addBlock(b)}
              data-testid="round-add-block"
            />
            <Button size="small" onClick={() => form.setFieldValue('unitIds', [])}>
              {t.form.clear}
            </Button>
            <Typography.Text type="secondary">{t.form.chosen(chosen.length)}</Typography.Text>
          </Space>
          <Form.Item name="unitIds" noStyle rules={required}>
            <Select
              mode="multiple"
              maxTagCount={6}
              optionFilterProp="label"
              options={(units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              aria-label={t.form.recipients}
            />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  )
}
