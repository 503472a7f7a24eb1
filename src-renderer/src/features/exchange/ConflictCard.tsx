import { Button, Card, Flex, Radio, Space, Table, Tag, Typography } from 'antd'
import { fieldLabel } from '../../db/field-labels'
import type { MergeItem, Resolution } from '../../domain/exchange'
import { exchangeText as t } from '../../i18n/exchange'
import { decidesByField, isDecided, sideOfField, chooseField, type Side } from './conflict-decisions'
import { valueInWords, type HistoryNames } from './merge-names'

interface ConflictCardProps {
  item: MergeItem
  name: string
  senderName: string
  resolution: Resolution | undefined
  names: HistoryNames
  onDecide(resolution: Resolution): void
}

/**
 * One conflict: both offices changed the record since they last met. Each differing field shows
 * both values and the person picks one, or keeps one side whole; a deletion against an edit is
 * kept or accepted whole.
 */
export function ConflictCard({ item, name, senderName, resolution, names, onDecide }: ConflictCardProps) {
  const decided = isDecided(item, resolution)
  const byField = decidesByField(item)
  const localDeleted = item.local?.kind === 'deleted'
  const keep = resolution && 'keep' in resolution ? resolution.keep : undefined
  const title = (
    <Flex gap={8} align="center" wrap>
      <Tag>{t.entity[item.entity]}</Tag>
      <Typography.Text strong>{name}</Typography.Text>
      {decided ? <Tag color="green">{t.decided}</Tag> : <Tag color="red">{t.status.conflict}</Tag>}
    </Flex>
  )
  return (
    <Card size="small" title={title} data-testid="exchange-conflict" data-key={item.key}>
      {byField ? (
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={item.fields}
          columns={[
            { title: t.conflictField, dataIndex: 'field', width: 200, render: (f: string) => fieldLabel(f) },
            ...(['local', 'incoming'] as const).map((side) => ({
              title: side === 'local' ? t.ours : t.theirs(senderName),
              key: side,
              render: (_: unknown, f: MergeItem['fields'][number]) => (
                <Radio
                  checked={sideOfField(resolution, f.field) === side}
                  onChange={() => onDecide(chooseField(item, resolution, f.field, side))}
                  data-testid={`pick-${side}-${f.field}`}
                >
                  {valueInWords(f.field, side === 'local' ? f.local : f.incoming, names)}
                </Radio>
              ),
            })),
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {localDeleted ? `${t.ours}: ${t.deletedRecord}` : `${t.theirs(senderName)}: ${t.deletedRecord}`}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {byField ? (
          <WholeSide keep={keep} onKeep={(side) => onDecide({ keep: side })} />
        ) : (
          <Radio.Group
            value={keep}
            onChange={(e) => onDecide({ keep: e.target.value as Side })}
            options={[
              { value: localDeleted ? 'incoming' : 'local', label: t.keepRecord },
              { value: localDeleted ? 'local' : 'incoming', label: t.acceptDeletion },
            ]}
          />
        )}
      </Space>
    </Card>
  )
}

function WholeSide({ keep, onKeep }: { keep: Side | undefined; onKeep(side: Side): void }) {
  return (
    <>
      <Button size="small" type={keep === 'local' ? 'primary' : 'default'} onClick={() => onKeep('local')}>
        {t.keepOursAll}
      </Button>
      <Button size="small" type={keep === 'incoming' ? 'primary' : 'default'} onClick={() => onKeep('incoming')}>
        {t.keepTheirsAll}
      </Button>
    </>
  )
}
