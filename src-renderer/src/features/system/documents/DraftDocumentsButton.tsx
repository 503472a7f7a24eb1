import { DownOutlined, FileWordOutlined } from '@ant-design/icons'
import { App, Button, Dropdown } from 'antd'
import { useState } from 'react'
import { DRAFT_KINDS, draftLabel, type DraftKind } from '../../../domain/documents/draft'
import type { LegalRegime } from '../../../domain/law/regime'
import type { SystemRecord } from '../../../domain/types'
import { useSettings } from '../../../db/hooks'
import { reportError } from '../../../errors/to-user-message'
import { documentsText } from '../../../i18n/documents'
import { useToday } from '../../reminders/useToday'
import { saveDraft } from './draft-file'

interface Props {
  system: SystemRecord
  unitName: string
  /** The dossier's regime: the approval's rule set, else the active one. */
  regime: LegalRegime
}

/** "Soạn văn bản": Mẫu 01–07 and the thuyết minh of this system's dossier, as Word drafts. */
export function DraftDocumentsButton({ system, unitName, regime }: Props) {
  const settings = useSettings()
  const today = useToday()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)

  async function draft(kind: DraftKind) {
    if (!settings) return
    setBusy(true)
    try {
      const input = { system, unitName, settings: settings.reportSettings, regime, on: today }
      const result = await saveDraft(kind, input)
      if (result.status === 'saved') message.success(documentsText.saved(result.fileName))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dropdown
      trigger={['click']}
      disabled={!settings}
      menu={{
        items: [
          {
            type: 'group',
            label: documentsText.hint,
            children: DRAFT_KINDS.map((kind) => ({ key: kind, label: draftLabel(kind, regime) })),
          },
        ],
        onClick: ({ key }) => void draft(key as DraftKind),
      }}
    >
      <Button icon={<FileWordOutlined />} loading={busy} data-testid="draft-documents">
        {documentsText.button} <DownOutlined />
      </Button>
    </Dropdown>
  )
}
