/**
 * Adds a day off (a bridge day the Prime Minister announces) or a làm-bù weekend day to the
 * holiday calendar. The domain decides whether the day can be added; its refusal is shown under
 * the field it is about, so the officer sees what to fix where they typed it.
 */
import { App, Button, Flex, Form, Input, Radio } from 'antd'
import { useState } from 'react'
import { useDb } from '../../db/hooks'
import { saveHolidayChange } from '../../db/repos/settings'
import { formatViDate } from '../../domain/calendar-date'
import { isDomainError } from '../../domain/errors'
import { readHolidayDate } from '../../domain/law/holiday-calendar'
import { reportError } from '../../errors/to-user-message'
import { holidaysText } from '../../i18n/holidays'
import { DateField } from '../system/form/DateField'

const t = holidaysText.form

interface AddFields {
  kind: 'add_day_off' | 'add_workday'
  date: string | null
  name: string
}

export function HolidayAddForm() {
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<AddFields>()
  const [busy, setBusy] = useState(false)
  const kind = Form.useWatch('kind', form)

  const submit = async (values: AddFields) => {
    setBusy(true)
    try {
      await saveHolidayChange(db, { kind: values.kind, date: values.date ?? '', name: values.name ?? '' })
      void message.success(holidaysText.done[values.kind](formatViDate(readHolidayDate(values.date ?? ''))))
      form.setFieldsValue({ date: null, name: '' })
    } catch (error) {
      const text = reportError(error)
      const field = isDomainError(error) && error.code.startsWith('holiday_name') ? 'name' : 'date'
      if (isDomainError(error)) form.setFields([{ name: field, errors: [text] }])
      else void message.error(text)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form<AddFields>
      form={form}
      name="holiday-add"
      layout="vertical"
      initialValues={{ kind: 'add_day_off', date: null, name: '' }}
      onFinish={(values) => void submit(values)}
      data-testid="holiday-add-form"
    >
      <Form.Item name="kind" label={t.kind} extra={kind === 'add_workday' ? t.workdayHelp : undefined}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'add_day_off', label: holidaysText.kind.off },
            { value: 'add_workday', label: holidaysText.kind.workday },
          ]}
        />
      </Form.Item>
      <Flex gap={12} wrap align="start">
        <Form.Item
          name="date"
          label={t.date}
          rules={[{ required: true, message: t.dateRequired }]}
          style={{ width: 260 }}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
          style={{ flex: '1 1 280px' }}
        >
          <Input placeholder={t.namePlaceholder} maxLength={200} />
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t.submit}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  )
}
