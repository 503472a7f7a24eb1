import { Alert, Button, Flex, Modal, Radio, Table, Typography } from 'antd'
import { useState } from 'react'
import { fieldLabel } from '../../../db/field-labels'
import { undecided, type ConflictSide, type FieldConflict } from '../../../domain/edit-merge'
import { editsText } from '../../../i18n/edits'
import { formatValue, type HistoryNames } from '../history/history-format'

const t = editsText.conflict

/** Free text is shown whole: the person must see what they would keep or drop. */
const FREE_TEXT: ReadonlySet<string> = new Set(['description', 'notes', 'result', 'findings'])

function valueText(field: string, value: unknown, names: HistoryNames): string {
  if (FREE_TEXT.has(field) && typeof value === 'string' && value !== '') return value
  return formatValue(field, value, names)
}

export type ConflictChoices = Partial<Record<string, ConflictSide>>

interface EditConflictModalProps {
  conflicts: readonly FieldConflict[]
  names: HistoryNames
  saving: boolean
  onSave: (choices: ConflictChoices) => void
  /** Closes without saving; the form keeps the person's values. */
  onCancel: () => void
}

/**
 * The fields another window changed too, each with both values: the person keeps one per field
 * (or one side whole), then saves. Mount it with a key per conflict so the choices start empty.
 */
export function EditConflictModal({ conflicts, names, saving, onSave, onCancel }: EditConflictModalProps) {
  const [choices, setChoices] = useState<ConflictChoices>({})
  const open = undecided(conflicts, choices).length
  const all = (side: ConflictSide) => setChoices(Object.fromEntries(conflicts.map((c) => [c.field, side])))
  return (
    <Modal
      open
      width={860}
      title={t.title}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">{open > 0 ? t.undecided(open) : ''}</Typography.Text>
          <Flex gap={8}>
            <Button onClick={onCancel}>{t.later}</Button>
            <Button
              type="primary"
              disabled={open > 0 || saving}
              onClick={() => onSave(choices)}
              data-testid="conflict-save"
            >
              {t.save}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Alert type="warning" showIcon title={t.intro} style={{ marginBottom: 12 }} />
      <Table<FieldConflict>
        data-testid="edit-conflicts"
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={[...conflicts]}
        columns={[
          { title: t.field, key: 'field', width: '22%', render: (_, c) => fieldLabel(c.field) },
          ...(['stored', 'mine'] as const).map((side) => ({
            title: side === 'stored' ? t.stored : t.mine,
            width: '39%',
            key: side,
            render: (_: unknown, c: FieldConflict) => (
              <Radio
                checked={choices[c.field] === side}
                onChange={() => setChoices((prev) => ({ ...prev, [c.field]: side }))}
                data-testid={`keep-${side}-${c.field}`}
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {valueText(c.field, c[side], names)}
              </Radio>
            ),
          })),
        ]}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Button size="small" onClick={() => all('stored')}>
          {t.keepAllStored}
        </Button>
        <Button size="small" onClick={() => all('mine')}>
          {t.keepAllMine}
        </Button>
      </Flex>
    </Modal>
  )
}
