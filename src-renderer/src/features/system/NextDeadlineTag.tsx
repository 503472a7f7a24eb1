import { Tag } from 'antd'
import { formatViDate } from '../../domain/calendar-date'
import type { Evaluation } from '../../domain/evaluate'
import { openObligations } from '../../domain/open-obligations'
import { systemText } from '../../i18n/system'
import { vi } from '../../i18n/vi'

/**
 * The summary's "what next" (issue #18): the most pressing obligation the system still owes — the
 * oldest overdue one, else the nearest deadline — and how many more are overdue. Nothing when all
 * is met.
 */
export function NextDeadlineTag({ evaluation }: { evaluation: Evaluation }) {
  const [first, ...rest] = openObligations(evaluation)
  if (!first) return null
  const t = systemText.nextDeadline
  const what = vi.dashboard.todoKind[first.kind]
  const date = formatViDate(first.dueOn)
  const more = rest.filter((o) => o.overdue).length
  const text = first.overdue ? t.overdue(what, date) : first.dueSoon ? t.dueSoon(what, date) : t.next(what, date)
  // 'red' and 'orange' as the register's status tags: antd's 'error' text is 3.2:1 on its tint (WCAG AA needs 4.5:1).
  return (
    <Tag
      color={first.overdue ? 'red' : first.dueSoon ? 'orange' : 'default'}
      data-testid="header-next-deadline"
      style={{ whiteSpace: 'normal' }}
    >
      {more > 0 ? `${text} ${t.moreOverdue(more)}` : text}
    </Tag>
  )
}
