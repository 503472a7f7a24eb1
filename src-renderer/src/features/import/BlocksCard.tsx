import { Button, Card, Flex, Table, Typography } from 'antd'
import type { BlockAssignment } from '../../domain/inventory/unit-blocks'
import { importText } from '../../i18n/import'
import type { PlanPreview } from '../../workers/import-client'
import { WARNING_TEXT } from './DateOrderCard'

const t = importText.blocks

interface BlocksCardProps {
  blocks: readonly BlockAssignment[]
  unitList: PlanPreview['unitList']
  onChooseList(): void
  disabled: boolean
}

function sourceText(b: BlockAssignment, listName: string): string {
  if (b.source === null) return t.noneSource
  switch (b.source.kind) {
    case 'column':
      return t.fromColumn(b.source.row)
    case 'list':
      return t.fromList(listName)
    case 'register':
      return b.source.fileBlock
        ? t.fromRegisterFileSays(b.source.fileBlock.block, b.source.fileBlock.row)
        : t.fromRegister
  }
}

/**
 * The block each unit of the file is in, and where it comes from: the register's own block for a
 * unit that has one (kept), else the file's "Khối" column, or the province's unit list the officer
 * chooses here.
 */
export function BlocksCard({ blocks, unitList, onChooseList, disabled }: BlocksCardProps) {
  const assigned = blocks.filter((b) => b.block !== '').length
  return (
    <Card
      size="small"
      data-testid="import-blocks"
      title={t.title}
      extra={<Typography.Text type="secondary">{t.summary(assigned, blocks.length)}</Typography.Text>}
    >
      <Typography.Paragraph type="secondary">{t.help}</Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Button onClick={onChooseList} disabled={disabled}>
          {unitList ? t.chooseOtherList : t.chooseList}
        </Button>
        {unitList && (
          <Typography.Text data-testid="import-unit-list">
            {t.listLoaded(unitList.fileName, unitList.units, unitList.blocks)}
          </Typography.Text>
        )}
      </Flex>
      <Table<BlockAssignment>
        size="small"
        rowKey={(b) => b.key}
        dataSource={blocks as BlockAssignment[]}
        pagination={blocks.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        columns={[
          {
            title: t.unit,
            key: 'unit',
            render: (_, b) => (
              <>
                {b.unit}{' '}
                <Typography.Text type="secondary">
                  (
                  {b.unitId === undefined
                    ? t.newUnit
                    : b.source?.kind === 'register'
                      ? t.knownUnit(b.registerName)
                      : t.existingUnit}
                  )
                </Typography.Text>
              </>
            ),
          },
          {
            title: t.block,
            key: 'block',
            width: '34%',
            render: (_, b) =>
              b.block === '' ? <Typography.Text style={WARNING_TEXT}>{t.none}</Typography.Text> : b.block,
          },
          {
            title: t.source,
            key: 'source',
            width: '26%',
            render: (_, b) => sourceText(b, unitList?.fileName ?? ''),
          },
        ]}
      />
    </Card>
  )
}
