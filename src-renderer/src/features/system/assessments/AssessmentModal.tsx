import { App, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useDb } from '../../../db/hooks'
import { addAssessment, type AssessmentFields } from '../../../db/repos/assessments'
import { saveAssessmentEdit } from '../../../db/repos/record-edits'
import { isEditConflict, resolveEdit, type EditConflictError } from '../../../domain/edit-merge'
import { ASSESSMENT_KINDS, type Assessment, type AssessmentKind, type Level } from '../../../domain/types'
import { ASSESSMENT_KIND_LABEL } from '../../../domain/vocabulary'
import { reportError } from '../../../errors/to-user-message'
import { validateAll } from '../../../components/ui/validate-all'
import { systemText } from '../../../i18n/system'
import { useToday } from '../../reminders/useToday'
import { DateField, dateRule } from '../form/DateField'
import { EditConflictModal, type ConflictChoices } from '../form/EditConflictModal'
import type { HistoryNames } from '../history/history-format'

const t = systemText.assessments

/** An assessment's fields name no unit or rule set. */
const NO_NAMES: HistoryNames = { unitName: () => undefined, ruleSetName: () => undefined }

/**
 * The kinds an officer picks from. "Chưa rõ hình thức" is what an import records when the file did
 * not say; it is offered only on such an assessment, so it can be kept or corrected, never chosen anew.
 */
function kindOptions(current: AssessmentKind | undefined) {
  return ASSESSMENT_KINDS.filter((k) => k !== 'unknown' || current === 'unknown').map((k) => ({
    value: k,
    label: ASSESSMENT_KIND_LABEL[k],
  }))
}

interface AssessmentValues {
  date: string | null
  kind: AssessmentKind
  assessor: string
  result: string
  findings: string
}

interface AssessmentModalProps {
  systemId: string
  level: Level | null
  /** The assessment to edit; a new one is recorded when absent. */
  assessment?: Assessment
  onClose: () => void
}

/**
 * Records or corrects one inspection/assessment: date, kind, who assessed, result, findings. Its
 * date records something done, so it may not be after today's real date (not the reporting date).
 */
export function AssessmentModal({ systemId, level, assessment, onClose }: AssessmentModalProps) {
  const today = useToday()
  const db = useDb()
  const { message } = App.useApp()
  const [form] = Form.useForm<AssessmentValues>()
  const [busy, setBusy] = useState(false)

  const [conflict, setConflict] = useState<EditConflictError<AssessmentFields> | null>(null)

  /** Writes, or holds the conflict when another window changed the same fields meanwhile. */
  async function write(run: () => Promise<unknown>) {
    setBusy(true)
    try {
      await run()
      message.success(t.saved)
      onClose()
    } catch (error) {
      if (isEditConflict(error)) setConflict(error as EditConflictError<AssessmentFields>)
      else message.error(reportError(error))
    } finally {
      setBusy(false)
    }
  }

  async function save() {
    const values = await validateAll(form)
    if (!values || !values.date) return
    const fields = { ...values, date: values.date }
    // The dialog's version is the one it opened with (the row clicked), the base of the save.
    await write(() =>
      assessment
        ? saveAssessmentEdit(db, assessment.id, { values: fields, base: assessment })
        : addAssessment(db, { systemId, ...fields }),
    )
  }

  function resolve(choices: ConflictChoices) {
    if (!assessment || !conflict) return
    void write(() =>
      saveAssessmentEdit(db, assessment.id, {
        values: resolveEdit(conflict, choices),
        base: conflict.stored,
      }),
    )
  }

  return (
    <Modal
      open
      title={assessment ? t.editTitle : t.addTitle}
      okText={systemText.save}
      cancelText={systemText.dossier.cancel}
      onOk={save}
      onCancel={onClose}
      // Disabled while writing rather than antd's loading state, whose spinner can linger in the
      // button's accessible name ("loading Ghi nhận") after it is done.
      okButtonProps={{ disabled: busy }}
      destroyOnHidden
    >
      <Form<AssessmentValues>
        form={form}
        layout="vertical"
        name="assessment"
        onFinish={save}
        initialValues={{
          date: assessment?.date ?? null,
          kind: assessment?.kind ?? 'periodic',
          assessor: assessment?.assessor ?? '',
          result: assessment?.result ?? '',
          findings: assessment?.findings ?? '',
        }}
      >
        <Form.Item
          name="date"
          label={t.fields.date}
          rules={[
            { required: true, message: systemText.validation.assessmentDateRequired },
            dateRule(t.fields.date, today),
          ]}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t.fields.kind}
          rules={[{ required: true, message: systemText.validation.kindRequired }]}
        >
          <Select options={kindOptions(assessment?.kind)} />
        </Form.Item>
        <Form.Item
          name="assessor"
          label={t.fields.assessor}
          extra={level !== null && level >= 3 ? t.accreditedHint : undefined}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="result" label={t.fields.result}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="findings" label={t.fields.findings}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
      {conflict && (
        <EditConflictModal
          key={JSON.stringify(conflict.stored)}
          conflicts={conflict.conflicts}
          names={NO_NAMES}
          saving={busy}
          onSave={resolve}
          onCancel={() => setConflict(null)}
        />
      )}
    </Modal>
  )
}
