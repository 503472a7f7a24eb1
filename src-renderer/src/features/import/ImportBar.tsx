import { Card, Checkbox, Flex, Space, Typography } from 'antd'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { importText } from '../../i18n/import'
import styles from './ImportPage.module.css'

interface ImportBarProps {
  add: number
  update: number
  /** New units to create. */
  units: number
  /** Units of the register, still without a block, that the import gives one. */
  blocks: number
  /** Rows that would be written or compared: without any, there is nothing to import. */
  validRows: number
  errorRows: number
  onlyValid: boolean
  onOnlyValidChange(checked: boolean): void
  importing: boolean
  disabled: boolean
  onImport(): void
}

/**
 * The import button, held back while the file has errors unless only the valid rows are chosen;
 * held back, it says why (the status line's words), to the mouse and to a screen reader.
 */
export function ImportBar(props: ImportBarProps) {
  const { add, update, validRows, errorRows, onlyValid, importing } = props
  const blockedByErrors = errorRows > 0 && !onlyValid
  const status = blockedByErrors
    ? { text: importText.blockedByErrors, type: 'danger' as const }
    : validRows === 0
      ? { text: importText.nothingValid, type: 'danger' as const }
      : add + update + props.blocks === 0
        ? { text: importText.nothingToChange, type: 'secondary' as const }
        : { text: importText.summary(add, update, props.units, props.blocks), type: undefined }
  // While importing the button shows its progress instead; no reason is needed.
  const reason = importing
    ? null
    : props.disabled
      ? importText.busyReason
      : blockedByErrors || validRows === 0
        ? status.text
        : null
  return (
    <Card size="small" className={styles.bar}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Space orientation="vertical" size={4}>
          {errorRows > 0 && (
            <Checkbox
              checked={onlyValid}
              disabled={importing}
              onChange={(e) => props.onOnlyValidChange(e.target.checked)}
            >
              {importText.onlyValid(errorRows)}
            </Checkbox>
          )}
          <Typography.Text type={status.type} data-testid="import-status">
            {status.text}
          </Typography.Text>
        </Space>
        <ReasonButton
          type="primary"
          size="large"
          loading={importing}
          disabled={importing}
          reason={reason}
          onClick={props.onImport}
        >
          {importing ? importText.importing : importText.importButton}
        </ReasonButton>
      </Flex>
    </Card>
  )
}
