import { Alert, App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row } from 'antd'
import { useState } from 'react'
import { regimeOf } from '../../domain/law/regime'
import type { RuleSet } from '../../domain/rule-set'
import { cadenceIsProvincial, PROVINCIAL_CADENCE_NOTE } from '../../domain/rule-set-text'
import { LEVELS } from '../../domain/types'
import { useDb } from '../../db/hooks'
import { saveCustomRuleSet } from '../../db/repos/settings'
import { reportError } from '../../errors/to-user-message'
import { settingsText } from '../../i18n/settings'
import {
  CADENCE_MONTHS,
  DUE_SOON_DAYS,
  dateRule,
  fromFormValues,
  toFormValues,
  wholeNumberRule,
  type RuleSetFormValues,
} from './rule-set-form'

interface RuleSetEditorProps {
  /** An officer's own copy (shipped sets are read-only). */
  ruleSet: RuleSet
  onDirtyChange?(dirty: boolean): void
}

const DATE_FORMAT = 'DD/MM/YYYY'

/** Edits a custom rule set's numbers: cadence per level, deadlines and the due-soon window. */
export function RuleSetEditor({ ruleSet, onDirtyChange }: RuleSetEditorProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<RuleSetFormValues>()
  const [dirty, setDirtyState] = useState(false)
  const [saving, setSaving] = useState(false)
  const t = settingsText.editor

  function setDirty(value: boolean) {
    setDirtyState(value)
    onDirtyChange?.(value)
  }

  async function save(values: RuleSetFormValues) {
    setSaving(true)
    try {
      const edited = fromFormValues(ruleSet, values)
      await saveCustomRuleSet(db, edited)
      setDirty(false)
      message.success(t.saved(edited.name))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Form<RuleSetFormValues>
      form={form}
      name="rule-set-form"
      layout="vertical"
      initialValues={toFormValues(ruleSet)}
      onValuesChange={() => setDirty(true)}
      onFinish={save}
    >
      <Form.Item
        name="name"
        label={t.name}
        rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t.cadence} style={{ marginBottom: 0 }}>
        {cadenceIsProvincial(regimeOf(ruleSet)) && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="cadence-provincial"
            title={settingsText.ruleSet.details.cadenceProvincial(PROVINCIAL_CADENCE_NOTE)}
          />
        )}
        <Row gutter={12}>
          {LEVELS.map((level) => (
            <Col key={level} flex="1 1 150px">
              <Form.Item
                name={['cadenceMonths', level]}
                label={t.cadenceLevel(level)}
                rules={[wholeNumberRule(CADENCE_MONTHS, t.cadenceInvalid(level))]}
              >
                <InputNumber suffix={t.months} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="approvalDeadline" label={t.approvalDeadline} rules={[dateRule]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="deploymentDeadline" label={t.deploymentDeadline} rules={[dateRule]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="dueSoonDays"
            label={t.dueSoonDays}
            extra={t.dueSoonHelp}
            rules={[wholeNumberRule(DUE_SOON_DAYS, t.dueSoonInvalid)]}
          >
            <InputNumber suffix={t.days} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t.save}
        </Button>
        <Button
          disabled={!dirty}
          onClick={() => {
            form.resetFields()
            setDirty(false)
          }}
        >
          {t.reset}
        </Button>
      </Flex>
    </Form>
  )
}
