import { Flex, Select, Space, Typography } from 'antd'
import type { TextFormat } from '../../excel/import/source-book'
import { SEPARATORS, type Separator } from '../../excel/import/text/delimited'
import { TEXT_ENCODINGS, type TextEncoding } from '../../excel/import/text/encoding'
import { ENCODING_LABEL, SEPARATOR_LABEL } from '../../i18n/file-format'
import { importText } from '../../i18n/import'
import type { TextChoice } from './useImportSession'

interface TextFormatControlsProps {
  /** What the last reading used; null when the file could not be read at all. */
  format: TextFormat | null
  choice: TextChoice
  disabled: boolean
  onChange(choice: TextChoice): void
}

const mark = (chosen: boolean): string =>
  ` (${chosen ? importText.source.chosen : importText.source.detected})`

/**
 * A text file's encoding and separator as read (detected, or chosen), each a select the officer
 * changes when the preview shows garbled letters or columns run together.
 */
export function TextFormatControls({ format, choice, disabled, onChange }: TextFormatControlsProps) {
  const encoding = choice.encoding ?? format?.encoding
  const separator = choice.separator ?? format?.separator
  return (
    <Space orientation="vertical" size={4} data-testid="text-format">
      <Flex gap={16} wrap align="center">
        <label>
          <Typography.Text type="secondary">{importText.source.encoding}: </Typography.Text>
          <Select<TextEncoding>
            aria-label={importText.source.encoding}
            data-testid="text-encoding"
            value={encoding}
            placeholder={importText.source.detected}
            disabled={disabled}
            style={{ minWidth: 300 }}
            popupMatchSelectWidth={false}
            options={TEXT_ENCODINGS.map((e) => ({
              value: e,
              label: ENCODING_LABEL[e] + (e === encoding ? mark(choice.encoding !== undefined) : ''),
            }))}
            onChange={(value) => onChange({ ...choice, encoding: value })}
          />
        </label>
        <label>
          <Typography.Text type="secondary">{importText.source.separator}: </Typography.Text>
          <Select<Separator>
            aria-label={importText.source.separator}
            data-testid="text-separator"
            value={separator}
            placeholder={importText.source.detected}
            disabled={disabled}
            style={{ minWidth: 200 }}
            popupMatchSelectWidth={false}
            options={SEPARATORS.map((s) => ({
              value: s,
              label: SEPARATOR_LABEL[s] + (s === separator ? mark(choice.separator !== undefined) : ''),
            }))}
            onChange={(value) => onChange({ ...choice, separator: value })}
          />
        </label>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {importText.source.textHint}
      </Typography.Text>
    </Space>
  )
}
