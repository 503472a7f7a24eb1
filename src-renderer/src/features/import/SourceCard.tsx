import { FileExcelOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Space, Typography } from 'antd'
import { importText } from '../../i18n/import'

interface SourceCardProps {
  fileName: string
  sheetName: string
  headerRow: number
  rowsRead?: number
  onChooseOther(): void
  disabled: boolean
}

/** Which file, sheet and header row the preview comes from. */
export function SourceCard({
  fileName,
  sheetName,
  headerRow,
  rowsRead,
  onChooseOther,
  disabled,
}: SourceCardProps) {
  return (
    <Card size="small" data-testid="import-source">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Space size={12}>
          <FileExcelOutlined style={{ fontSize: 28, color: '#15803d' }} />
          <div>
            <Typography.Text strong>{fileName}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {importText.source.location(sheetName, headerRow)}
                {rowsRead !== undefined && ` · ${importText.source.rowsRead(rowsRead)}`}
              </Typography.Text>
            </div>
          </div>
        </Space>
        <Button onClick={onChooseOther} disabled={disabled}>
          {importText.chooseOther}
        </Button>
      </Flex>
    </Card>
  )
}
