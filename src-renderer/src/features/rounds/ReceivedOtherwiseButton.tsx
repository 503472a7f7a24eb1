import { Button, DatePicker, Form, Modal, Radio, Typography, message } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useDb } from '../../db/hooks'
import { recordReplyReceived } from '../../db/repos/rounds'
import { vietnamDate } from '../../domain/calendar-date'
import type { ReceivedOtherwise, Round, RoundRecipient } from '../../domain/rounds/round'
import { reportError } from '../../errors/to-user-message'
import { roundsText } from '../../i18n/rounds'

const t = roundsText.otherwise
const HOWS: ReceivedOtherwise[] = ['exchange', 'letter', 'other']

interface Values {
  on: Dayjs
  how: ReceivedOtherwise
}

/**
 * "Đã nhận cách khác…" on a recipient without a reply: a unit that reported by its "Gửi lên" file,
 * a paper letter or an e-mail is recorded as received on its date (db/repos/rounds.ts), so the
 * tracker and the chase-up list stop counting it as missing.
 */
export function ReceivedOtherwiseButton({ round, recipient }: { round: Round; recipient: RoundRecipient }) {
  const db = useDb()
  const [open, setOpen] = useState(false)
  const [saving, setSaving] = useState(false)
  const [form] = Form.useForm<Values>()
  const today = dayjs(vietnamDate(new Date()))

  const submit = async (values: Values) => {
    setSaving(true)
    try {
      await recordReplyReceived(db, round.id, recipient.unitId, values.on.format('YYYY-MM-DD'), values.how)
      message.success(t.done(recipient.unitName))
      setOpen(false)
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)}>
        {t.button}
      </Button>
      <Modal
        open={open}
        title={t.title(recipient.unitName)}
        okText={t.ok}
        cancelText={t.cancel}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ on: today, how: 'exchange' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="on" label={t.on} rules={[{ required: true, message: t.required }]}>
            <DatePicker
              format="DD/MM/YYYY"
              disabledDate={(d) => d.isAfter(today, 'day') || d.isBefore(dayjs(round.letterDate), 'day')}
            />
          </Form.Item>
          <Form.Item name="how" label={t.how}>
            <Radio.Group
              options={HOWS.map((how) => ({ value: how, label: t.hows[how] }))}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
