import { Col, Form, Input, Row, Select } from 'antd'
import { useMemo } from 'react'
import { matchesQuery } from '../../../domain/text'
import { INFORMATION_TYPES, LEVELS, SYSTEM_TYPES, type Unit } from '../../../domain/types'
import { INFORMATION_TYPE_LABEL, LEVEL_LABEL, SYSTEM_TYPE_LABEL } from '../../../domain/vocabulary'
import { approvedLevelText } from '../../../i18n/approved-level'
import { systemText } from '../../../i18n/system'
import { DateField, dateRule } from './DateField'
import { UNKNOWN_LEVEL } from './form-values'

const t = systemText

const LEVEL_OPTIONS = [
  { value: UNKNOWN_LEVEL, label: LEVEL_LABEL(null) },
  ...LEVELS.map((level) => ({ value: level, label: LEVEL_LABEL(level) })),
]
const SYSTEM_TYPE_OPTIONS = SYSTEM_TYPES.map((v) => ({ value: v, label: SYSTEM_TYPE_LABEL[v] }))
const INFORMATION_TYPE_OPTIONS = INFORMATION_TYPES.map((v) => ({
  value: v,
  label: INFORMATION_TYPE_LABEL[v],
}))

interface UnitOption {
  value: string
  label: string
}

interface GeneralFieldsProps {
  units: readonly Unit[]
  /**
   * The approval decision in force ("Quyết định số … ngày …"), when there is one: the level is then
   * the approved level and is not edited here (domain/approved-level.ts).
   */
  approvedBy?: string
}

/** Name, unit, owner, level and what the system is: the "Thông tin chung" of the form. */
export function GeneralFields({ units, approvedBy }: GeneralFieldsProps) {
  const unitOptions: UnitOption[] = useMemo(() => units.map((u) => ({ value: u.id, label: u.name })), [units])

  return (
    <>
      <Form.Item
        name="name"
        label={t.fields.name}
        rules={[{ required: true, whitespace: true, message: t.validation.nameRequired }]}
      >
        <Input placeholder={t.placeholders.name} maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="unitId"
            label={t.fields.unit}
            rules={[{ required: true, message: t.validation.unitRequired }]}
          >
            <Select<string, UnitOption>
              options={unitOptions}
              placeholder={t.placeholders.unit}
              showSearch={{ filterOption: (input, option) => matchesQuery(option?.label ?? '', input) }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="owner" label={t.fields.owner}>
            <Input placeholder={t.placeholders.owner} maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="level"
            label={t.fields.level}
            tooltip={approvedBy ? approvedLevelText.form.locked(approvedBy) : undefined}
            extra={approvedBy ? approvedLevelText.form.lockedShort : undefined}
          >
            <Select options={LEVEL_OPTIONS} disabled={approvedBy !== undefined} data-testid="form-level" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="systemType" label={t.fields.systemType}>
            <Select options={SYSTEM_TYPE_OPTIONS} placeholder={t.placeholders.systemType} allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="commissionedOn"
            label={t.fields.commissionedOn}
            tooltip={t.hints.commissionedOn}
            rules={[dateRule(t.fields.commissionedOn)]}
          >
            <DateField />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="investmentStartedOn"
            label={t.fields.investmentStartedOn}
            tooltip={t.hints.investmentStartedOn}
            rules={[dateRule(t.fields.investmentStartedOn)]}
          >
            <DateField />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="informationTypes" label={t.fields.informationTypes}>
        <Select
          mode="multiple"
          options={INFORMATION_TYPE_OPTIONS}
          placeholder={t.placeholders.informationTypes}
        />
      </Form.Item>
      <Form.Item name="description" label={t.fields.description}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="notes" label={t.fields.notes}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  )
}
