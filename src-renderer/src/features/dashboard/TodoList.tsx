import { Card, List, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { daysBetween, formatViDate, type IsoDate } from '../../domain/calendar-date'
import type { TodoItem } from '../../domain/todo'
import { vi } from '../../i18n/vi'
import { PATHS } from '../../paths'
import { formatCount } from '../../domain/number-format'

interface TodoListProps {
  items: TodoItem[]
  asOf: IsoDate
}

const t = vi.dashboard

/** The overdue and due-soon obligations, oldest deadline first. */
export function TodoList({ items, asOf }: TodoListProps) {
  return (
    <Card size="small" title={`${t.todo} (${formatCount(items.length)})`} data-testid="todo">
      <List<TodoItem>
        size="small"
        dataSource={items}
        pagination={items.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
        locale={{ emptyText: t.todoEmpty }}
        renderItem={(item) => {
          const days = daysBetween(asOf, item.dueOn)
          return (
            <List.Item>
              <List.Item.Meta
                title={<Link to={PATHS.system(item.systemId)}>{item.systemName}</Link>}
                description={`${item.unitName} · ${t.todoKind[item.kind]}`}
              />
              <div style={{ textAlign: 'right', minWidth: 150, marginLeft: 12 }}>
                <Tag color={item.urgency === 'overdue' ? 'red' : 'orange'}>{t.todoUrgency[item.urgency]}</Tag>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.dueOn(formatViDate(item.dueOn))} · {days < 0 ? t.daysLate(-days) : t.daysLeft(days)}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )
        }}
      />
    </Card>
  )
}
