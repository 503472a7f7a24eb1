import { Button, Card, Popconfirm, Progress, Space, Table, Tag, Typography, message } from 'antd'
import { useState } from 'react'
import { getApi } from '../../bridge'
import { useDb } from '../../db/hooks'
import { closeRoundNow, markRequestsSent } from '../../db/repos/rounds'
import { formatViDate, type IsoDate } from '../../domain/calendar-date'
import {
  recipientStatus,
  recipientStatusLabel,
  type RecipientStatus,
  type Round,
  type RoundRecipient,
} from '../../domain/rounds/round'
import { reportError } from '../../errors/to-user-message'
import { roundsText as t } from '../../i18n/rounds'
import { ReceiveReplies } from './ReceiveReplies'
import { buildRequestsZip } from './round-zip'
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
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const statuses = round.recipients.map((r) => recipientStatus(round, r, today))
  const count = (kind: RecipientStatus['kind']) => statuses.filter((s) => s.kind === kind).length

  const makeRequests = async () => {
    setProgress({ done: 0, total: round.recipients.length })
    try {
      const { zip, count: n } = await buildRequestsZip(db, round, (done, total) =>
        setProgress({ done, total }),
      )
      const result = await getApi().saveFile({
        suggestedName: t.zipName(round.letterNo),
        data: zip,
        filters: [{ name: t.zipFilter, extensions: ['zip'] }],
      })
      if (result.status === 'saved') {
        await markRequestsSent(
          db,
          round.id,
          round.recipients.map((r) => r.unitId),
        )
        message.success(t.requestsSaved(n, result.fileName))
      }
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setProgress(null)
    }
  }

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
          {progress && (
            <Progress
              percent={Math.round((100 * progress.done) / Math.max(1, progress.total))}
              size="small"
              style={{ width: 120 }}
            />
          )}
          <Button type="primary" disabled={!open || progress !== null} onClick={() => void makeRequests()}>
            {progress ? t.making(progress.done, progress.total) : t.makeRequests}
          </Button>
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
          { title: t.columns.changes, width: 120, align: 'right', render: (_, r) => r.changes ?? '' },
        ]}
      />
    </Card>
  )
}
