import {
  ApartmentOutlined,
  CheckCircleOutlined,
  CloseOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons'
import { App, Button, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { bulkUpdateSystems } from '../../db/repos/systems'
import { useDb } from '../../db/hooks'
import type { SystemRecord, Unit } from '../../domain/types'
import { reportError } from '../../errors/to-user-message'
import { registerText } from '../../i18n/register'
import { bulkPatch, idsToChange, type BulkAction, type BulkActionKind } from './bulk-actions'
import { BulkActionDialog } from './BulkActionDialog'
import { BulkDraftButton } from './BulkDraftButton'
import styles from './RegisterPage.module.css'

interface BulkActionsProps {
  /** The selected systems that still exist. */
  selected: SystemRecord[]
  units: readonly Unit[]
  onClearSelection(): void
}

const t = registerText.bulk

/** What can be done to the ticked systems at once; each action is one transaction with history. */
export function BulkActions({ selected, units, onClearSelection }: BulkActionsProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [open, setOpen] = useState<BulkActionKind | null>(null)
  const [saving, setSaving] = useState(false)

  async function apply(action: BulkAction) {
    setSaving(true)
    try {
      const changed = await bulkUpdateSystems(db, idsToChange(selected, action), bulkPatch(action))
      message.success(t.done(changed.length))
      setOpen(null)
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className={styles.bulk} data-testid="bulk-actions">
      <Typography.Text strong data-testid="selection-count">
        {t.selected(selected.length)}
      </Typography.Text>
      <Button size="small" icon={<ApartmentOutlined />} onClick={() => setOpen('unit')}>
        {t.changeUnit}
      </Button>
      <Button size="small" icon={<SafetyCertificateOutlined />} onClick={() => setOpen('level')}>
        {t.setLevel}
      </Button>
      <Button size="small" icon={<CheckCircleOutlined />} onClick={() => setOpen('deployment')}>
        {t.recordDeployment}
      </Button>
      <BulkDraftButton selected={selected} units={units} />
      <Tooltip title={t.clearSelection}>
        <Button
          size="small"
          type="text"
          icon={<CloseOutlined />}
          aria-label={t.clearSelection}
          onClick={onClearSelection}
        />
      </Tooltip>
      {open && (
        <BulkActionDialog
          kind={open}
          selected={selected}
          units={units}
          saving={saving}
          onCancel={() => setOpen(null)}
          onApply={apply}
        />
      )}
    </div>
  )
}
