import { Select, type InputRef } from 'antd'
import type { Ref } from 'react'
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

const f = registerText.filters

/** Search and one control per filter of the register; every change goes to the URL. */
export function FilterBar({ filter, onChange, units, blocks, searchRef }: FilterBarProps) {
  const multi = (field: ListField, label: string, options: Option[], searchable = false) => (
    <Select<string[]>
      id={`register-filter-${field}`}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      // When not even one chosen value fits, say how many are chosen rather than "+ 2 ...".
      maxTagPlaceholder={(omitted) =>
        omitted.length === 0
          ? null
          : omitted.length === filter[field].length
            ? f.chosen(label, omitted.length)
            : `+${omitted.length}`
      }
      aria-label={label}
      placeholder={label}
      options={options}
      value={filter[field]}
      onChange={(values) => onChange({ ...filter, [field]: values })}
      showSearch={searchable ? { filterOption: foldedOptionFilter } : false}
      notFoundContent={searchable ? f.noUnit : undefined}
      popupMatchSelectWidth={false}
      className={styles.filter}
    />
  )

  return (
    <div className={styles.filters} data-testid="register-filters">
      <div className={styles.filterRow}>
        <SearchBox
          value={filter.query}
          onChange={(query) => onChange({ ...filter, query })}
          inputRef={searchRef}
        />
        {multi('unitIds', f.unit, unitOptions(units), true)}
        {multi('blocks', f.block, blockOptions(blocks))}
        <DueRangePicker
          from={filter.dueFrom}
          to={filter.dueTo}
          onChange={(dueFrom, dueTo) => onChange({ ...filter, dueFrom, dueTo })}
        />
      </div>
      <div className={styles.filterRow}>
        {multi('levels', f.level, LEVEL_OPTIONS)}
        {multi('dossierStates', f.dossier, DOSSIER_OPTIONS)}
        {multi('approval', f.approval, APPROVAL_OPTIONS)}
        {multi('deployment', f.deployment, DEPLOYMENT_OPTIONS)}
        {multi('assessment', f.assessment, ASSESSMENT_OPTIONS)}
        {multi('criteria', lawText.flag.filterLabel, CRITERIA_OPTIONS)}
      </div>
    </div>
  )
}
