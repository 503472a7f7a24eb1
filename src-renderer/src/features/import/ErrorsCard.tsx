import { Card, Table, Typography } from 'antd'
import type { CellError } from '../../domain/inventory/types'
import { importText } from '../../i18n/import'

const t = importText.errors

/** Every cell that could not be read, located as in Excel: the same CellError list as the CLI's. */
export function ErrorsCard({ errors }: { errors: readonly CellError[] }) {
  return (
    <Card size="small" title={<Typography.Text type="danger">{t.title(errors.length)}</Typography.Text>}>
      <Typography.Paragraph type="secondary">{t.help}</Typography.Paragraph>
      <Table<CellError>
        data-testid="import-errors"
        size="small"
        rowKey={(e) => `${e.row}:${e.field}:${e.column}`}
        dataSource={errors as CellError[]}
        pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: t.row, dataIndex: 'row', width: 72 },
          { title: t.column, dataIndex: 'column', width: '22%' },
          {
            title: t.value,
            dataIndex: 'value',
            width: '22%',
            render: (value: string) =>
              value === '' ? <Typography.Text type="secondary">{t.emptyCell}</Typography.Text> : value,
          },
          { title: t.message, dataIndex: 'message' },
        ]}
      />
    </Card>
  )
}
