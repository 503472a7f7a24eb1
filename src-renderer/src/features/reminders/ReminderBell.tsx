import { BellOutlined, LoadingOutlined } from '@ant-design/icons'
import { Badge, Button, List, Popover, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { formatViDate } from '../../domain/calendar-date'
import { reminderKey } from '../../domain/reminders'
import { dueSoonReportDeadlines } from '../../domain/report-deadlines'
import { useActiveRuleSet } from '../../db/hooks'
import { reportDeadlineText } from '../../i18n/report-deadlines'
import { reportDeadlineLine } from '../dashboard/ReportDeadlineCard'
import type { TodoItem } from '../../domain/todo'
import { remindersVi } from '../../i18n/reminders'
import { roundProgressText } from '../../i18n/round-progress'
import { vi } from '../../i18n/vi'
import { PATHS } from '../../paths'
import { useRemindersMemory } from '../../stores/reminders'
import { RoundReminderLines, useRoundReminders } from './RoundReminders'
import { useReminders } from './useReminders'
import { useTodayTodo } from './useTodayTodo'

const SHOWN = 8

/** The bell in the header: today's overdue and due-soon items, and the reminders behind them. */
export function ReminderBell() {
  const { today, items } = useTodayTodo()
  const ruleSet = useActiveRuleSet()
  // Report deadlines (Decree 331 Điều 35 khoản 4, or the quarterly one) within the due-soon window.
  const deadlines = useMemo(() => (ruleSet ? dueSoonReportDeadlines(ruleSet, today) : []), [ruleSet, today])
  // Collection rounds near or past their due date with replies missing (issue #17).
  const roundItems = useRoundReminders(today)
  // The same lines go into the desktop notification after the counts.
  const dated = useMemo(
    () => [
      ...deadlines.map(reportDeadlineLine),
      ...roundItems.map((r) => roundProgressText.reminder(r.letterNo, r.daysLeft, r.notReplied)),
    ],
    [deadlines, roundItems],
  )
  const { pending } = useReminders(today, items, dated)
  const seen = useRemindersMemory((s) => s.seenKeys)
  const counts = useMemo(() => {
    const overdue = items?.filter((i) => i.urgency === 'overdue').length ?? 0
    return { overdue, dueSoon: (items?.length ?? 0) - overdue }
  }, [items])
  const seenSet = useMemo(() => new Set(seen), [seen])

  // Until the first digest is made (after the register has painted), say so rather than show counts.
  const content = pending ? (
    <div style={{ width: 380 }} data-testid="reminder-list" aria-busy="true">
      <Typography.Text type="secondary">{remindersVi.pending}</Typography.Text>
    </div>
  ) : (
    <div style={{ width: 380 }} data-testid="reminder-list">
      {deadlines.map((d) => (
        <Typography.Paragraph
          key={`${d.kind}-${d.named}`}
          style={{ marginBottom: 8 }}
          data-testid={`reminder-report-${d.kind}`}
        >
          <Tag color={d.daysLeft <= 7 ? 'red' : 'orange'}>{reportDeadlineText.daysTag(d.daysLeft)}</Tag>
          {reportDeadlineLine(d)}
        </Typography.Paragraph>
      ))}
      <RoundReminderLines items={roundItems} />
      <List<TodoItem>
        size="small"
        dataSource={(items ?? []).slice(0, SHOWN)}
        locale={{ emptyText: remindersVi.empty }}
        renderItem={(item) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={PATHS.system(item.systemId)}>{item.systemName}</Link>}
              description={`${vi.dashboard.todoKind[item.kind]} · ${vi.dashboard.dueOn(formatViDate(item.dueOn))}`}
            />
            <Tag color={item.urgency === 'overdue' ? 'red' : 'orange'}>
              {vi.dashboard.todoUrgency[item.urgency]}
            </Tag>
            {!seenSet.has(reminderKey(item)) && <Tag color="blue">{remindersVi.isNew}</Tag>}
          </List.Item>
        )}
      />
      <Typography.Link>
        <Link to={PATHS.dashboard}>{remindersVi.seeAll}</Link>
      </Typography.Link>
    </div>
  )
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={pending ? remindersVi.bell : remindersVi.popoverTitle(counts.overdue, counts.dueSoon)}
      content={content}
    >
      <Badge
        count={pending ? 0 : counts.overdue + counts.dueSoon + deadlines.length + roundItems.length}
        overflowCount={999}
        size="small"
      >
        <Button
          type="text"
          icon={pending ? <LoadingOutlined /> : <BellOutlined />}
          aria-label={remindersVi.bell}
          aria-busy={pending}
          title={pending ? remindersVi.pending : undefined}
          data-testid="reminder-bell"
        />
      </Badge>
    </Popover>
  )
}
