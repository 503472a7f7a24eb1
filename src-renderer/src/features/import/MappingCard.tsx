import { Card, Checkbox, Select, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { INVENTORY_COLUMNS, type InventoryColumn, type InventoryField } from '../../domain/inventory/columns'
import type { ColumnMapping, MappingOverrides } from '../../domain/inventory/types'
import { importText } from '../../i18n/import'
import { columnOptionLabel } from './format-change'

interface MappingCardProps {
  columns: readonly string[]
  mapping: readonly ColumnMapping[]
  ignoredColumns: readonly string[]
  overrides: MappingOverrides
  busy: boolean
  onChange(field: InventoryField, columnIndex: number): void
}

const t = importText.mapping

/** Each field of the register and the file column it is read from, editable. */
export function MappingCard({
  columns,
  mapping,
  ignoredColumns,
  overrides,
  busy,
  onChange,
}: MappingCardProps) {
  const [showAll, setShowAll] = useState(false)
  const columnOf = useMemo(() => new Map(mapping.map((m) => [m.field, m.columnIndex])), [mapping])
  const labelOfColumn = useMemo(() => {
    const byIndex = new Map<number, string>()
    for (const m of mapping) {
      const column = INVENTORY_COLUMNS.find((c) => c.field === m.field)
      if (column) byIndex.set(m.columnIndex, column.header)
    }
    return byIndex
  }, [mapping])
  const options = useMemo(
    () => [
      { value: -1, label: t.none },
      ...columns.flatMap((header, index) =>
        header === '' ? [] : [{ value: index, label: columnOptionLabel(index, header) }],
      ),
    ],
    [columns],
  )
  const rows = INVENTORY_COLUMNS.filter(
    (c) => showAll || c.required || columnOf.has(c.field) || overrides[c.field] !== undefined,
  )

  return (
    <Card
      size="small"
      title={t.title}
      data-testid="mapping-card"
      extra={
        <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)}>
          {t.showAll(INVENTORY_COLUMNS.length)}
        </Checkbox>
      }
    >
      <Typography.Paragraph type="secondary">{t.help}</Typography.Paragraph>
      <Table<InventoryColumn>
        data-testid="mapping-table"
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t.field,
            key: 'field',
            width: '45%',
            render: (_, column) => (
              <>
                {column.header}
                {column.required && (
                  <Typography.Text type="danger" style={{ marginLeft: 6 }}>
                    * <small>{t.required}</small>
                  </Typography.Text>
                )}
                {overrides[column.field] !== undefined && (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    {t.overridden}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t.column,
            key: 'column',
            render: (_, column) => {
              const value = columnOf.get(column.field) ?? -1
              return (
                <Select
                  aria-label={t.selectLabel(column.header)}
                  style={{ width: '100%' }}
                  showSearch={{ optionFilterProp: 'label' }}
                  status={column.required && value < 0 ? 'error' : undefined}
                  value={value}
                  disabled={busy}
                  onChange={(index: number) => onChange(column.field, index)}
                  options={options.map((o) => ({
                    ...o,
                    // Say which field a column already feeds: choosing it moves it here.
                    label:
                      o.value >= 0 && o.value !== value && labelOfColumn.has(o.value)
                        ? `${o.label} (${labelOfColumn.get(o.value)})`
                        : o.label,
                  }))}
                />
              )
            },
          },
        ]}
      />
      <div style={{ marginTop: 12 }} data-testid="ignored-columns">
        {ignoredColumns.length === 0 ? (
          <Typography.Text type="secondary">{t.noIgnored}</Typography.Text>
        ) : (
          <>
            <Typography.Text type="secondary" style={{ marginRight: 8 }}>
              {t.ignored}
            </Typography.Text>
            {ignoredColumns.map((header, i) => (
              <Tag key={`${header}-${i}`}>{header}</Tag>
            ))}
          </>
        )}
      </div>
    </Card>
  )
}
