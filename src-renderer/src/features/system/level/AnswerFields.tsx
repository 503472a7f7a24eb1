/**
 * The questions of the level wizard for one system (or one component system of a composite one),
 * in plain Vietnamese. A question shows only when it can matter: the secret grade when state
 * secrets are processed, the harm for secret or defence systems, the construction grade for
 * industrial control, the service questions for systems serving citizens and businesses, and each
 * decree's own questions only under it (mức độ of online public services: Decree 85 Điều 8–9
 * khoản 2 điểm a; administrative procedures and the national-security list: Decree 331).
 */
import { Checkbox, Form, InputNumber, Select, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { NamePath } from 'antd/es/form/interface'
import {
  CONSTRUCTION_GRADES,
  HARMS,
  ONLINE_SERVICE_LEVELS,
  SCOPES,
  SECRET_GRADES,
} from '../../../domain/law/level-answers'
import {
  harmLabel,
  ONLINE_SERVICE_LEVEL_LABEL,
  SCOPE_LABEL,
  SECRET_GRADE_LABEL,
} from '../../../domain/law/level-labels'
import type { LegalRegime } from '../../../domain/law/regime'
import {
  INFORMATION_TYPES,
  LEVELS,
  SYSTEM_TYPES,
  type InformationType,
  type SystemType,
} from '../../../domain/types'
import { INFORMATION_TYPE_LABEL, LEVEL_LABEL, SYSTEM_TYPE_LABEL } from '../../../domain/vocabulary'
import { lawText } from '../../../i18n/law'

const q = lawText.wizard.questions
const g = lawText.wizard.groups

const options = <T extends string | number>(values: readonly T[], label: (v: T) => string) =>
  values.map((value) => ({ value, label: label(value) }))

const groupingFormatter = (value: number | string | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, '.')
const groupingParser = (text: string | undefined) => Number((text ?? '').replace(/\D/gu, '') || 0)

interface AnswerFieldsProps {
  /** Where the answers sit in the form, as Form.Item names see it (relative inside a Form.List). */
  prefix: (string | number)[]
  /** The same place from the form's root, for watching values. */
  absolute: (string | number)[]
  regime: LegalRegime
  /** A stable prefix for the ids of this set of questions (root or a part). */
  idPrefix: string
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  )
}

export function AnswerFields({ prefix, absolute, regime, idPrefix }: AnswerFieldsProps) {
  const form = Form.useFormInstance()
  const at = (key: string): NamePath => [...prefix, key]
  const systemType = Form.useWatch<SystemType | undefined>([...absolute, 'systemType'], form)
  const information = Form.useWatch<InformationType[] | undefined>([...absolute, 'information'], form) ?? []
  const defence = Form.useWatch<boolean | undefined>([...absolute, 'defenceOrSecurity'], form) ?? false
  const secret = information.includes('state_secret')
  const servesPublic = systemType === 'public_service'
  const id = (key: string) => `${idPrefix}-${key}`

  const check = (key: string, label: string) => (
    <Form.Item name={at(key)} valuePropName="checked" style={{ marginBottom: 8 }}>
      <Checkbox id={id(key)}>{label}</Checkbox>
    </Form.Item>
  )

  return (
    <>
      <Group title={g.kind}>
        <Form.Item name={at('systemType')} label={q.systemType} htmlFor={id('systemType')}>
          <Select id={id('systemType')} options={options(SYSTEM_TYPES, (t) => SYSTEM_TYPE_LABEL[t])} />
        </Form.Item>
        <Form.Item name={at('information')} label={q.information}>
          <Checkbox.Group options={options(INFORMATION_TYPES, (t) => INFORMATION_TYPE_LABEL[t])} />
        </Form.Item>
        {secret && (
          <Form.Item name={at('secretGrade')} label={q.secretGrade} htmlFor={id('secretGrade')}>
            <Select
              id={id('secretGrade')}
              allowClear
              options={options(SECRET_GRADES, (s) => SECRET_GRADE_LABEL[s])}
            />
          </Form.Item>
        )}
        {systemType === 'industrial_control' && (
          <Form.Item
            name={at('constructionGrade')}
            label={q.constructionGrade}
            htmlFor={id('constructionGrade')}
          >
            <Select
              id={id('constructionGrade')}
              options={options(CONSTRUCTION_GRADES, (c) => lawText.wizard.constructionGrade[c])}
            />
          </Form.Item>
        )}
      </Group>
      <Group title={g.people}>
        <Form.Item
          name={at('basicSubjects')}
          label={q.basicSubjects}
          htmlFor={id('basicSubjects')}
          extra={q.subjectsHelp}
        >
          <InputNumber
            id={id('basicSubjects')}
            min={0}
            step={1000}
            formatter={groupingFormatter}
            parser={groupingParser}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name={at('sensitiveSubjects')}
          label={q.sensitiveSubjects}
          htmlFor={id('sensitiveSubjects')}
        >
          <InputNumber
            id={id('sensitiveSubjects')}
            min={0}
            step={1000}
            formatter={groupingFormatter}
            parser={groupingParser}
            style={{ width: '100%' }}
          />
        </Form.Item>
        {servesPublic && regime === 'ND85' && (
          <Form.Item
            name={at('onlineServiceLevel')}
            label={q.onlineServiceLevel}
            htmlFor={id('onlineServiceLevel')}
            extra={q.onlineServiceLevelHelp}
          >
            <Select
              id={id('onlineServiceLevel')}
              options={options(ONLINE_SERVICE_LEVELS, (l) => ONLINE_SERVICE_LEVEL_LABEL[l])}
            />
          </Form.Item>
        )}
        {servesPublic && regime === 'ND331' && check('administrativeProcedures', q.administrativeProcedures)}
        {servesPublic &&
          check('conditionalBusiness', regime === 'ND85' ? q.conditionalBusinessNd85 : q.conditionalBusiness)}
      </Group>
      <Group title={g.scale}>
        <Form.Item name={at('scope')} label={q.scope} htmlFor={id('scope')}>
          <Select id={id('scope')} options={options(SCOPES, (s) => SCOPE_LABEL[s])} />
        </Form.Item>
        {check('operates247', q.operates247)}
        {check('nationalEgov', q.nationalEgov)}
        {check('nationalCriticalData', q.nationalCriticalData)}
        {check('internationalGateway', q.internationalGateway)}
      </Group>
      <Group title={g.security}>
        {check('defenceOrSecurity', q.defenceOrSecurity)}
        {(secret || defence) && (
          <Form.Item name={at('harm')} label={regime === 'ND85' ? q.harmNd85 : q.harm} htmlFor={id('harm')}>
            <Select id={id('harm')} options={options(HARMS, (h) => harmLabel(h, regime))} />
          </Form.Item>
        )}
        {regime === 'ND331' && check('nationalSecurityImportant', q.nationalSecurityImportant)}
      </Group>
      <Group title={g.decided}>
        <Form.Item
          name={at('decidedLevel')}
          label={regime === 'ND331' ? q.decidedLevelNd331 : q.decidedLevelNd85}
          htmlFor={id('decidedLevel')}
        >
          <Select
            id={id('decidedLevel')}
            options={[
              { value: null, label: q.decidedNone },
              ...(regime === 'ND331' ? LEVELS : ([5] as const)).map((l) => ({
                value: l,
                label: LEVEL_LABEL(l),
              })),
            ]}
          />
        </Form.Item>
      </Group>
    </>
  )
}
