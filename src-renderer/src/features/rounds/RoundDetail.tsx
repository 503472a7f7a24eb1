import { Button, Card, Popconfirm, Space, Table, Tag, Typography, message } from 'antd'
import { useDb } from '../../db/hooks'
import { closeRoundNow } from '../../db/repos/rounds'
import { formatViDate, type IsoDate } from '../../domain/calendar-date'
import { formatCount } from '../../domain/number-format'
import {
  recipientStatus,
  recipientStatusLabel,
  type RecipientStatus,
  type Round,
  type RoundRecipient,
} from '../../domain/rounds/round'
import { reportError } from '../../errors/to-user-message'
import { roundsText as t } from '../../i18n/rounds'
import { MakeRequests } from './MakeRequests'
import { ReceiveReplies } from './ReceiveReplies'
import { ReceivedOtherwiseButton } from './ReceivedOtherwiseButton'
import { RequestsFolderButton } from './RequestsFolderButton'
import { RoundPapers } from './RoundPapers'

const TAG_COLOR: Record<RecipientStatus['kind'], string> = {
  not_sent: 'default',
  sent: 'blue',
  late: 'red',
  received: 'green',
  no_reply: 'volcano',
}

/** One round: its recipients with their status today, "Tạo phiếu" and "Đóng đợt". */
export function RoundDetail({ round, today }: { round: Round; today: IsoDate }) {
  const db = useDb()
  const statuses = round.recipients.map((r) => recipientStatus(round, r, today))
  const count = (kind: RecipientStatus['kind']) => statuses.filter((s) => s.kind === kind).length

  const close = async () => {
    try {
      await closeRoundNow(db, round.id)
      message.success(t.closed)
    } catch (error) {
      message.error(reportError(error))
    }
  }

  const open = round.closedOn === null
  return (
    <Card
      title={t.detailTitle(round.letterNo)}
      data-testid="round-detail"
      extra={
        <Space>
          <MakeRequests round={round} />
          <RequestsFolderButton round={round} />
          <ReceiveReplies round={round} />
          <Popconfirm title={t.closeConfirm} onConfirm={() => void close()} disabled={!open}>
            <Button disabled={!open}>{t.close}</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {round.subject ? `${round.subject} · ` : ''}
        {t.columns.asOf} {formatViDate(round.asOf)} · {t.columns.due} {formatViDate(round.dueOn)} ·{' '}
        {t.summary(count('received'), count('late'), count('sent') + count('not_sent'))}
      </Typography.Paragraph>
      <RoundPapers round={round} today={today} />
      <Table<RoundRecipient & { status: RecipientStatus }>
        size="small"
        rowKey="unitId"
        pagination={{ pageSize: 15, showSizeChanger: false }}
        dataSource={round.recipients.map((r, i) => ({ ...r, status: statuses[i] }))}
        columns={[
          { title: t.columns.unit, dataIndex: 'unitName' },
          {
            title: t.columns.status,
            width: 280,
            render: (_, r) => <Tag color={TAG_COLOR[r.status.kind]}>{recipientStatusLabel(r.status)}</Tag>,
          },
          {
            title: t.columns.changes,
            width: 120,
            align: 'right',
            render: (_, r) => (r.changes === null ? '' : formatCount(r.changes)),
          },
          ...(open
            ? [
                {
                  title: t.otherwise.column,
                  width: 190,
                  render: (_: unknown, r: RoundRecipient) =>
                    r.receivedOn === null ? <ReceivedOtherwiseButton round={round} recipient={r} /> : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  )
}
