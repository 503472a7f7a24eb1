import { LoadingOutlined } from '@ant-design/icons'
import { Alert, Space } from 'antd'
import { INVENTORY_COLUMNS } from '../../domain/inventory/columns'
import { importText } from '../../i18n/import'
import styles from './ImportPage.module.css'
import { MappingCard } from './MappingCard'
import { ParsedPreview } from './ParsedPreview'
import { SourceCard } from './SourceCard'
import type { ImportSession } from './useImportSession'

const headerOf = (field: string): string => INVENTORY_COLUMNS.find((c) => c.field === field)?.header ?? field

/**
 * Step 2: where the data comes from and how its columns map, then either the plan (a file that
 * was read) or the request to map the required columns the header did not name recognisably.
 */
export function PreviewStep({ session }: { session: ImportSession }) {
  const { outcome, fileName } = session
  if (!outcome || fileName === null) return null
  const source = outcome.kind === 'parsed' ? outcome.result : outcome.draft
  const reparsing = session.busy === 'reparsing'
  const mapping = (
    <MappingCard
      columns={source.columns}
      mapping={source.mapping}
      ignoredColumns={source.ignoredColumns}
      overrides={session.overrides}
      busy={session.busy !== null}
      onChange={session.setMapping}
    />
  )
  return (
    <>
      {reparsing && (
        <Alert
          type="info"
          showIcon
          icon={<LoadingOutlined />}
          title={importText.rereading}
          style={{ marginBottom: 16 }}
        />
      )}
      <Space
        orientation="vertical"
        size={16}
        style={{ width: '100%' }}
        className={styles.busy}
        aria-busy={reparsing}
        data-testid="import-preview"
      >
        <SourceCard
          fileName={fileName}
          sheetName={source.sheetName}
          headerRow={source.headerRow}
          format={source.format}
          textChoice={session.textChoice}
          onTextChoice={session.setTextChoice}
          rowsRead={outcome.kind === 'parsed' ? outcome.result.rowsRead : undefined}
          disabled={session.busy !== null}
          onChooseOther={() => void session.chooseFile()}
        />
        {outcome.kind === 'parsed' ? (
          <ParsedPreview session={session} result={outcome.result} plan={outcome.plan} mapping={mapping} />
        ) : (
          <>
            <Alert
              type="warning"
              showIcon
              data-testid="missing-columns"
              title={importText.mapping.missingTitle(outcome.draft.missing.map(headerOf).join(', '))}
              description={importText.mapping.missingHint}
            />
            {mapping}
          </>
        )}
      </Space>
    </>
  )
}
