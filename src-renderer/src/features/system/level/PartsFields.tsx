import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Form, Input, Space, Typography } from 'antd'
import { blankAnswers } from '../../../domain/law/level-answers'
import type { LegalRegime } from '../../../domain/law/regime'
import { lawText } from '../../../i18n/law'
import { AnswerFields } from './AnswerFields'

const p = lawText.wizard.parts

/** The component systems of a composite system, each with its own questions. */
export function PartsFields({ regime }: { regime: LegalRegime }) {
  return (
    <section>
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        {lawText.wizard.groups.parts}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{p.help}</Typography.Paragraph>
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                data-testid="wizard-part"
                title={
                  <Form.Item name={[field.name, 'name']} noStyle>
                    <Input
                      aria-label={p.name}
                      placeholder={p.defaultName(index + 1)}
                      maxLength={200}
                      variant="borderless"
                    />
                  </Form.Item>
                }
                extra={
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                    {p.remove}
                  </Button>
                }
              >
                <AnswerFields
                  prefix={[field.name, 'answers']}
                  absolute={['parts', field.name, 'answers']}
                  regime={regime}
                  idPrefix={`wizard-part-${field.key}`}
                />
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: p.defaultName(fields.length + 1), answers: blankAnswers() })}
            >
              {p.add}
            </Button>
          </Space>
        )}
      </Form.List>
    </section>
  )
}
