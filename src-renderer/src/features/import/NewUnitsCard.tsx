import { Card, Checkbox, Typography } from 'antd'
import { importText } from '../../i18n/import'
import type { PreviewNewUnit } from '../../workers/import-client'
import styles from './ImportPage.module.css'

interface NewUnitsCardProps {
  units: readonly PreviewNewUnit[]
  /** Folded names of the units left unticked. */
  excluded: ReadonlySet<string>
  onChange(excluded: ReadonlySet<string>): void
  disabled: boolean
}

const t = importText.units

/** The unit names the register does not know, offered for creation (all ticked at first). */
export function NewUnitsCard({ units, excluded, onChange, disabled }: NewUnitsCardProps) {
  const allChecked = units.every((u) => !excluded.has(u.key))
  const someChecked = units.some((u) => !excluded.has(u.key))
  const toggle = (key: string, checked: boolean): void => {
    const next = new Set(excluded)
    if (checked) next.delete(key)
    else next.add(key)
    onChange(next)
  }
  return (
    <Card
      size="small"
      title={t.title(units.length)}
      data-testid="new-units"
      extra={
        <Checkbox
          checked={allChecked}
          indeterminate={someChecked && !allChecked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked ? new Set() : new Set(units.map((u) => u.key)))}
        >
          {t.selectAll}
        </Checkbox>
      }
    >
      <Typography.Paragraph type="secondary">{t.help}</Typography.Paragraph>
      <div className={styles.unitGrid}>
        {units.map((unit) => (
          <Checkbox
            key={unit.key}
            checked={!excluded.has(unit.key)}
            disabled={disabled}
            onChange={(e) => toggle(unit.key, e.target.checked)}
          >
            {unit.name} <Typography.Text type="secondary">({t.systems(unit.rows)})</Typography.Text>
          </Checkbox>
        ))}
      </div>
    </Card>
  )
}
