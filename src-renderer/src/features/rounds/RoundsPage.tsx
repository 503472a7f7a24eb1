import { Button, Card, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { useRounds } from '../../db/hooks/useRounds'
import { formatViDate, vietnamDate } from '../../domain/calendar-date'
import type { Round } from '../../domain/rounds/round'
import { roundsText as t } from '../../i18n/rounds'
import { CreateRoundModal } from './CreateRoundModal'
import { RoundDetail } from './RoundDetail'

/** "Đợt thu thập": the rounds on record, a new one from its letter, and the chosen one's recipients. */
export function RoundsPage() {
  const rounds = useRounds()
  const [creating, setCreating] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const today = vietnamDate(new Date())
  // A link may name the round to show (the dashboard's open rounds: `?round=`).
  const [params] = useSearchParams()
  const selected = rounds?.find((r) => r.id === (selectedId ?? params.get('round'))) ?? rounds?.[0]

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="rounds-page">
      <Card
        title={t.title}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
        <Table<Round>
          size="small"
          rowKey="id"
          loading={rounds === undefined}
          dataSource={rounds ?? []}
          pagination={false}
          locale={{ emptyText: t.empty }}
          onRow={(r) => ({ onClick: () => setSelectedId(r.id), style: { cursor: 'pointer' } })}
          rowClassName={(r) => (r.id === selected?.id ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: t.columns.letter,
              render: (_, r) => t.letterLine(r.letterNo, formatViDate(r.letterDate)),
            },
            { title: t.columns.asOf, width: 130, render: (_, r) => formatViDate(r.asOf) },
            { title: t.columns.due, width: 130, render: (_, r) => formatViDate(r.dueOn) },
            {
              title: t.columns.progress,
              width: 120,
              render: (_, r) =>
                t.progress(r.recipients.filter((x) => x.receivedOn !== null).length, r.recipients.length),
            },
            {
              title: t.columns.state,
              width: 180,
              render: (_, r) =>
                r.closedOn === null ? (
                  <Tag color="blue">{t.open}</Tag>
                ) : (
                  <Tag>{t.closedOn(formatViDate(r.closedOn))}</Tag>
                ),
            },
          ]}
        />
      </Card>
      {selected && <RoundDetail round={selected} today={today} />}
      <CreateRoundModal
        open={creating}
        onClose={(id) => {
          setCreating(false)
          if (id) setSelectedId(id)
        }}
      />
    </Space>
  )
}
