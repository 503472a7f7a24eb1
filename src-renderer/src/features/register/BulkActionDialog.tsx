import { Alert, DatePicker, Form, Modal, Select } from 'antd'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import type { LevelKey } from '../../domain/aggregate'
import type { SystemRecord, Unit } from '../../domain/types'
import { isLevel } from '../../domain/types'
import { registerText } from '../../i18n/register'
import { useAsOf } from '../../stores/as-of'
import { approvedLevelText } from '../../i18n/approved-level'
import { countChanging, countKeptApproved, type BulkAction, type BulkActionKind } from './bulk-actions'
import { LEVEL_OPTIONS, unitOptions } from './filter-options'
import { foldedOptionFilter } from './select-search'

interface BulkActionDialogProps {
  kind: BulkActionKind
  selected: SystemRecord[]
  units: readonly Unit[]
  saving: boolean
  onCancel(): void
  onApply(action: BulkAction): void
}

const t = registerText.bulk

const TITLE: Record<BulkActionKind, string> = {
  unit: t.changeUnit,
  level: t.setLevel,
  deployment: t.recordDeployment,
}

/** The action a chosen value stands for: a unit id, a level key, or a `YYYY-MM-DD` date. */
function toAction(kind: BulkActionKind, value: string | undefined): BulkAction | undefined {
  if (value === undefined) return undefined
  if (kind === 'unit') return { kind, unitId: value }
  if (kind === 'deployment') return { kind, deployedOn: value }
  const level = Number(value)
  return { kind, level: isLevel(level) ? level : null }
}

/** Pick the new value, see how many systems it changes, confirm. */
export function BulkActionDialog({
  kind,
  selected,
  units,
  saving,
  onCancel,
  onApply,
}: BulkActionDialogProps) {
  const asOf = useAsOf((s) => s.asOf)
  const [value, setValue] = useState<string | undefined>(undefined)
  const action = toAction(kind, value)
  const changing = useMemo(() => (action ? countChanging(selected, action) : 0), [action, selected])
  const keptApproved = useMemo(() => (action ? countKeptApproved(selected, action) : 0), [action, selected])

  const field =
    kind === 'unit' ? (
      <Form.Item label={t.unitLabel} required>
        <Select<string>
          autoFocus
          aria-label={t.unitLabel}
          options={unitOptions(units)}
          value={value}
          onChange={setValue}
          showSearch={{ filterOption: foldedOptionFilter }}
        />
      </Form.Item>
    ) : kind === 'level' ? (
      <Form.Item label={t.levelLabel} required>
        <Select<LevelKey>
          autoFocus
          aria-label={t.levelLabel}
          options={LEVEL_OPTIONS}
          value={value as LevelKey | undefined}
          onChange={setValue}
        />
      </Form.Item>
    ) : (
      <Form.Item label={t.deploymentLabel} required extra={t.deploymentHint}>
        <DatePicker
          autoFocus
          aria-label={t.deploymentLabel}
          format="DD/MM/YYYY"
          value={value ? dayjs(value) : null}
          onChange={(d) => setValue(d ? d.format('YYYY-MM-DD') : undefined)}
          disabledDate={(d) => d.format('YYYY-MM-DD') > asOf}
          style={{ width: 200 }}
        />
      </Form.Item>
    )

  return (
    <Modal
      open
      title={`${TITLE[kind]} — ${t.selected(selected.length).toLowerCase()}`}
      okText={t.apply(changing)}
      cancelText={t.cancel}
      okButtonProps={{ disabled: !action || changing === 0 }}
      confirmLoading={saving}
      onOk={() => action && onApply(action)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form layout="vertical">{field}</Form>
      {action && (
        <Alert
          type={changing === 0 ? 'info' : 'warning'}
          showIcon
          data-testid="bulk-summary"
          title={
            keptApproved > 0
              ? approvedLevelText.bulk.willChange(changing, selected.length - changing - keptApproved)
              : changing === 0
                ? t.nothingChanges
                : t.willChange(changing, selected.length)
          }
        />
      )}
      {keptApproved > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          data-testid="bulk-kept-approved"
          title={approvedLevelText.bulk.keptApproved(keptApproved)}
        />
      )}
    </Modal>
  )
}
