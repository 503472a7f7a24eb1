import { UserOutlined } from '@ant-design/icons'
import { App, Button, Flex, Form, Typography } from 'antd'
import { validateAll } from '../../components/ui/validate-all'
import { officerText as t } from '../../i18n/officer'
import { officerSignature, useOfficer } from '../../stores/officer'
import { OfficerFields, type OfficerValues } from './OfficerFields'
import styles from './OfficerWelcome.module.css'

/**
 * The officer's name and title, offered once on the first-start screen (issue #18). It sits below
 * the ways to fill the register and blocks none of them; "Bỏ qua" hides it for good, and Settings
 * → "Người sử dụng" changes it later.
 */
export function OfficerWelcome() {
  const prompted = useOfficer((s) => s.prompted)
  const setOfficer = useOfficer((s) => s.setOfficer)
  const skip = useOfficer((s) => s.skipPrompt)
  const { message } = App.useApp()
  const [form] = Form.useForm<OfficerValues>()
  if (prompted) return null

  async function save() {
    const values = await validateAll(form)
    if (!values) return
    setOfficer(values.name, values.title ?? '')
    const { name, title } = useOfficer.getState()
    void message.success(t.saved(officerSignature(name, title)))
  }

  return (
    <section className={styles.welcome} aria-labelledby="officer-welcome-title" data-testid="officer-welcome">
      <Typography.Title level={5} id="officer-welcome-title" style={{ margin: 0 }}>
        <UserOutlined aria-hidden /> {t.welcome.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px' }}>
        {t.welcome.hint}
      </Typography.Paragraph>
      <Form<OfficerValues> form={form} name="officer-welcome" layout="vertical" onFinish={() => void save()}>
        <div className={styles.fields}>
          <OfficerFields nameRequired={t.welcome.nameRequired} />
        </div>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t.welcome.save}
          </Button>
          <Button onClick={skip}>{t.welcome.skip}</Button>
        </Flex>
      </Form>
    </section>
  )
}
