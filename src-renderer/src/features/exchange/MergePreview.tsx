import { Alert, Card, Col, Descriptions, Flex, Row, Statistic, Table, Tag, Typography } from 'antd'
import { fieldLabel } from '../../db/field-labels'
import {
  officeName,
  type MergeItem,
  type MergePlan,
  type Resolution,
  type Resolutions,
  type Trust,
} from '../../domain/exchange'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { formatCount } from '../../domain/number-format'
import { exchangeText as t } from '../../i18n/exchange'
import { ConflictCard } from './ConflictCard'
import { undecidedCount } from './conflict-decisions'
import { itemName, type HistoryNames } from './merge-names'
import { previewKind, type PreviewKind } from './preview-kind'
import { TrustMark } from './TrustMark'

const STATUSES: readonly PreviewKind[] = [
  'new',
  'updated',
  'merged',
  'deleted',
  'local-newer',
  'conflict',
  'unchanged',
]
const STATUS_COLOR: Record<PreviewKind, string> = {
  new: 'green',
  updated: 'blue',
  merged: 'cyan',
  deleted: 'volcano',
  'local-newer': 'gold',
  conflict: 'red',
  unchanged: 'default',
}

interface MergePreviewProps {
  /** With `trust` when the file's signature was judged (always, from the screen). */
  plan: MergePlan & { trust?: Trust }
  fileName: string
  /** When the sender exported the file, in words. */
  exportedAt: string
  resolutions: Resolutions
  names: HistoryNames
  systemName: (id: string) => string | undefined
  applying: boolean
  onDecide(key: string, resolution: Resolution): void
  onApply(): void
}

function changeSummary(item: MergeItem, plan: MergePlan): string {
  if (item.incoming.kind === 'deleted') {
    const office = officeName(plan, item.incoming.tombstone.office)
    return item.local === null ? t.removalNeverHeld(office) : t.removal(office)
  }
  if (item.status === 'new') return ''
  if (item.status === 'merged') {
    const labels = (side: 'local' | 'incoming') =>
      item.fields
        .filter((f) => f.auto === side)
        .map((f) => fieldLabel(f.field))
        .join(', ')
    return t.mergedSummary(labels('incoming'), labels('local'), incomingOffice(item, plan))
  }
  return item.fields.map((f) => fieldLabel(f.field)).join(', ')
}

/** The office whose change the incoming version is: its origin, or the sender when unnamed. */
function incomingOffice(item: MergeItem, plan: MergePlan): string {
  return officeName(plan, item.incoming.dot.origin) || plan.sender.name
}

/** The preview of "Nhận dữ liệu": who sent what, every record classified, conflicts to decide. */
export function MergePreview(props: MergePreviewProps) {
  const { plan, resolutions, names, systemName } = props
  const count = (kind: PreviewKind) => plan.items.filter((i) => previewKind(i) === kind).length
  const listed = plan.items.filter((i) => i.status !== 'unchanged' && i.status !== 'conflict')
  const conflicts = plan.items.filter((i) => i.status === 'conflict')
  const left = undecidedCount(plan, resolutions)
  // Ours newer is kept as it is: such a file changes no record (a file taken in already, say).
  const nothing = plan.items.every((i) => i.status === 'unchanged' || i.status === 'local-newer')

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'file', label: t.fileName, children: props.fileName },
            {
              key: 'sender',
              label: t.sender,
              children: <b data-testid="exchange-sender">{plan.sender.name}</b>,
            },
            {
              key: 'at',
              label: t.exportedAt,
              children: props.exportedAt,
            },
            { key: 'self', label: t.receiving, children: plan.self.name },
            ...(plan.trust
              ? [
                  {
                    key: 'trust',
                    label: t.signatureLabel,
                    span: 2,
                    children: <TrustMark trust={plan.trust} sender={plan.sender.name} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Row gutter={[12, 12]} data-testid="exchange-counts">
        {STATUSES.map((status) => (
          // Seven equal cards in one row on a 1366-wide screen; the status label is a tag inside the card, never cut.
          <Col key={status} flex="1 1 130px">
            <Card size="small" style={{ height: '100%' }}>
              <Tag color={STATUS_COLOR[status]}>{t.status[status]}</Tag>
              {/* antd groups thousands with a comma; the app writes 1.234 (formatCount). */}
              <Statistic
                value={count(status)}
                formatter={(value) => formatCount(Number(value))}
                data-testid={`count-${status}`}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.statusHelp[status]}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      {nothing && <Alert type="info" showIcon title={t.nothingToDo} data-testid="exchange-nothing" />}
      {listed.length > 0 && (
        <Table
          size="small"
          rowKey="key"
          dataSource={listed}
          pagination={listed.length > 20 ? { pageSize: 20 } : false}
          data-testid="exchange-items"
          columns={[
            {
              title: t.column.kind,
              key: 'status',
              width: 260,
              render: (_: unknown, item: MergeItem) => (
                <Flex gap={4} wrap>
                  <Tag color={STATUS_COLOR[previewKind(item)]}>{t.status[previewKind(item)]}</Tag>
                  <Tag>{t.entity[item.entity]}</Tag>
                </Flex>
              ),
            },
            {
              title: t.column.name,
              key: 'name',
              render: (_: unknown, item: MergeItem) => itemName(item, systemName),
            },
            {
              title: t.column.change,
              key: 'change',
              render: (_: unknown, item: MergeItem) => changeSummary(item, plan),
            },
          ]}
        />
      )}
      {conflicts.length > 0 && (
        <Flex vertical gap={12}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t.conflictsTitle(conflicts.length)}
          </Typography.Title>
          {conflicts.map((item) => (
            <ConflictCard
              key={item.key}
              item={item}
              name={itemName(item, systemName)}
              senderName={plan.sender.name}
              incomingOffice={incomingOffice(item, plan)}
              resolution={resolutions[item.key]}
              names={names}
              onDecide={(resolution) => props.onDecide(item.key, resolution)}
            />
          ))}
        </Flex>
      )}
      <Flex gap={12} align="center" wrap>
        <ReasonButton
          type="primary"
          size="large"
          reason={left > 0 ? t.conflictsLeftReason(left) : null}
          loading={props.applying}
          onClick={props.onApply}
          data-testid="exchange-apply"
        >
          {t.apply}
        </ReasonButton>
        {left > 0 && <Typography.Text type="danger">{t.conflictsLeft(left)}</Typography.Text>}
      </Flex>
    </Flex>
  )
}
