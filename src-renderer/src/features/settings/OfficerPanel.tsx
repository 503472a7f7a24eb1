import { Alert, App, Flex, Form, Input, Typography } from 'antd'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { officerText as t } from '../../i18n/officer'
import { OFFICER_MAX_LENGTH, useOfficer } from '../../stores/officer'

interface OfficerFields {
  name: string
}

/**
 * Settings → "Người sử dụng": the officer's name (and title) that every history entry written
 * from now on carries (db/database.ts stamps it). Clearing it goes back to "Trên máy này".
 */
export function OfficerPanel() {
  const name = useOfficer((s) => s.name)
  const setName = useOfficer((s) => s.setName)
  const { message } = App.useApp()
  const [form] = Form.useForm<OfficerFields>()
  const typed: string = Form.useWatch('name', form) ?? name
  const unchanged = typed.normalize('NFC').trim() === name

  function save({ name: next }: OfficerFields) {
    setName(next)
    const stored = useOfficer.getState().name
    void message.success(stored ? t.saved(stored) : t.cleared)
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t.intro}</Typography.Paragraph>
      <Alert
        type={name ? 'success' : 'info'}
        showIcon
        title={name ? t.current(name) : t.none}
        data-testid="officer-status"
      />
      <Form<OfficerFields> form={form} name="officer" layout="vertical" initialValues={{ name }} onFinish={save}>
        <Form.Item
          name="name"
          label={t.label}
          extra={t.local}
          rules={[{ max: OFFICER_MAX_LENGTH, message: t.tooLong(OFFICER_MAX_LENGTH) }]}
        >
          <Input placeholder={t.placeholder} autoComplete="name" />
        </Form.Item>
        <ReasonButton type="primary" htmlType="submit" reason={unchanged ? t.saveUnavailable : null}>
          {t.save}
        </ReasonButton>
      </Form>
    </Flex>
  )
}
