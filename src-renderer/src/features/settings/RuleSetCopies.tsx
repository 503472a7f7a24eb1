import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { RuleSet } from '../../domain/rule-set'
import { useDb } from '../../db/hooks'
import { deleteCustomRuleSet } from '../../db/repos/settings'
import { reportError } from '../../errors/to-user-message'
import { settingsText } from '../../i18n/settings'

interface RuleSetCopiesProps {
  copies: readonly RuleSet[]
  activeId: string
  onApply(id: string): void
}

/** The officer's copies: apply one, or delete one that is not in use. */
export function RuleSetCopies({ copies, activeId, onApply }: RuleSetCopiesProps) {
  const db = useDb()
  const { message } = App.useApp()
  const t = settingsText.ruleSet.copies

  async function remove(copy: RuleSet) {
    try {
      await deleteCustomRuleSet(db, copy.id)
      message.success(t.removed(copy.name))
    } catch (error) {
      message.error(reportError(error))
    }
  }

  return (
    <Card title={t.title} size="small">
      <Table<RuleSet>
        size="small"
        showHeader={false}
        pagination={false}
        rowKey="id"
        dataSource={[...copies]}
        columns={[
          {
            key: 'name',
            render: (_, copy) => (
              <>
                <div>{copy.name}</div>
                <Typography.Text type="secondary">{copy.id}</Typography.Text>
              </>
            ),
          },
          {
            key: 'actions',
            align: 'right',
            width: 220,
            render: (_, copy) =>
              copy.id === activeId ? (
                <Tag color="green">{t.inUse}</Tag>
              ) : (
                <Space>
                  <Button size="small" onClick={() => onApply(copy.id)}>
                    {t.apply}
                  </Button>
                  <Popconfirm
                    title={t.removeConfirm(copy.name)}
                    okText={t.remove}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(copy)}
                  >
                    <Button size="small" danger icon={<DeleteOutlined />}>
                      {t.remove}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  )
}
