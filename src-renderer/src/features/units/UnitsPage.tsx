import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Typography } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import type { Unit } from '../../domain/types'
import { useSystemCountsByUnit, useUnits } from '../../db/hooks'
import { unitsText } from '../../i18n/units'
import { MergeUnitModal } from './MergeUnitModal'
import { UnitFormModal } from './UnitFormModal'
import { UnitListModal } from './UnitListModal'
import { UnitsTable, type UnitActions } from './UnitsTable'
import { groupUnitsByBlock } from './unit-groups'
import { useDeleteUnit } from './useDeleteUnit'
import { useUnitListImport } from './useUnitListImport'
import styles from './UnitsPage.module.css'

type Dialog = { kind: 'add' } | { kind: 'edit'; unit: Unit } | { kind: 'merge'; unit: Unit; systems: number }

const NO_UNITS: readonly Unit[] = []

/** The units of the province by block: search, add, edit, merge into another, delete. */
export function UnitsPage() {
  const units = useUnits()
  const counts = useSystemCountsByUnit()
  const [query, setQuery] = useState('')
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const removeUnit = useDeleteUnit()
  const unitList = useUnitListImport()

  const allUnits = units ?? NO_UNITS
  // Rows wait for both answers: a unit shown before its count arrived would read "0 systems".
  const loaded = units !== undefined && counts !== undefined
  const groups = useMemo(
    () => (counts ? groupUnitsByBlock(allUnits, counts, query) : []),
    [allUnits, counts, query],
  )
  const totals = useMemo(() => {
    const all = counts ? groupUnitsByBlock(allUnits, counts, '') : []
    return { blocks: all.length, systems: all.reduce((n, g) => n + g.systemCount, 0) }
  }, [allUnits, counts])
  const expandedKeys = useMemo(
    () => groups.filter((g) => !collapsed.has(g.key)).map((g) => g.key),
    [groups, collapsed],
  )
  // Stable, so opening a dialog does not re-render the table's rows.
  const actions: UnitActions = useMemo(
    () => ({
      edit: (unit) => setDialog({ kind: 'edit', unit }),
      merge: (unit, systems) => setDialog({ kind: 'merge', unit, systems }),
      remove: removeUnit,
    }),
    [removeUnit],
  )
  const toggle = useCallback((key: string, expanded: boolean) => {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (expanded) next.delete(key)
      else next.add(key)
      return next
    })
  }, [])
  function search(value: string) {
    setQuery(value)
    // A search shows every block that has a match, even one collapsed before.
    setCollapsed(new Set())
  }
  const close = () => setDialog(null)

  return (
    <Flex vertical gap={16}>
      <div className={styles.header}>
        <Typography.Title level={3} className={styles.title}>
          {unitsText.title}
        </Typography.Title>
        {loaded && (
          <Typography.Text type="secondary" data-testid="units-summary">
            {unitsText.summary(allUnits.length, totals.blocks, totals.systems)}
          </Typography.Text>
        )}
      </div>
      <div className={styles.toolbar}>
        <Input
          className={styles.search}
          allowClear
          prefix={<SearchOutlined />}
          placeholder={unitsText.searchPlaceholder}
          aria-label={unitsText.searchLabel}
          value={query}
          onChange={(e) => search(e.target.value)}
        />
        <span className={styles.spacer} />
        <Button onClick={() => setCollapsed(new Set())}>{unitsText.expandAll}</Button>
        <Button onClick={() => setCollapsed(new Set(groups.map((g) => g.key)))}>
          {unitsText.collapseAll}
        </Button>
        <Button
          icon={<UploadOutlined />}
          loading={unitList.busy && !unitList.preview}
          onClick={() => void unitList.choose()}
        >
          {unitsText.list.button}
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
          {unitsText.add}
        </Button>
      </div>
      <UnitsTable
        groups={groups}
        loading={!loaded}
        expandedKeys={expandedKeys}
        onExpand={toggle}
        emptyText={!loaded ? '' : query ? unitsText.noMatch : unitsText.empty}
        actions={actions}
      />
      {dialog?.kind === 'add' && <UnitFormModal units={allUnits} onClose={close} />}
      {dialog?.kind === 'edit' && <UnitFormModal unit={dialog.unit} units={allUnits} onClose={close} />}
      {unitList.preview && (
        <UnitListModal
          // A plan made again after a refused import starts its ticks afresh.
          key={JSON.stringify(unitList.preview.plan.blockChanges.map((c) => c.unitId))}
          preview={unitList.preview}
          busy={unitList.busy}
          onApply={(ids) => void unitList.apply(ids)}
          onClose={unitList.close}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeUnitModal
          source={dialog.unit}
          sourceSystems={counts?.get(dialog.unit.id) ?? dialog.systems}
          units={allUnits}
          onClose={close}
        />
      )}
    </Flex>
  )
}
