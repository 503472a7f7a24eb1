import { Alert, Flex, Modal, Table, Tabs, Typography } from 'antd'
import { useMemo, useState } from 'react'
import {
  defaultBlockChoices,
  type BlockChange,
  type MatchingUnit,
  type UnitToAdd,
} from '../../domain/unit-list'
import { unitsText } from '../../i18n/units'
import type { UnitListPreview } from './useUnitListImport'

const t = unitsText.list
const PAGE = { pageSize: 6, showSizeChanger: false, hideOnSinglePage: true } as const

interface UnitListModalProps {
  preview: UnitListPreview
  busy: boolean
  onApply(changeBlocks: readonly string[]): void
  onClose(): void
}

const blockText = (block: string) =>
  block === '' ? <Typography.Text type="secondary">{t.noBlock}</Typography.Text> : block

/**
 * The preview of a unit list: the units it adds, the units whose block it would change (each
 * ticked by the officer; a unit without a block comes ticked), the units already as it has them.
 */
export function UnitListModal({ preview, busy, onApply, onClose }: UnitListModalProps) {
  const { plan, list, fileName } = preview
  const [ticked, setTicked] = useState<readonly string[]>(() => defaultBlockChoices(plan))
  // A plan made again (the register changed) may lack units ticked before.
  const chosen = useMemo(
    () => ticked.filter((id) => plan.blockChanges.some((c) => c.unitId === id)),
    [ticked, plan],
  )
  const nothing = plan.add.length === 0 && chosen.length === 0
  const warnings: string[] = []
  if (list.incomplete.length > 0) {
    warnings.push(t.incomplete(list.incomplete.length, list.incomplete.map((r) => r.row).join(', ')))
  }
  if (plan.repeated.length > 0) {
    const rows = plan.repeated.map((r) => t.repeatedRow(r.row, r.firstRow, r.otherBlock)).join(', ')
    warnings.push(t.repeated(plan.repeated.length, rows))
  }

  return (
    <Modal
      open
      width={880}
      title={t.title}
      onCancel={onClose}
      onOk={() => onApply(chosen)}
      okText={t.ok(plan.add.length, chosen.length)}
      okButtonProps={{ disabled: nothing, loading: busy }}
      cancelText={t.cancel}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="unit-list-preview">
        <div>
          <Typography.Text strong data-testid="unit-list-source">
            {t.source(fileName, list.units.length, list.blocks.length)}
          </Typography.Text>{' '}
          {plan.notListed > 0 && (
            <Typography.Text type="secondary">{t.notListed(plan.notListed)}</Typography.Text>
          )}
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t.help}
          </Typography.Paragraph>
        </div>
        {warnings.map((w) => (
          <Alert key={w} type="warning" showIcon title={w} data-testid="unit-list-warning" />
        ))}
        <Tabs
          defaultActiveKey={plan.blockChanges.length > 0 ? 'change' : 'add'}
          items={[
            {
              key: 'add',
              label: t.addTab(plan.add.length),
              children: (
                <Table<UnitToAdd>
                  size="small"
                  data-testid="unit-list-add"
                  rowKey={(u) => u.row}
                  dataSource={plan.add}
                  pagination={PAGE}
                  locale={{ emptyText: t.nothingToAdd }}
                  columns={[
                    { title: t.row, dataIndex: 'row', width: 70 },
                    { title: t.name, dataIndex: 'name' },
                    { title: t.block, dataIndex: 'block', width: '45%' },
                  ]}
                />
              ),
            },
            {
              key: 'change',
              label: t.changeTab(plan.blockChanges.length),
              children: (
                <Flex vertical gap={8}>
                  {plan.blockChanges.length > 0 && (
                    <Typography.Text type="secondary">{t.changeHelp}</Typography.Text>
                  )}
                  <Table<BlockChange>
                    size="small"
                    data-testid="unit-list-changes"
                    rowKey={(c) => c.unitId}
                    dataSource={plan.blockChanges}
                    pagination={PAGE}
                    locale={{ emptyText: t.nothingToChange }}
                    rowSelection={{
                      selectedRowKeys: [...chosen],
                      onChange: (keys) => setTicked(keys.map(String)),
                      columnTitle: undefined,
                      getCheckboxProps: (c) => ({ 'aria-label': `${t.tick}: ${c.name}` }),
                    }}
                    columns={[
                      {
                        title: t.name,
                        key: 'name',
                        render: (_, c) => (
                          <>
                            {c.name}
                            {c.listName !== undefined && (
                              <Typography.Text type="secondary">
                                {' '}
                                ({t.listWrites(c.listName)})
                              </Typography.Text>
                            )}
                          </>
                        ),
                      },
                      { title: t.from, key: 'from', width: '28%', render: (_, c) => blockText(c.from) },
                      { title: t.to, key: 'to', width: '32%', render: (_, c) => c.to },
                    ]}
                  />
                </Flex>
              ),
            },
            {
              key: 'matching',
              label: t.matchingTab(plan.matching.length),
              children: (
                <Table<MatchingUnit>
                  size="small"
                  data-testid="unit-list-matching"
                  rowKey={(u) => u.unitId}
                  dataSource={plan.matching}
                  pagination={PAGE}
                  locale={{ emptyText: t.nothingMatching }}
                  columns={[
                    { title: t.name, dataIndex: 'name' },
                    { title: t.block, dataIndex: 'block', width: '45%' },
                  ]}
                />
              ),
            },
          ]}
        />
      </Flex>
    </Modal>
  )
}
