import { Form, Input } from 'antd'
import { officerText as t } from '../../i18n/officer'
import { OFFICER_MAX_LENGTH, OFFICER_TITLE_MAX_LENGTH } from '../../stores/officer'

export interface OfficerValues {
  name: string
  title: string
}

/**
 * The name and "Chức vụ" inputs, shared by Settings and the first-start prompt so both check the
 * same things: neither too long, and no title without a name (history writes "Tên (Chức vụ)").
 */
export function OfficerFields({ nameRequired }: { nameRequired?: string }) {
  return (
    <>
      <Form.Item
        name="name"
        label={t.label}
        rules={[
          { max: OFFICER_MAX_LENGTH, message: t.tooLong(OFFICER_MAX_LENGTH) },
          ...(nameRequired ? [{ required: true, whitespace: true, message: nameRequired }] : []),
        ]}
      >
        <Input placeholder={t.placeholder} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="title"
        label={t.titleLabel}
        extra={t.titleExtra}
        dependencies={['name']}
        rules={[
          { max: OFFICER_TITLE_MAX_LENGTH, message: t.tooLong(OFFICER_TITLE_MAX_LENGTH) },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              (value ?? '').trim() !== '' && String(getFieldValue('name') ?? '').trim() === ''
                ? Promise.reject(new Error(t.titleNeedsName))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input placeholder={t.titlePlaceholder} autoComplete="organization-title" />
      </Form.Item>
    </>
  )
}
