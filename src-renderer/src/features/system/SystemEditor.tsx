import { Col, Flex, Row, Spin, Tag } from 'antd'
import { useEffect, useMemo } from 'react'
import { useNavigate } from 'react-router'
import { useActiveRuleSet, useAssessments, useSettings, useSystemAttachments, useUnits } from '../../db/hooks'
import type { AttachmentInfo } from '../../db/repos/attachments'
import { allRuleSets } from '../../db/repos/settings'
import { decisionText, holdsApproval } from '../../domain/approved-level'
import type { IsoDate } from '../../domain/calendar-date'
import { evaluateSystem } from '../../domain/evaluate'
import type { RuleSet } from '../../domain/rule-set'
import type { Assessment, SystemRecord, Unit } from '../../domain/types'
import { useAsOf } from '../../stores/as-of'
import { AssessmentsCard } from './assessments/AssessmentsCard'
import { AttachmentsCard } from './attachments/AttachmentsCard'
import { DossierPanel } from './dossier/DossierPanel'
import { SystemFormCards } from './form/SystemFormCards'
import { UnsavedChangesModal } from './form/UnsavedChangesModal'
import { EditConflictModal } from './form/EditConflictModal'
import { toFormValues } from './form/form-values'
import { useSystemFormEditing } from './form/useSystemFormEditing'
import { useSystemSave } from './form/useSystemSave'
import { useHistoryNames } from './history/useHistoryNames'
import { HistoryCard } from './history/HistoryCard'
import { ChecklistCard } from './level/ChecklistCard'
import { LevelCard } from './level/LevelCard'
import { LevelTags } from './level/LevelTags'
import { PATHS } from '../../paths'
import { DeleteSystemButton } from './DeleteSystemButton'
import { NextDeadlineTag } from './NextDeadlineTag'
import { PlanStatus } from './PlanStatus'
import { SystemHeader } from './SystemHeader'
import { DraftDocumentsButton } from './documents/DraftDocumentsButton'
import { wizardRegime } from './level/wizard-values'
import { DOSSIER_STATE_LABEL } from '../../domain/vocabulary'
import { systemText } from '../../i18n/system'

const s = systemText.sectionLinks
/** The parts of the page the sticky header's navigation reaches (ids of the sections below). */
const SECTIONS = [
  { id: 'system-general', label: s.general },
  { id: 'system-dossier', label: s.dossier },
  { id: 'system-assessments', label: s.assessments },
  { id: 'system-attachments', label: s.attachments },
  { id: 'system-history', label: s.history },
]

/** A saved system's page, once everything it shows has loaded. */
export function SystemEditor({ system }: { system: SystemRecord }) {
  const units = useUnits()
  const ruleSet = useActiveRuleSet()
  const settings = useSettings()
  const assessments = useAssessments(system.id)
  const attachments = useSystemAttachments(system.id)
  const ruleSets = useMemo(() => (settings ? allRuleSets(settings) : undefined), [settings])
  if (!units || !ruleSet || !ruleSets || !assessments || !attachments) return <Spin size="large" />
  return (
    <LoadedSystemEditor
      system={system}
      units={units}
      ruleSet={ruleSet}
      ruleSets={ruleSets}
      assessments={assessments}
      attachments={attachments}
    />
  )
}

interface LoadedProps {
  system: SystemRecord
  units: readonly Unit[]
  ruleSet: RuleSet
  ruleSets: readonly RuleSet[]
  /** Newest first. */
  assessments: readonly Assessment[]
  /** The system's files and its assessments', oldest first. */
  attachments: readonly AttachmentInfo[]
}

