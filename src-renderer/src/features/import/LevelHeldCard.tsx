import { Card, Table, Typography } from 'antd'
import type { HeldLevel } from '../../domain/inventory/plan-import'
import { LEVEL_LABEL } from '../../domain/vocabulary'
import { approvedLevelText } from '../../i18n/approved-level'

const t = approvedLevelText.import

/** The rows whose level is not imported: each would change an approved level without a new decision. */
export function LevelHeldCard({ rows }: { rows: readonly HeldLevel[] }) {
  return (
    <Card
      size="small"
      data-testid="import-level-held"
      title={<Typography.Text type="warning">{t.title(rows.length)}</Typography.Text>}
    >
      <Typography.Paragraph type="secondary">{t.help}</Typography.Paragraph>
      <Table<HeldLevel>
        size="small"
        rowKey={(r) => r.excelRow}
        dataSource={rows as HeldLevel[]}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: t.row, dataIndex: 'excelRow', width: 72 },
          { title: t.name, dataIndex: 'name', width: '22%' },
          { title: t.kept, key: 'kept', width: 110, render: (_, r) => LEVEL_LABEL(r.level) },
          { title: t.inFile, key: 'file', width: 110, render: (_, r) => LEVEL_LABEL(r.fileLevel) },
          { title: t.reason, dataIndex: 'message' },
        ]}
      />
    </Card>
  )
}
