/**
 * Sổ theo dõi HTTT: every system of the register in one virtual table, filtered by the URL's
 * parameters (so the dashboard links here already filtered), with bulk changes on a selection.
 * Folding and collation run once per data change (register-index.ts); a keystroke only filters.
 */
import { ClearOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Spin, Typography, type InputRef } from 'antd'
import { useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { useBelowCriteria, useRegister, useUnits } from '../../db/hooks'
import { EMPTY_FILTER, filterRegister, isFilterEmpty } from '../../domain/register-filter'
import type { SystemRecord, Unit } from '../../domain/types'
import { registerText } from '../../i18n/register'
import { PATHS } from '../../paths'
import { useAsOf } from '../../stores/as-of'
import { useRegisterColumns } from '../../stores/register-columns'
import { useRegisterSelection } from '../../stores/register-selection'
import { BulkActions } from './BulkActions'
import { ColumnPicker } from './ColumnPicker'
import { FilterBar } from './FilterBar'
import { LinkButton } from './LinkButton'
import { NoMatch } from './NoMatch'
import { buildRegisterIndex, type RegisterIndex } from './register-index'
import { RegisterEmpty } from './RegisterEmpty'
import styles from './RegisterPage.module.css'
import { RegisterTable } from './RegisterTable'
import { useFillHeight } from './useFillHeight'
import { useRegisterFilter } from './useRegisterFilter'
import { useSearchShortcut } from './useSearchShortcut'

/** The table header's height and the content area's bottom padding, below the table's body. */
const BELOW_BODY = 41 + 24

export function RegisterPage() {
  const asOf = useAsOf((s) => s.asOf)
  const register = useRegister(asOf)
  const below = useBelowCriteria()
  const units = useUnits()
  const index = useMemo(
    () => (register && below ? buildRegisterIndex(register.rows, below) : undefined),
    [register, below],
  )

  if (!units || !index) return <Spin size="large" />
  if (index.rows.length === 0) {
    return (
      <div className={styles.page}>
        <RegisterHeader />
        <RegisterEmpty />
      </div>
    )
  }
  return <RegisterView index={index} units={units} />
}

function RegisterHeader() {
  return (
    <div className={styles.header}>
      <Typography.Title level={3} className={styles.title}>
        {registerText.title}
      </Typography.Title>
      <LinkButton to={PATHS.newSystem} type="primary" icon={<PlusOutlined />}>
        {registerText.addSystem}
      </LinkButton>
    </div>
  )
}

function RegisterView({ index, units }: { index: RegisterIndex; units: Unit[] }) {
  const [filter, setFilter] = useRegisterFilter()
  const hidden = useRegisterColumns((s) => s.hidden)
  const selectedIds = useRegisterSelection((s) => s.selectedIds)
  const setSelected = useRegisterSelection((s) => s.setSelected)
  const clearSelection = useRegisterSelection((s) => s.clear)

  const searchRef = useRef<InputRef>(null)
  const toolbarRef = useRef<HTMLDivElement>(null)
  const tableRef = useRef<HTMLDivElement>(null)
  useSearchShortcut(searchRef)
  const bodyHeight = useFillHeight(tableRef, toolbarRef, { bottomGap: BELOW_BODY, min: 240 })

  // Typing stays responsive at 20,000 rows: the table catches up with the filter when React is free.
  const deferredFilter = useDeferredValue(filter)
  const visible = useMemo(
    () =>
      filterRegister(index.rows, deferredFilter, index.folded, (r) => index.belowCriteria(r) !== undefined),
    [index, deferredFilter],
  )
  // The rows of this query are on screen: what `npm run bench` times a keystroke against.
  useEffect(() => {
    performance.mark('capdo:register-rows', { detail: { query: deferredFilter.query, rows: visible.length } })
  }, [deferredFilter, visible])
  // Ticked systems that were deleted meanwhile are dropped, so no action can touch them.
  const selected = useMemo(
    () =>
      selectedIds.map((id) => index.byId.get(id)?.system).filter((s): s is SystemRecord => s !== undefined),
    [index, selectedIds],
  )
  const selectedLiveIds = useMemo(() => selected.map((s) => s.id), [selected])

  return (
    <div className={styles.page}>
      <div ref={toolbarRef} className={styles.page}>
        <RegisterHeader />
        <FilterBar
          filter={filter}
          onChange={setFilter}
          units={units}
          blocks={index.blocks}
          searchRef={searchRef}
        />
        <div className={styles.statusRow}>
          <Typography.Text className={styles.count} data-testid="register-count">
            {registerText.countLine(visible.length, index.rows.length)}
          </Typography.Text>
          {!isFilterEmpty(filter) && (
            <Button size="small" type="link" icon={<ClearOutlined />} onClick={() => setFilter(EMPTY_FILTER)}>
              {registerText.filters.clear}
            </Button>
          )}
          {selected.length > 0 && (
            <BulkActions selected={selected} units={units} onClearSelection={clearSelection} />
          )}
          <span style={{ marginLeft: 'auto' }}>
            <ColumnPicker />
          </span>
        </div>
      </div>
      <div ref={tableRef}>
        <RegisterTable
          rows={visible}
          index={index}
          hidden={hidden}
          selectedIds={selectedLiveIds}
          onSelectionChange={setSelected}
          bodyHeight={bodyHeight}
          empty={<NoMatch onClear={() => setFilter(EMPTY_FILTER)} />}
        />
      </div>
    </div>
  )
}
