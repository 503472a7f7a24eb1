import { DeleteOutlined, EditOutlined, MergeCellsOutlined } from '@ant-design/icons'
import { Button, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { memo, useMemo } from 'react'
import { Link } from 'react-router'
import type { Unit } from '../../domain/types'
import { filterToSearchParams } from '../../domain/register-filter'
import { unitsText } from '../../i18n/units'
import { PATHS } from '../../paths'
import type { BlockGroup, UnitRow } from './unit-groups'
import styles from './UnitsPage.module.css'
import { formatCount } from '../../domain/number-format'

type Row = BlockGroup | UnitRow

export interface UnitActions {
  edit(unit: Unit): void
  merge(unit: Unit, systems: number): void
  remove(unit: Unit, systems: number): void
}

interface UnitsTableProps {
  groups: BlockGroup[]
  loading: boolean
  expandedKeys: string[]
  onExpand(key: string, expanded: boolean): void
  emptyText: string
  actions: UnitActions
}

/** The register filtered to one unit: `#/register?unit=<id>`. */
function registerLink(unitId: string) {
  return { pathname: PATHS.register, search: `?${filterToSearchParams({ unitIds: [unitId] }).toString()}` }
}

function NameCell({ row }: { row: Row }) {
  if (row.kind === 'block') {
    return (
      <span className={styles.blockName}>
        <Typography.Text strong>{row.block || unitsText.noBlock}</Typography.Text>
        <Tag className={styles.blockTag}>{unitsText.blockUnits(row.unitCount)}</Tag>
      </span>
    )
  }
  return (
    <span className={styles.unitName}>
      <Link to={registerLink(row.unit.id)} title={unitsText.openRegister(row.unit.name)}>
        {row.unit.name}
      </Link>
      {row.parentName && (
        <Typography.Text type="secondary" className={styles.parent}>
          {unitsText.parentOf(row.parentName)}
        </Typography.Text>
      )}
    </span>
  )
}

function ActionsCell({ row, actions }: { row: UnitRow; actions: UnitActions }) {
  const t = unitsText.actions
  const buttons = [
    { label: t.edit, icon: <EditOutlined />, onClick: () => actions.edit(row.unit), danger: false },
    {
      label: t.merge,
      icon: <MergeCellsOutlined />,
      onClick: () => actions.merge(row.unit, row.systems),
      danger: false,
    },
    {
      label: t.delete,
      icon: <DeleteOutlined />,
      onClick: () => actions.remove(row.unit, row.systems),
      danger: true,
    },
  ]
  return (
    <span className={styles.actions}>
      {buttons.map((b) => (
        // A native title, not antd's Tooltip: three per row, cheap even for thousands of units.
        <Button
          key={b.label}
          type="text"
          size="small"
          title={b.label}
          aria-label={b.label}
          icon={b.icon}
          danger={b.danger}
          onClick={b.onClick}
        />
      ))}
    </span>
  )
}

/** Units as a tree: one row per block (with its totals), its units under it. */
export const UnitsTable = memo(function UnitsTable({
  groups,
  loading,
  expandedKeys,
  onExpand,
  emptyText,
  actions,
}: UnitsTableProps) {
  const columns = useMemo<ColumnsType<Row>>(
    () => [
      { title: unitsText.columns.name, key: 'name', render: (_, row) => <NameCell row={row} /> },
      {
        title: unitsText.columns.systems,
        key: 'systems',
        align: 'right',
        width: 110,
        render: (_, row) =>
          row.kind === 'block' ? (
            <Typography.Text strong data-testid="block-systems">
              {formatCount(row.systemCount)}
            </Typography.Text>
          ) : (
            <span data-testid="unit-systems">{formatCount(row.systems)}</span>
          ),
      },
      {
        title: unitsText.columns.actions,
        key: 'actions',
        align: 'center',
        width: 130,
        render: (_, row) => (row.kind === 'unit' ? <ActionsCell row={row} actions={actions} /> : null),
      },
    ],
    [actions],
  )

  return (
    <Table<Row>
      data-testid="units-table"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={groups}
      rowKey="key"
      pagination={false}
      rowClassName={(row) => (row.kind === 'block' ? styles.blockRow : '')}
      expandable={{
        expandedRowKeys: expandedKeys,
        onExpand: (expanded, row) => onExpand(row.key, expanded),
        expandRowByClick: true,
        indentSize: 0,
      }}
      locale={{ emptyText }}
    />
  )
})
