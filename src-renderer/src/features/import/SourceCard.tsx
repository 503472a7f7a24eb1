import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Space, Typography } from 'antd'
import type { FileFormat } from '../../excel/import/source-book'
import { FORMAT_LABEL } from '../../i18n/file-format'
import { importText } from '../../i18n/import'
import { TextFormatControls } from './TextFormatControls'
import type { TextChoice } from './useImportSession'

interface SourceCardProps {
  fileName: string
  sheetName: string
  headerRow: number
  format: FileFormat
  textChoice: TextChoice
  rowsRead?: number
  onChooseOther(): void
  onTextChoice(choice: TextChoice): void
  disabled: boolean
}

/** Which file, format, sheet and header row the preview comes from; a text file's encoding and separator. */
export function SourceCard({
  fileName,
  sheetName,
  headerRow,
  format,
  textChoice,
  rowsRead,
  onChooseOther,
  onTextChoice,
  disabled,
}: SourceCardProps) {
  const text = format.kind === 'text'
  const Icon = text ? FileTextOutlined : FileExcelOutlined
  return (
    <Card size="small" data-testid="import-source">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Space size={12} align="start">
          <Icon style={{ fontSize: 28, color: '#15803d' }} />
          <Space orientation="vertical" size={6}>
            <div>
              <Typography.Text strong>{fileName}</Typography.Text>
              <Typography.Text type="secondary" data-testid="import-format">
                {' '}
                · {FORMAT_LABEL[format.kind]}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {text
                    ? importText.source.textLocation(headerRow)
                    : importText.source.location(sheetName, headerRow)}
                  {rowsRead !== undefined && ` · ${importText.source.rowsRead(rowsRead)}`}
                </Typography.Text>
              </div>
            </div>
            {text && (
              <TextFormatControls
                format={format}
                choice={textChoice}
                disabled={disabled}
                onChange={onTextChoice}
              />
            )}
          </Space>
        </Space>
        <Button onClick={onChooseOther} disabled={disabled}>
          {importText.chooseOther}
        </Button>
      </Flex>
    </Card>
  )
}
