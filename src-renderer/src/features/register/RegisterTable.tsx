import { Table } from 'antd'
import { useMemo, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { EvaluatedSystem } from '../../domain/register'
import { PATHS } from '../../paths'
import { registerText } from '../../i18n/register'
import type { OptionalColumn } from '../../stores/register-columns'
import { columnsWidth, registerColumns, SELECTION_COLUMN_WIDTH } from './columns'
import type { RegisterIndex } from './register-index'
import styles from './RegisterPage.module.css'

interface RegisterTableProps {
  rows: EvaluatedSystem[]
  index: RegisterIndex
  hidden: readonly OptionalColumn[]
  selectedIds: string[]
  onSelectionChange(ids: string[]): void
  /** Height of the scrolling body, in pixels. */
  bodyHeight: number
  empty: ReactNode
}

type RowProps = HTMLAttributes<HTMLElement> & Record<`data-${string}`, string | number>

const rowKey = (r: EvaluatedSystem) => r.system.id

/** Arrow keys move between the rendered rows; the virtual list scrolls the focused one into view. */
function moveFocus(row: HTMLElement, step: 1 | -1): void {
  const next = step === 1 ? row.nextElementSibling : row.previousElementSibling
  if (next instanceof HTMLElement && next.tabIndex >= 0) next.focus()
}

/**
 * The register as a virtual table: only the rows in view are in the DOM, so 20,000 systems
 * scroll as smoothly as 20. Rows are focusable; Enter opens the focused system.
 */
export function RegisterTable(props: RegisterTableProps) {
  const { rows, index, hidden, selectedIds, onSelectionChange, bodyHeight, empty } = props
  const navigate = useNavigate()
  const columns = useMemo(() => registerColumns(index, hidden), [index, hidden])
  const width = columnsWidth(columns)

  const onRow = (record: EvaluatedSystem, i?: number): RowProps => ({
    tabIndex: 0,
    'data-testid': 'register-row',
    'data-row-index': (i ?? 0) + 1,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) return
      if (e.key === 'Enter') navigate(PATHS.system(record.system.id))
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault()
        moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1)
      }
    },
  })

  return (
    <Table<EvaluatedSystem>
      virtual
      size="small"
      className={styles.table}
      data-testid="register-table"
      rowKey={rowKey}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: width, y: bodyHeight }}
      showSorterTooltip={false}
      sortDirections={['ascend', 'descend']}
      onRow={onRow}
      locale={{ emptyText: empty }}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (keys) => onSelectionChange(keys.map(String)),
        preserveSelectedRowKeys: true,
        columnWidth: SELECTION_COLUMN_WIDTH,
        fixed: true,
        // antd labels these checkboxes in English ("Select all", "Select row N") whatever the locale.
        getTitleCheckboxProps: () => ({ 'aria-label': registerText.selection.all }),
        getCheckboxProps: (row) => ({ 'aria-label': registerText.selection.row(row.system.name) }),
      }}
    />
  )
}
