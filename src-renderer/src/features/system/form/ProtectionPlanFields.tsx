import { Col, Divider, Form, Input, Row, Select } from 'antd'
import { DEPLOYMENT_STATES } from '../../../domain/types'
import { DEPLOYMENT_STATE_LABEL } from '../../../domain/vocabulary'
import { systemText } from '../../../i18n/system'
import { useToday } from '../../reminders/useToday'
import { DateField, dateRule } from './DateField'

const t = systemText

const DEPLOYMENT_OPTIONS = DEPLOYMENT_STATES.map((v) => ({ value: v, label: DEPLOYMENT_STATE_LABEL[v] }))

/**
 * The protection plan (Mẫu 08): deployment state with its date once full, the expected dates for
 * systems not there yet, and the system's security rules (Quy chế: số, ngày, cơ quan). The dates
 * of what was done (deployed, rules issued) may not be after today's real date; the expected ones
 * are plans and may.
 */
export function ProtectionPlanFields() {
  const today = useToday()
  const full = Form.useWatch('deploymentState') === 'full'
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={full ? 14 : 24}>
          <Form.Item name="deploymentState" label={t.fields.deploymentState}>
            <Select options={DEPLOYMENT_OPTIONS} />
          </Form.Item>
        </Col>
        {full && (
          <Col xs={24} md={10}>
            <Form.Item
              name="deployedOn"
              label={t.fields.deployedOn}
              rules={[dateRule(t.fields.deployedOn, today)]}
            >
              <DateField />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="expectedApprovalOn"
            label={t.fields.expectedApprovalOn}
            tooltip={t.hints.expected}
            rules={[dateRule(t.fields.expectedApprovalOn)]}
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="expectedDeploymentOn"
            label={t.fields.expectedDeploymentOn}
            tooltip={t.hints.expected}
            rules={[dateRule(t.fields.expectedDeploymentOn)]}
          >
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t.sections.securityRules}
      </Divider>
      <Row gutter={16}>
        <Col xs={24} md={7}>
          <Form.Item name="securityRulesNo" label={t.fields.securityRulesNo}>
            <Input placeholder={t.placeholders.securityRulesNo} maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item
            name="securityRulesOn"
            label={t.fields.securityRulesOn}
            rules={[dateRule(t.fields.securityRulesOn, today)]}
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="securityRulesIssuer" label={t.fields.securityRulesIssuer}>
            <Input placeholder={t.placeholders.securityRulesIssuer} maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
