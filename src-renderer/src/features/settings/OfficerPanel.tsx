import { Alert, App, Flex, Form, Typography } from 'antd'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { validateAll } from '../../components/ui/validate-all'
import { officerText as t } from '../../i18n/officer'
import { officerSignature, useOfficer } from '../../stores/officer'
import { OfficerFields, type OfficerValues } from './OfficerFields'

const same = (typed: string | undefined, stored: string) =>
  (typed ?? stored).normalize('NFC').trim() === stored

/**
 * Settings → "Người sử dụng": the officer's name and title that every history entry written from
 * now on carries (db/database.ts stamps it). Clearing the name goes back to "Trên máy này".
 */
export function OfficerPanel() {
  const name = useOfficer((s) => s.name)
  const title = useOfficer((s) => s.title)
  const setOfficer = useOfficer((s) => s.setOfficer)
  const { message } = App.useApp()
  const [form] = Form.useForm<OfficerValues>()
  const typedName = Form.useWatch('name', form)
  const typedTitle = Form.useWatch('title', form)
  const unchanged = same(typedName, name) && same(typedTitle, title)
  const signature = officerSignature(name, title)

  async function save() {
    const values = await validateAll(form)
    if (!values) return
    setOfficer(values.name ?? '', values.title ?? '')
    const { name: n, title: ti } = useOfficer.getState()
    const stored = officerSignature(n, ti)
    void message.success(stored ? t.saved(stored) : t.cleared)
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t.intro}</Typography.Paragraph>
      <Alert
        type={signature ? 'success' : 'info'}
        showIcon
        title={signature ? t.current(signature) : t.none}
        data-testid="officer-status"
      />
      <Form<OfficerValues>
        form={form}
        name="officer"
        layout="vertical"
        initialValues={{ name, title }}
        onFinish={() => void save()}
      >
        <OfficerFields />
        <Typography.Paragraph type="secondary">{t.local}</Typography.Paragraph>
        <ReasonButton type="primary" htmlType="submit" reason={unchanged ? t.saveUnavailable : null}>
          {t.save}
        </ReasonButton>
      </Form>
    </Flex>
  )
}
