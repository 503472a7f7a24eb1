import { Card } from 'antd'
import styles from './StatTile.module.css'
import { formatCount } from '../../domain/number-format'

export type TileTone = 'neutral' | 'good' | 'warning' | 'danger'

interface StatTileProps {
  title: string
  value: number
  hint?: string
  tone?: TileTone
}

/** One counter of the dashboard: a number, what it counts, and a hint (usually its rate). */
export function StatTile({ title, value, hint, tone = 'neutral' }: StatTileProps) {
  return (
    <Card size="small" className={`${styles.tile} ${styles[tone]}`} data-testid="tile">
      <div className={styles.title}>{title}</div>
      <div className={styles.value} data-testid="tile-value">
        {formatCount(value)}
      </div>
      {hint && <div className={styles.hint}>{hint}</div>}
    </Card>
  )
}
