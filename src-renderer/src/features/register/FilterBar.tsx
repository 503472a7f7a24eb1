import { Select, type InputRef } from 'antd'
import { memo, useCallback, useLayoutEffect, useRef, type Ref } from 'react'
import type { RegisterFilter } from '../../domain/register-filter'
import type { Unit } from '../../domain/types'
import { lawText } from '../../i18n/law'
import { registerText } from '../../i18n/register'
import { DueRangePicker } from './DueRangePicker'
import {
  APPROVAL_OPTIONS,
  ASSESSMENT_OPTIONS,
  blockOptions,
  CRITERIA_OPTIONS,
  DEPLOYMENT_OPTIONS,
  DOSSIER_OPTIONS,
  LEVEL_OPTIONS,
  unitOptions,
  type Option,
} from './filter-options'
import styles from './RegisterPage.module.css'
import { sameExceptQuery } from './same-controls'
import { SearchBox } from './SearchBox'
import { foldedOptionFilter } from './select-search'

interface FilterBarProps {
  filter: RegisterFilter
  onChange(next: RegisterFilter): void
  units: readonly Unit[]
  blocks: readonly string[]
  searchRef?: Ref<InputRef>
}

type ListField = Exclude<keyof RegisterFilter, 'query' | 'dueFrom' | 'dueTo'>

/** Applies a change to the filter as it is when the change is made. Stable across renders. */
type Update = (patch: Partial<RegisterFilter>) => void

const f = registerText.filters

/**
 * Search and one control per filter of the register; every change goes to the URL. A keystroke
 * changes only the query: the selects and the date range are memoised apart from the search box
 * and are not rendered again for it (issue #20: ≈ 6 ms a key at 5,000 systems).
 */
export function FilterBar({ filter, onChange, units, blocks, searchRef }: FilterBarProps) {
  // The filter and callback of the latest render, read when a control changes, so the controls'
  // callbacks never change and the memoised controls see equal props while only the query moves.
  const latest = useRef({ filter, onChange })
  useLayoutEffect(() => {
    latest.current = { filter, onChange }
  }, [filter, onChange])
  const update = useCallback<Update>(
    (patch) => latest.current.onChange({ ...latest.current.filter, ...patch }),
    [],
  )
  const setQuery = useCallback((query: string) => update({ query }), [update])

  return (
    <div className={styles.filters} data-testid="register-filters">
      <div className={styles.filterRow}>
        <SearchBox value={filter.query} onChange={setQuery} inputRef={searchRef} />
        <PlaceControls filter={filter} update={update} units={units} blocks={blocks} />
      </div>
      <div className={styles.filterRow}>
        <StateControls filter={filter} update={update} />
      </div>
    </div>
  )
}

interface ControlsProps {
  filter: RegisterFilter
  update: Update
}

/** Equal when nothing but the query changed (the props other than `filter` are compared as React does). */
function sameControls<P extends ControlsProps>(prev: P, next: P): boolean {
  for (const key of Object.keys(next) as (keyof P)[]) {
    if (key === 'filter') continue
    if (!Object.is(prev[key], next[key])) return false
  }
  return sameExceptQuery(prev.filter, next.filter)
}

/** Unit, block and the window of the next assessment. */
const PlaceControls = memo(function PlaceControls({
  filter,
  update,
  units,
  blocks,
}: ControlsProps & { units: readonly Unit[]; blocks: readonly string[] }) {
  return (
    <>
      <ListFilter
        field="unitIds"
        label={f.unit}
        options={unitOptions(units)}
        searchable
        {...{ filter, update }}
      />
      <ListFilter field="blocks" label={f.block} options={blockOptions(blocks)} {...{ filter, update }} />
      <DueRangePicker
        from={filter.dueFrom}
        to={filter.dueTo}
        onChange={(dueFrom, dueTo) => update({ dueFrom, dueTo })}
      />
    </>
  )
}, sameControls)

/** Level, dossier, approval, deployment, assessment and the level criteria. */
const StateControls = memo(function StateControls({ filter, update }: ControlsProps) {
  const props = { filter, update }
  return (
    <>
      <ListFilter field="levels" label={f.level} options={LEVEL_OPTIONS} {...props} />
      <ListFilter field="dossierStates" label={f.dossier} options={DOSSIER_OPTIONS} {...props} />
      <ListFilter field="approval" label={f.approval} options={APPROVAL_OPTIONS} {...props} />
      <ListFilter field="deployment" label={f.deployment} options={DEPLOYMENT_OPTIONS} {...props} />
      <ListFilter field="assessment" label={f.assessment} options={ASSESSMENT_OPTIONS} {...props} />
      <ListFilter field="criteria" label={lawText.flag.filterLabel} options={CRITERIA_OPTIONS} {...props} />
    </>
  )
}, sameControls)

interface ListFilterProps extends ControlsProps {
  field: ListField
  label: string
  options: Option[]
  searchable?: boolean
}

function ListFilter({ field, label, options, searchable = false, filter, update }: ListFilterProps) {
  const chosen = filter[field]
  return (
    <Select<string[]>
      id={`register-filter-${field}`}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      // When not even one chosen value fits, say how many are chosen rather than "+ 2 ...".
      maxTagPlaceholder={(omitted) =>
        omitted.length === 0
          ? null
          : omitted.length === chosen.length
            ? f.chosen(label, omitted.length)
            : `+${omitted.length}`
      }
      aria-label={label}
      placeholder={label}
      options={options}
      value={chosen}
      onChange={(values) => update({ [field]: values })}
      showSearch={searchable ? { filterOption: foldedOptionFilter } : false}
      notFoundContent={searchable ? f.noUnit : undefined}
      popupMatchSelectWidth={false}
      className={styles.filter}
    />
  )
}
