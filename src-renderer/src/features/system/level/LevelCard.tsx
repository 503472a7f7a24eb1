import { CalculatorOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { formatViDate } from '../../../domain/calendar-date'
import { levelCalledFor } from '../../../domain/law/justification-record'
import { isBelowCriteria } from '../../../domain/law/level-wizard'
import { REGIME_LABEL } from '../../../domain/law/regime'
import type { RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { lawText } from '../../../i18n/law'
import { LevelWizardDrawer } from './LevelWizardDrawer'
import { ReDeterminationOffer } from './ReDeterminationOffer'
import { wizardRegime } from './wizard-values'

const w = lawText.wizard

interface LevelCardProps {
  system: SystemRecord
  /** The system's unit, for the thuyết minh the wizard drafts. */
  unitName: string
  /** The active rule set, whose regime judges a system not approved under a known set. */
  ruleSet: RuleSet
  ruleSets: readonly RuleSet[]
  formDirty: boolean
}

/**
 * "Xác định cấp độ": what the saved answers concluded, the below-criteria flag, a proposal pending
 * beside an approval (with the offer to re-determine), and the wizard.
 */
export function LevelCard({ system, unitName, ruleSet, ruleSets, formDirty }: LevelCardProps) {
  const [open, setOpen] = useState(false)
  const judged = useMemo(() => wizardRegime(system, ruleSets, ruleSet), [system, ruleSets, ruleSet])
  const saved = system.levelJustification
  const calledFor = useMemo(() => levelCalledFor(saved), [saved])

  return (
    <Card
      title={w.cardTitle}
      data-testid="level-card"
      extra={
        <Button icon={<CalculatorOutlined />} onClick={() => setOpen(true)}>
          {saved ? w.reopen : w.open}
        </Button>
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text data-testid="level-card-summary">
          {saved === null
            ? w.none
            : saved.suggestedLevel === null
              ? w.savedUndetermined(formatViDate(saved.madeOn))
              : w.saved(saved.suggestedLevel, formatViDate(saved.madeOn), REGIME_LABEL[saved.regime])}
        </Typography.Text>
        <ReDeterminationOffer system={system} />
        {calledFor !== null && system.level !== null && isBelowCriteria(system.level, calledFor) && (
          <Alert
            type="warning"
            showIcon
            data-testid="level-below-criteria"
            title={lawText.flag.tag}
            description={w.result.belowWarning(system.level, calledFor)}
          />
        )}
      </Space>
      {open && (
        <LevelWizardDrawer
          system={system}
          unitName={unitName}
          judged={judged}
          formDirty={formDirty}
          onClose={() => setOpen(false)}
        />
      )}
    </Card>
  )
}
