/**
 * The small dialog of one dossier step: it asks for that step's inputs (a date; for an approval
 * the decision number, date and issuing body; for a revision a note) and applies the step. The
 * fields an approval needs are marked required, and what can be checked before the step (missing
 * facts, a date after today or before the step it follows) is shown beside each field at once.
 * The rules (domain/workflow.ts) still decide; anything else they refuse is shown inside the
 * dialog, not as a toast that disappears.
 *
 * A step records something that happened, so its date is judged against today's real date (and
 * defaults to it), never against the reporting date "Tính đến ngày" the rest of the page uses:
 * with the register viewed as of 30/06, a submission made today must still be recordable today.
 */
import { Alert, App, Checkbox, Form, Input, Modal, Space, Typography } from 'antd'
import { useId, useState } from 'react'
import { validateAll } from '../../../components/ui/validate-all'
import { useDb } from '../../../db/hooks'
import { applyDossierAction } from '../../../db/repos/systems'
import { decisionText, pendingProposal } from '../../../domain/approved-level'
import { formatViDate, isIsoDate } from '../../../domain/calendar-date'
import { DOSSIER_DATE_LABEL, dateOrderMessage } from '../../../domain/dossier-dates'
import { isDomainError } from '../../../domain/errors'
import { approvalWarnings } from '../../../domain/law/dossier-checklist'
import { regimeOf } from '../../../domain/law/regime'
import type { RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { DOSSIER_ACTION_LABEL, LEVEL_LABEL } from '../../../domain/vocabulary'
import { earliestStepDate, stepDateField, type DossierAction } from '../../../domain/workflow'
import { reportError } from '../../../errors/to-user-message'
import { approvedLevelText } from '../../../i18n/approved-level'
import { lawText } from '../../../i18n/law'
import { systemText } from '../../../i18n/system'
import { useToday } from '../../reminders/useToday'
import { DateField, dateRule } from '../form/DateField'

const t = systemText.dossier

interface ActionValues {
  date: string | null
  decisionNo: string
  issuer: string
  note: string
}

const DATE_LABEL: Partial<Record<DossierAction, string>> = {
  submit: t.fields.submitDate,
  record_appraisal: t.fields.appraisalDate,
  approve: t.fields.decisionDate,
}

const NOTE_LABEL: Partial<Record<DossierAction, string>> = {
  return_for_revision: t.fields.revisionNote,
  start_revision: t.fields.startRevisionNote,
}

interface DossierActionModalProps {
  action: DossierAction
  system: SystemRecord
  /** The active rule set: an approval is recorded under it, so its regime's dossier rules apply. */
  ruleSet?: RuleSet
  /** The page's form has unsaved changes the step will not see. */
  formDirty: boolean
  onClose: () => void
}

export function DossierActionModal({ action, system, ruleSet, formDirty, onClose }: DossierActionModalProps) {
  const today = useToday()
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<ActionValues>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [confirmed, setConfirmed] = useState(false)
  const date = Form.useWatch('date', form)
  // What the law expects before an approval (parts missing, security rules): warned, not refused.
  const warnings =
    action === 'approve'
      ? approvalWarnings(
          system,
          system.dossierChecklist,
          ruleSet ? regimeOf(ruleSet) : 'ND85',
          isIsoDate(date) ? date : null,
        )
      : []
  const mustConfirm = warnings.length > 0 && !confirmed
  // A re-determination's decision replaces the approved level with the proposed one (approved-level.ts).
  const replacing = action === 'approve' ? pendingProposal(system) : null
  const label = DOSSIER_ACTION_LABEL[action]
  const dateLabel = DATE_LABEL[action]
  const noteLabel = NOTE_LABEL[action]
  const notBefore = earliestStepDate(system, action)
  const reasonId = useId()
  // An approval needs its decision's number, date and issuer (workflow.ts): marked required and
  // checked beside each field, all at once, before the step is tried.
  const approving = action === 'approve'

  /** The step's date may not precede the one it follows: said beside the date field. */
  const orderRule = {
    validator: async (_rule: unknown, value: string | null | undefined) => {
      const later = stepDateField(action)
      if (!notBefore || !later || !isIsoDate(value) || value >= notBefore.date) return
      throw new Error(dateOrderMessage(later, value, notBefore.field, notBefore.date))
    },
  }

  async function apply() {
    if (mustConfirm) return
    const values = await validateAll(form)
    if (!values) return
    setBusy(true)
    setError(null)
    try {
      await applyDossierAction(
        db,
        system.id,
        action,
        { date: values.date, decisionNo: values.decisionNo, issuer: values.issuer, note: values.note },
        today,
      )
      message.success(t.done(label))
      onClose()
    } catch (caught) {
      setError(isDomainError(caught) ? caught.message : reportError(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={label}
      okText={t.confirm}
      cancelText={t.cancel}
      onOk={apply}
      onCancel={onClose}
      // Disabled while writing rather than antd's loading state, whose spinner can linger in the
      // button's accessible name ("loading Ghi nhận") after it is done.
      okButtonProps={{
        disabled: busy || mustConfirm,
        title: mustConfirm ? t.confirmFirst : undefined,
        'aria-describedby': mustConfirm ? reasonId : undefined,
      }}
      destroyOnHidden
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t.intro[action]}</Typography.Text>
        {formDirty && <Alert type="warning" showIcon title={t.formDirty} />}
        {replacing !== null && (
          <Alert
            type="info"
            showIcon
            data-testid="approval-replaces"
            title={approvedLevelText.approve.replaces(replacing, LEVEL_LABEL(system.level), decisionText(system))}
          />
        )}
        {warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="approval-warnings"
            title={lawText.approve.warningsTitle}
            description={
              <Space orientation="vertical" size={8}>
                <ul style={{ paddingInlineStart: 18, margin: 0 }}>
                  {warnings.map((w) => (
                    <li key={`${w.code}-${w.part ?? ''}`}>{w.message}</li>
                  ))}
                </ul>
                <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                  {lawText.approve.confirm}
                </Checkbox>
              </Space>
            }
          />
        )}
        <Form<ActionValues>
          form={form}
          layout="vertical"
          name={`dossier-${action}`}
          initialValues={{
            // The decision date is copied from the decision itself: no default to overlook.
            date: action === 'submit' || action === 'record_appraisal' ? today : null,
            decisionNo: '',
            issuer: '',
            note: '',
          }}
          onValuesChange={() => setError(null)}
          onFinish={apply}
        >
          {action === 'approve' && (
            <Form.Item
              name="decisionNo"
              label={t.fields.decisionNo}
              rules={[{ required: true, whitespace: true, message: systemText.validation.decisionNoRequired }]}
            >
              <Input placeholder={t.placeholders.decisionNo} maxLength={100} />
            </Form.Item>
          )}
          {dateLabel && (
            <Form.Item
              name="date"
              label={dateLabel}
              rules={[
                ...(approving ? [{ required: true, message: systemText.validation.decisionDateRequired }] : []),
                dateRule(dateLabel, today),
                orderRule,
              ]}
              extra={
                notBefore
                  ? t.notBefore(DOSSIER_DATE_LABEL[notBefore.field], formatViDate(notBefore.date))
                  : undefined
              }
            >
              <DateField />
            </Form.Item>
          )}
          {action === 'approve' && (
            <Form.Item
              name="issuer"
              label={t.fields.issuer}
              rules={[{ required: true, whitespace: true, message: systemText.validation.issuerRequired }]}
            >
              <Input placeholder={t.placeholders.issuer} maxLength={300} />
            </Form.Item>
          )}
          {noteLabel && (
            <Form.Item name="note" label={noteLabel}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t.placeholders.note} />
            </Form.Item>
          )}
        </Form>
        {mustConfirm && (
          <Typography.Text type="secondary" id={reasonId} data-testid="confirm-first">
            {t.confirmFirst}
          </Typography.Text>
        )}
        {error && <Alert type="error" showIcon title={error} data-testid="dossier-error" role="alert" />}
      </Space>
    </Modal>
  )
}
