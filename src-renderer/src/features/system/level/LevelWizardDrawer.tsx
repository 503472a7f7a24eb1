/**
 * The level wizard: the questions of LevelAnswers, the level they call for with the deciding
 * clauses updated as the officer answers, "Áp dụng" (the saved justification, the system's
 * classification and — without an approval in force — the proposed level, in one write with its
 * history entry; on an approved system the level is kept as a proposal and the re-determination
 * is offered, domain/law/wizard-apply.ts) and "Xuất thuyết minh" (the Word draft of the dossier's
 * thuyết minh, Điều 22, filled with the answers as they stand, through the same save door as every
 * export).
 */
import { FileWordOutlined } from '@ant-design/icons'
import { Alert, App, Button, Divider, Drawer, Flex, Form, Space, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useDb, useSettings } from '../../../db/hooks'
import { updateSystem } from '../../../db/repos/systems'
import { holdsApproval } from '../../../domain/approved-level'
import { vietnamDate } from '../../../domain/calendar-date'
import { justificationRecord } from '../../../domain/law/justification-record'
import { levelJustificationText } from '../../../domain/law/level-justification'
import { isBelowCriteria, suggestLevel } from '../../../domain/law/level-wizard'
import { REGIME_LABEL } from '../../../domain/law/regime'
import { wizardApplication } from '../../../domain/law/wizard-apply'
import type { SystemRecord } from '../../../domain/types'
import { LEVEL_LABEL } from '../../../domain/vocabulary'
import { reportError } from '../../../errors/to-user-message'
import { approvedLevelText } from '../../../i18n/approved-level'
import { lawText } from '../../../i18n/law'
import { AnswerFields } from './AnswerFields'
import { saveDraft } from '../documents/draft-file'
import { PartsFields } from './PartsFields'
import { ReDeterminationOffer } from './ReDeterminationOffer'
import { SuggestionView } from './SuggestionView'
import { initialWizardValues, toAnswers, type WizardRegime, type WizardValues } from './wizard-values'

const w = lawText.wizard
const a = approvedLevelText.wizard

interface LevelWizardDrawerProps {
  system: SystemRecord
  /** The system's unit: the thuyết minh's đơn vị vận hành. */
  unitName: string
  judged: WizardRegime
  /** The page's form has unsaved changes. */
  formDirty: boolean
  onClose: () => void
}

export function LevelWizardDrawer({ system, unitName, judged, formDirty, onClose }: LevelWizardDrawerProps) {
  const db = useDb()
  const settings = useSettings()
  const { message } = App.useApp()
  const [form] = Form.useForm<WizardValues>()
  const [busy, setBusy] = useState<'apply' | 'export' | null>(null)
  /** "Áp dụng" saved a proposal beside the approval in force: the drawer stays open to offer the re-determination. */
  const [proposed, setProposed] = useState(false)
  const offerRef = useRef<HTMLDivElement>(null)
  // The offer appears at the top of the drawer, which the officer has scrolled down to answer.
  useEffect(() => {
    if (proposed) offerRef.current?.scrollIntoView({ block: 'start' })
  }, [proposed])
  const initialValues = useMemo(() => initialWizardValues(system), [system])
  // `preserve`: a question hidden for now keeps its answer (toAnswers decides whether it counts).
  const values = Form.useWatch((all: WizardValues) => all, { form, preserve: true })
  const { regime, ruleSetId } = judged
  const answers = useMemo(() => toAnswers(values ?? initialValues, regime), [values, initialValues, regime])
  const suggestion = useMemo(() => suggestLevel(answers, regime), [answers, regime])
  const text = () => levelJustificationText(answers, suggestion, regime, system.name)

  /** What "Áp dụng" would save, as the answers stand now. */
  const record = () =>
    justificationRecord({
      answers,
      regime,
      ruleSetId,
      suggestion,
      madeOn: vietnamDate(new Date()),
      text: text(),
    })

  async function apply() {
    setBusy('apply')
    try {
      const { patch, outcome } = wizardApplication(system, record())
      await updateSystem(db, system.id, patch)
      if (outcome === 'proposed') {
        setProposed(true)
        return
      }
      message.success(
        outcome === 'applied' ? w.applied(suggestion.level) : a.confirmed(LEVEL_LABEL(system.level)),
      )
      onClose()
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(null)
    }
  }

  /**
   * The thuyết minh drafted from the answers on screen, saved or not: the classification they
   * give, the level they call for (on an approved system, the level a re-determination proposes).
   */
  async function exportDraft() {
    if (!settings) return
    setBusy('export')
    try {
      const justification = record()
      const { patch } = wizardApplication(system, justification)
      const drafted: SystemRecord = {
        ...system,
        systemType: patch.systemType,
        informationTypes: patch.informationTypes,
        level: suggestion.level ?? system.level,
        levelJustification: justification,
      }
      const input = {
        system: drafted,
        unitName,
        settings: settings.reportSettings,
        regime,
        on: vietnamDate(new Date()),
      }
      const result = await saveDraft('thuyet-minh', input)
      if (result.status === 'saved') message.success(w.exported(result.fileName))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(null)
    }
  }

  const below = suggestion.determined && isBelowCriteria(system.level, suggestion)

  return (
    <Drawer
      open
      title={w.drawerTitle(system.name)}
      size={720}
      onClose={onClose}
      destroyOnHidden
      data-testid="level-wizard"
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{w.close}</Button>
          <Button
            icon={<FileWordOutlined />}
            onClick={exportDraft}
            disabled={busy !== null || !settings}
            title={w.exportHelp}
          >
            {w.export}
          </Button>
          <Button
            type="primary"
            onClick={apply}
            disabled={busy !== null || !suggestion.determined}
            title={holdsApproval(system) ? a.applyHelpApproved : w.applyHelp}
          >
            {w.apply}
          </Button>
        </Flex>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {w.intro}
        </Typography.Paragraph>
        <Typography.Text strong data-testid="wizard-regime">
          {w.regime(REGIME_LABEL[regime])}
        </Typography.Text>
        <div
          style={{
            position: 'sticky',
            top: -24,
            zIndex: 2,
            background: 'var(--ant-color-bg-elevated, #fff)',
            padding: '12px 0',
            borderBottom: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
          }}
        >
          {proposed && (
            <div ref={offerRef} style={{ marginBottom: 12 }}>
              <ReDeterminationOffer system={system} justApplied onLater={onClose} />
            </div>
          )}
          <SuggestionView suggestion={suggestion} />
          {below && system.level !== null && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              title={w.result.belowWarning(system.level, suggestion.level)}
            />
          )}
        </div>
        {formDirty && <Alert type="warning" showIcon title={w.formDirty} />}
        <Form<WizardValues> form={form} layout="vertical" initialValues={initialValues} name="level-wizard">
          <AnswerFields prefix={[]} absolute={[]} regime={regime} idPrefix="wizard" />
          <Divider />
          <PartsFields regime={regime} />
        </Form>
      </Space>
    </Drawer>
  )
}
