import { Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { useRounds } from '../../db/hooks/useRounds'
import type { IsoDate } from '../../domain/calendar-date'
import { roundReminders, type RoundReminder } from '../../domain/rounds/round-progress'
import { roundProgressText as t } from '../../i18n/round-progress'
import { PATHS } from '../../paths'

/** The open rounds whose due date is near or past with replies missing, as of `today`. */
export function useRoundReminders(today: IsoDate): RoundReminder[] {
  const rounds = useRounds()
  return useMemo(() => (rounds ? roundReminders(rounds, today) : []), [rounds, today])
}

/** The bell's lines for those rounds, each opening its round. */
export function RoundReminderLines({ items }: { items: readonly RoundReminder[] }) {
  return items.map((r) => (
    <Typography.Paragraph
      key={r.roundId}
      style={{ marginBottom: 8 }}
      data-testid={`reminder-round-${r.roundId}`}
    >
      <Tag color={r.urgency === 'overdue' ? 'red' : 'orange'}>{t.reminderTag[r.urgency]}</Tag>
      <Link to={PATHS.round(r.roundId)}>{t.reminder(r.letterNo, r.daysLeft, r.notReplied)}</Link>
    </Typography.Paragraph>
  ))
}
