import { Alert, Space } from 'antd'
import { fillsBlock } from '../../domain/inventory/unit-blocks'
import { importText } from '../../i18n/import'
import { useMemo, useState, type ReactNode } from 'react'
import type { ParseSummary, PlanPreview } from '../../workers/import-client'
import { BlocksCard } from './BlocksCard'
import { DateOrderCard } from './DateOrderCard'
import { ErrorsCard } from './ErrorsCard'
import { ImportBar } from './ImportBar'
import { LevelHeldCard } from './LevelHeldCard'
import { errorRowCount, selectPlan } from './import-selection'
import { NewUnitsCard } from './NewUnitsCard'
import { PlanCounts } from './PlanCounts'
import { PlanRowsCard } from './PlanRowsCard'
import type { ImportSession } from './useImportSession'

interface ParsedPreviewProps {
  session: ImportSession
  result: ParseSummary
  plan: PlanPreview
  /** The mapping card, placed between the counts and the lists. */
  mapping: ReactNode
}

/** Step 2 for a file that was read: what importing would do, the officer's choices, the import. */
export function ParsedPreview({ session, result, plan, mapping }: ParsedPreviewProps) {
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set())
  const [onlyValid, setOnlyValid] = useState(false)
  const selection = useMemo(() => selectPlan(plan, excluded), [plan, excluded])
  const errorRows = useMemo(() => errorRowCount(result.errors), [result.errors])
  const importing = session.busy === 'importing'
  const busy = session.busy !== null

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PlanCounts
        add={selection.add.length}
        update={selection.update.length}
        unchanged={plan.unchanged.length}
        errorRows={errorRows}
        errors={result.errors.length}
        blocked={selection.blocked.length}
      />
      {result.dateColumns.length > 0 && (
        <DateOrderCard columns={result.dateColumns} onChange={session.setDateOrder} disabled={busy} />
      )}
      {mapping}
      {plan.newUnits.length > 0 && (
        <NewUnitsCard units={plan.newUnits} excluded={excluded} onChange={setExcluded} disabled={busy} />
      )}
      {plan.blocks.length > 0 && (
        <BlocksCard
          blocks={plan.blocks}
          unitList={plan.unitList}
          onChooseList={() => void session.chooseUnitList()}
          disabled={busy}
        />
      )}
      <PlanRowsCard selection={selection} unchanged={plan.unchanged} />
      {plan.levelHeld.length > 0 && <LevelHeldCard rows={plan.levelHeld} />}
      {plan.unknownKindAssessments > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="import-assessment-kind"
          title={importText.unknownKind(plan.unknownKindAssessments)}
        />
      )}
      {result.errors.length > 0 && <ErrorsCard errors={result.errors} />}
      <ImportBar
        add={selection.add.length}
        update={selection.update.length}
        units={selection.createUnits.length}
        blocks={plan.blocks.filter((b) => b.unitId !== undefined && fillsBlock(b)).length}
        validRows={result.validRows - selection.blocked.length}
        errorRows={errorRows}
        onlyValid={onlyValid}
        onOnlyValidChange={setOnlyValid}
        importing={importing}
        disabled={busy}
        onImport={() => void session.runImport(selection.createUnits, errorRows)}
      />
    </Space>
  )
}
