import { App, Card, Flex, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { renameOffice } from '../../db/repos/exchange'
import { useDb } from '../../db/hooks'
import { reportError } from '../../errors/to-user-message'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { exchangeText as t } from '../../i18n/exchange'
import { KeysCard } from './KeysCard'
import { useOffice } from './useOffice'

/** Settings: this installation's office name (sent with every "Gửi lên"); its id is shown, fixed. */
export function OfficePanel() {
  const db = useDb()
  const office = useOffice()
  const { message } = App.useApp()
  // What the officer typed, kept apart from the stored name: the identity is read asynchronously,
  // and copying it into the field when it arrives would overwrite text typed before that.
  const [draft, setDraft] = useState<string | null>(null)
  const name = draft ?? office?.name ?? ''
  const [saving, setSaving] = useState(false)

  const save = async () => {
    setSaving(true)
    try {
      await renameOffice(db, name)
      setDraft(null)
      message.success(t.officeSaved)
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Flex vertical gap={20}>
      <Card title={t.officeCard} style={{ maxWidth: 720 }}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t.officeHelp}</Typography.Text>
          <Form layout="vertical" onFinish={() => void save()}>
            <Form.Item label={t.officeName} htmlFor="office-name">
              <Input
                id="office-name"
                value={name}
                onChange={(e) => setDraft(e.target.value)}
                maxLength={200}
                data-testid="office-name"
              />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              {t.officeId}: <Typography.Text code>{office?.id ?? '…'}</Typography.Text>
            </Typography.Paragraph>
            <ReasonButton
              type="primary"
              htmlType="submit"
              loading={saving}
              disabled={!office}
              reason={
                !office
                  ? null
                  : name.trim() === ''
                    ? t.officeNameEmpty
                    : name.trim() === office.name
                      ? t.officeNameUnchanged
                      : null
              }
            >
              {t.officeSave}
            </ReasonButton>
          </Form>
        </Flex>
      </Card>
      <KeysCard />
    </Flex>
  )
}
