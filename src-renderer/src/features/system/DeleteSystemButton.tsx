import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useDb } from '../../db/hooks'
import { deleteSystem } from '../../db/repos/systems'
import { reportError } from '../../errors/to-user-message'
import { editsText } from '../../i18n/edits'

const t = editsText.deleteSystem

interface DeleteSystemButtonProps {
  systemId: string
  name: string
  /** What goes with the system: its assessments and every file of it or of its assessments. */
  assessments: number
  attachments: number
  /** The form has unsaved edits, which the deletion drops too. */
  dirty: boolean
  /** Runs once the system is gone (leave its page). */
  onDeleted: () => void
}

/**
 * "Xóa hệ thống": asks first, naming what goes with the system, then deletes it in one
 * transaction (db/repos/systems.ts deleteSystem). Its history stays; the exchange's ledger turns
 * the missing record into a tombstone at the next "Gửi lên", so the deletion reaches other offices.
 */
export function DeleteSystemButton({
  systemId,
  name,
  assessments,
  attachments,
  dirty,
  onDeleted,
}: DeleteSystemButtonProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const goesWith = [
    assessments > 0 ? t.assessments(assessments) : null,
    attachments > 0 ? t.attachments(attachments) : null,
  ].filter((line): line is string => line !== null)

  async function confirm() {
    setBusy(true)
    try {
      await deleteSystem(db, systemId)
      setOpen(false)
      message.success(t.done(name))
      onDeleted()
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button danger icon={<DeleteOutlined />} onClick={() => setOpen(true)} data-testid="delete-system">
        {t.button}
      </Button>
      <Modal
        open={open}
        title={t.title(name)}
        okText={t.confirm}
        cancelText={t.cancel}
        okButtonProps={{ danger: true, disabled: busy }}
        // The safe choice has the focus: Enter right after opening does not delete.
        cancelButtonProps={{ autoFocus: true }}
        onOk={confirm}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <div data-testid="delete-system-summary">
          {goesWith.length > 0 ? (
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>{t.intro}</Typography.Paragraph>
              <ul style={{ marginTop: 0 }}>
                {goesWith.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <Typography.Paragraph>{t.nothingElse}</Typography.Paragraph>
          )}
          <Typography.Paragraph>{t.historyKept}</Typography.Paragraph>
          {dirty && <Typography.Paragraph type="warning">{t.unsaved}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t.irreversible}
          </Typography.Paragraph>
        </div>
      </Modal>
    </>
  )
}
