import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useMemo } from 'react'
import { compareVi } from '../../domain/text'
import type { Unit } from '../../domain/types'
import { useSystemCountsByUnit, useUnits } from '../../db/hooks'
import { vi } from '../../i18n/vi'

interface UnitRow {
  key: string
  name: string
  block: string
  systems: number
}

const columns: ColumnsType<UnitRow> = [
  { title: vi.units.name, dataIndex: 'name', key: 'name', sorter: (a, b) => compareVi(a.name, b.name) },
  {
    title: vi.units.block,
    dataIndex: 'block',
    key: 'block',
    sorter: (a, b) => compareVi(a.block, b.block) || compareVi(a.name, b.name),
  },
  {
    title: vi.units.systems,
    dataIndex: 'systems',
    key: 'systems',
    align: 'right',
    sorter: (a, b) => a.systems - b.systems,
  },
]

/** The units of the province by block (read only here; editing comes with the register screens). */
export function UnitsPage() {
  const units = useUnits()
  const counts = useSystemCountsByUnit()
  const rows = useMemo(
    () =>
      (units ?? [])
        .map((u: Unit) => ({ key: u.id, name: u.name, block: u.block, systems: counts?.get(u.id) ?? 0 }))
        .sort((a, b) => compareVi(a.block, b.block) || compareVi(a.name, b.name)),
    [units, counts],
  )
  return (
    <>
      <Typography.Title level={3}>{vi.units.title}</Typography.Title>
      <Table<UnitRow>
        data-testid="units-table"
        size="small"
        loading={!units}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 100, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: vi.units.empty }}
      />
    </>
  )
}