function LoadedSystemEditor({ system, units, ruleSet, ruleSets, assessments, attachments }: LoadedProps) {
  const asOf: IsoDate = useAsOf((s) => s.asOf)
  const navigate = useNavigate()
  const saving = useSystemSave(system)
  const editing = useSystemFormEditing(toFormValues(system), saving.save)
  const { isDirty, resetTo } = editing
  const { loaded } = saving

  // The record changed (a save, a dossier step, an assessment, another window): the form follows
  // it, unless the person has edits of their own in progress; then the save merges (useSystemSave).
  useEffect(() => {
    if (isDirty()) return
    loaded.current = system
    resetTo(toFormValues(system))
  }, [system, isDirty, resetTo, loaded])
  const names = useHistoryNames(units, ruleSets)

  const latestAssessment = assessments[0]?.date ?? null
  const evaluation = useMemo(
    () => evaluateSystem(system, latestAssessment, ruleSet, asOf),
    [system, latestAssessment, ruleSet, asOf],
  )
  const unitName = units.find((u) => u.id === system.unitId)?.name

  return (
    <>
      <SystemHeader
        title={system.name}
        tags={
          <>
            <LevelTags system={system} />
            {unitName && <Tag>{unitName}</Tag>}
            <Tag data-testid="header-dossier-state">{DOSSIER_STATE_LABEL[system.dossierState]}</Tag>
            <NextDeadlineTag evaluation={evaluation} />
          </>
        }
        sections={SECTIONS}
        dirty={editing.dirty}
        saving={editing.saving}
        saveDisabled={!editing.dirty}
        onSave={() => editing.form.submit()}
        actions={
          <>
            <DraftDocumentsButton
              system={system}
              unitName={unitName ?? ''}
              regime={wizardRegime(system, ruleSets, ruleSet).regime}
            />
            <DeleteSystemButton
              systemId={system.id}
              name={system.name}
              assessments={assessments.length}
              attachments={attachments.length}
              dirty={editing.dirty}
              onDeleted={() => {
                // The edits go with the system: mark the form clean so the guard lets the page go.
                resetTo(toFormValues(system))
                navigate(PATHS.register)
              }}
            />
          </>
        }
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={15} id="system-general">
          <SystemFormCards
            form={editing.form}
            initialValues={toFormValues(system)}
            units={units}
            onValuesChange={editing.onValuesChange}
            onFinish={editing.onFinish}
            planStatus={<PlanStatus evaluation={evaluation} />}
            approvedBy={holdsApproval(system) ? decisionText(system) : undefined}
          />
        </Col>
        <Col xs={24} xl={9} id="system-dossier">
          <Flex vertical gap={16}>
            <DossierPanel
              system={system}
              evaluation={evaluation}
              ruleSet={ruleSet}
              ruleSets={ruleSets}
              asOf={asOf}
              formDirty={editing.dirty}
              lastAssessedOn={latestAssessment}
            />
            <LevelCard
              system={system}
              unitName={unitName ?? ''}
              ruleSet={ruleSet}
              ruleSets={ruleSets}
              formDirty={editing.dirty}
            />
            <ChecklistCard system={system} ruleSet={ruleSet} ruleSets={ruleSets} attachments={attachments} />
          </Flex>
        </Col>
        {/* The tables get the page's full width: their text columns need it. */}
        <Col span={24} id="system-assessments">
          <AssessmentsCard
            system={system}
            assessments={assessments}
            evaluation={evaluation}
            ruleSet={ruleSet}
            asOf={asOf}
            attachments={attachments}
          />
        </Col>
        <Col span={24} id="system-attachments">
          <AttachmentsCard systemId={system.id} assessments={assessments} attachments={attachments} />
        </Col>
        <Col span={24} id="system-history">
          <HistoryCard systemId={system.id} units={units} ruleSets={ruleSets} />
        </Col>
      </Row>
      <UnsavedChangesModal blocker={editing.blocker} />
      {saving.conflict && (
        <EditConflictModal
          key={saving.conflict.storedRevision}
          conflicts={saving.conflict.conflicts}
          names={names}
          saving={saving.resolving}
          onSave={(choices) =>
            void saving.resolve(choices).then((stored) => stored && resetTo(toFormValues(stored)))
          }
          onCancel={saving.dismiss}
        />
      )}
    </>
  )
}
