import { Card, Flex, Progress, Space, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { useRounds } from '../../db/hooks/useRounds'
import { formatViDate, type IsoDate } from '../../domain/calendar-date'
import { openRoundsProgress, type RoundProgress } from '../../domain/rounds/round-progress'
import type { Round } from '../../domain/rounds/round'
import { roundProgressText as t } from '../../i18n/round-progress'
import { PATHS } from '../../paths'
import { useToday } from '../reminders/useToday'

function RoundLine({ p }: { p: RoundProgress }) {
  return (
    <Flex gap={12} align="center" wrap data-testid={`open-round-${p.roundId}`}>
      <Link to={PATHS.round(p.roundId)} style={{ fontWeight: 600 }}>
        {t.letter(p.letterNo)}
      </Link>
      {/* Past due in bold body text, not antd's 'danger' red, which is below 4.5:1 on white. */}
      <Typography.Text strong={p.daysLeft < 0} type={p.daysLeft < 0 ? undefined : 'secondary'}>
        {t.due(formatViDate(p.dueOn), p.daysLeft)}
      </Typography.Text>
      <Progress
        percent={Math.round((100 * p.received) / Math.max(1, p.recipients))}
        showInfo={false}
        size="small"
        style={{ width: 120, margin: 0 }}
      />
      <Tag color="green">{t.received(p.received, p.recipients)}</Tag>
      <Tag color={p.notReplied > 0 ? 'blue' : 'default'}>{t.notReplied(p.notReplied)}</Tag>
      <Tag color={p.late > 0 ? 'red' : 'default'}>{t.late(p.late)}</Tag>
      {p.notSent > 0 && <Tag color="orange">{t.notSent(p.notSent)}</Tag>}
    </Flex>
  )
}

/** The open rounds' counts; nothing at all while no round is open. */
export function OpenRoundsView({ rounds, today }: { rounds: readonly Round[]; today: IsoDate }) {
  const open = useMemo(() => openRoundsProgress(rounds, today), [rounds, today])
  if (open.length === 0) return null
  return (
    <Card size="small" title={t.title} data-testid="open-rounds-card">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {open.map((p) => (
          <RoundLine key={p.roundId} p={p} />
        ))}
      </Space>
    </Card>
  )
}

/** The dashboard's card of open collection rounds, as of the real today (not "tính đến ngày"). */
export function OpenRoundsCard() {
  const rounds = useRounds()
  const today = useToday()
  return rounds ? <OpenRoundsView rounds={rounds} today={today} /> : null
}
