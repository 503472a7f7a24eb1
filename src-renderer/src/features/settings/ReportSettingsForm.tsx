import { App, Button, Card, Col, Form, Input, Row, Typography } from 'antd'
import { useState } from 'react'
import type { ReportSettings } from '../../domain/report/settings'
import { useDb } from '../../db/hooks'
import { saveReportSettings } from '../../db/repos/settings'
import { reportError } from '../../errors/to-user-message'
import { settingsText } from '../../i18n/settings'

/** The form holds each list (recipients, addressees) as one text, one entry per line. */
type ReportSettingsValues = Omit<ReportSettings, 'recipients' | 'addressees'> & {
  recipients: string
  addressees: string
}

interface ReportSettingsFormProps {
  initial: ReportSettings
  onDirtyChange(dirty: boolean): void
}

function toValues(settings: ReportSettings): ReportSettingsValues {
  return {
    ...settings,
    recipients: settings.recipients.join('\n'),
    addressees: settings.addressees.join('\n'),
  }
}

const PHONE = /^[0-9 +().-]*$/u
/** "BC-SKHCN", "UBND-KTTH": letters (Vietnamese too), digits, dashes and slashes. */
const SYMBOL = /^[\p{L}\p{N}\s/-]*$/u

/** Who issues the reports (Decree 30/2020 header and signature) and Mẫu 08's part 2. */
export function ReportSettingsForm({ initial, onDirtyChange }: ReportSettingsFormProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<ReportSettingsValues>()
  const [saving, setSaving] = useState(false)
  const t = settingsText.report

  async function save(values: ReportSettingsValues) {
    setSaving(true)
    try {
      const saved = await saveReportSettings(db, {
        ...values,
        recipients: values.recipients.split('\n'),
        addressees: values.addressees.split('\n'),
      })
      // Show what was stored (trimmed, one space, no empty lines).
      form.setFieldsValue(toValues(saved))
      onDirtyChange(false)
      message.success(t.saved)
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  const text = (name: keyof ReportSettingsValues, label: string, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra}>
      <Input maxLength={300} />
    </Form.Item>
  )

  const phone = (name: keyof ReportSettingsValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ pattern: PHONE, message: t.contactPhoneInvalid }]}>
      <Input maxLength={50} />
    </Form.Item>
  )

  const email = (name: keyof ReportSettingsValues, label: string) => (
    <Form.Item name={name} label={label} rules={[{ type: 'email', message: t.contactEmailInvalid }]}>
      <Input maxLength={200} />
    </Form.Item>
  )

  return (
    <Form<ReportSettingsValues>
      form={form}
      name="report-settings"
      layout="vertical"
      initialValues={toValues(initial)}
      onValuesChange={() => onDirtyChange(true)}
      onFinish={save}
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Card title={t.header} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text('parentBody', t.parentBody, t.parentBodyHelp)}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="issuingBody"
              label={t.issuingBody}
              rules={[{ required: true, whitespace: true, message: t.issuingBodyRequired }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="place"
              label={t.place}
              extra={t.placeHelp}
              rules={[{ required: true, whitespace: true, message: t.placeRequired }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {text('signerName', t.signerName)}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signerTitle" label={t.signerTitle} extra={t.signerTitleHelp}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 3 }} maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="recipients" label={t.recipients} extra={t.recipientsHelp}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t.letter} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="addressees" label={t.addressees} extra={t.addresseesHelp}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="documentSymbol"
              label={t.documentSymbol}
              extra={t.documentSymbolHelp}
              rules={[{ pattern: SYMBOL, message: t.documentSymbolInvalid }]}
            >
              <Input maxLength={50} placeholder="BC-SKHCN" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t.mau08} size="small" style={{ marginBottom: 16 }} data-testid="mau08-part2-settings">
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t.mau08Help}
        </Typography.Paragraph>
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{t.ownerPart}</Typography.Title>
            {text('ownerName', t.ownerName)}
            {text('ownerMandate', t.ownerMandate, t.ownerMandateHelp)}
            {text('ownerRepresentative', t.ownerRepresentative, t.representativeHelp)}
            {text('ownerAddress', t.ownerAddress)}
            <Row gutter={12}>
              <Col xs={24} sm={10}>
                {phone('ownerPhone', t.ownerPhone)}
              </Col>
              <Col xs={24} sm={14}>
                {email('ownerEmail', t.ownerEmail)}
              </Col>
            </Row>
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{t.securityUnitPart}</Typography.Title>
            {text('securityUnitName', t.securityUnitName)}
            {text('securityUnitMandate', t.securityUnitMandate, t.securityUnitMandateHelp)}
            {text('securityUnitRepresentative', t.securityUnitRepresentative, t.representativeHelp)}
            {text('securityUnitAddress', t.securityUnitAddress)}
            <Row gutter={12}>
              <Col xs={24} sm={10}>
                {phone('securityUnitPhone', t.securityUnitPhone)}
              </Col>
              <Col xs={24} sm={14}>
                {email('securityUnitEmail', t.securityUnitEmail)}
              </Col>
            </Row>
          </Col>
        </Row>
      </Card>
      <Card title={t.contact} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t.contactHelp}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            {text('contactPerson', t.contactPerson)}
          </Col>
          <Col xs={24} md={8}>
            {phone('contactPhone', t.contactPhone)}
          </Col>
          <Col xs={24} md={8}>
            {email('contactEmail', t.contactEmail)}
          </Col>
        </Row>
      </Card>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t.save}
      </Button>
    </Form>
  )
}
