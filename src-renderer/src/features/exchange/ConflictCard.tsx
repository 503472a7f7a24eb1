import { Button, Card, Flex, Radio, Space, Table, Tag, Typography } from 'antd'
import { fieldLabel } from '../../db/field-labels'
import type { MergeItem, Resolution } from '../../domain/exchange'
import { exchangeText as t } from '../../i18n/exchange'
import { sideLabel } from './change-labels'
import {
  decidesByField,
  isDecided,
  openFields,
  sideOfField,
  chooseField,
  type Side,
} from './conflict-decisions'
import { valueInWords, type HistoryNames } from './merge-names'

interface ConflictCardProps {
  item: MergeItem
  name: string
  senderName: string
  /** The office whose change the incoming version is (the sender, or one it passes on). */
  incomingOffice: string
  resolution: Resolution | undefined
  names: HistoryNames
  onDecide(resolution: Resolution): void
}

/**
 * One conflict: both offices changed the record since they last met. Each field both changed shows
 * both values, labelled with who changed it and when, and the person picks one, or one side for
 * all of them; fields only one side changed are listed as taken from it. Without a known common
 * base every differing field is a choice, and the card says why. A deletion against an edit is
 * kept or accepted whole.
 */
export function ConflictCard(props: ConflictCardProps) {
  const { item, name, senderName, incomingOffice, resolution, names, onDecide } = props
  const decided = isDecided(item, resolution)
  const byField = decidesByField(item)
  const taken = item.fields.filter((f) => f.auto)
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
      {byField && item.baseKnown === false && (
        <Typography.Paragraph type="secondary" data-testid="exchange-no-base">
          {t.noBase}
        </Typography.Paragraph>
      )}
      {byField ? (
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={openFields(item)}
          columns={[
            { title: t.conflictField, dataIndex: 'field', width: 200, render: (f: string) => fieldLabel(f) },
            ...(['local', 'incoming'] as const).map((side) => ({
              title: side === 'local' ? t.ours : t.theirs(senderName),
              key: side,
              render: (_: unknown, f: MergeItem['fields'][number]) => {
                const label = sideLabel(item, f, side, incomingOffice)
                return (
                  <Radio
                    checked={sideOfField(resolution, f.field) === side}
                    onChange={() => onDecide(chooseField(item, resolution, f.field, side))}
                    data-testid={`pick-${side}-${f.field}`}
                  >
                    {valueInWords(f.field, side === 'local' ? f.local : f.incoming, names)}
                    {label && (
                      <Typography.Text
                        type="secondary"
                        style={{ display: 'block', fontSize: 12 }}
                        data-testid={`changed-${side}-${f.field}`}
                      >
                        {label}
                      </Typography.Text>
                    )}
                  </Radio>
                )
              },
            })),
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {localDeleted ? `${t.ours}: ${t.deletedRecord}` : `${t.theirs(senderName)}: ${t.deletedRecord}`}
        </Typography.Paragraph>
      )}
      {byField && taken.length > 0 && (
        <Typography.Paragraph style={{ margin: '12px 0 0' }} data-testid="exchange-auto-fields">
          <Typography.Text type="secondary">{t.autoTaken}</Typography.Text>{' '}
          {taken
            .map(
              (f) => `${fieldLabel(f.field)} (${sideLabel(item, f, f.auto as Side, incomingOffice) ?? ''})`,
            )
            .join('; ')}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginTop: 12 }}>
        {byField ? (
          <WholeSide keep={keep} partial={taken.length > 0} onKeep={(side) => onDecide({ keep: side })} />
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

/** One side for every field in conflict; "toàn bộ" only when no field was taken without asking. */
function WholeSide(props: { keep: Side | undefined; partial: boolean; onKeep(side: Side): void }) {
  const { keep, partial, onKeep } = props
  return (
    <>
      <Button size="small" type={keep === 'local' ? 'primary' : 'default'} onClick={() => onKeep('local')}>
        {partial ? t.keepOursConflicting : t.keepOursAll}
      </Button>
      <Button
        size="small"
        type={keep === 'incoming' ? 'primary' : 'default'}
        onClick={() => onKeep('incoming')}
      >
        {partial ? t.keepTheirsConflicting : t.keepTheirsAll}
      </Button>
    </>
  )
}
