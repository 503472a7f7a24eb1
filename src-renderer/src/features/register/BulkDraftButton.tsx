import { FileWordOutlined } from '@ant-design/icons'
import { App, Button, Dropdown } from 'antd'
import { zipSync } from 'fflate'
import { useState } from 'react'
import { getApi } from '../../bridge'
import { allRuleSets, resolveRuleSet } from '../../db/repos/settings'
import { useSettings } from '../../db/hooks'
import { DRAFT_KINDS, draftLabel, type DraftKind } from '../../domain/documents/draft'
import { regimeOf } from '../../domain/law/regime'
import { draftZipName, uniqueDraftNames } from '../../domain/documents/draft-zip'
import type { SystemRecord, Unit } from '../../domain/types'
import { reportError } from '../../errors/to-user-message'
import { documentsText } from '../../i18n/documents'
import { useToday } from '../reminders/useToday'
import { draftBytes } from '../system/documents/draft-file'
import { wizardRegime } from '../system/level/wizard-values'

interface Props {
  selected: SystemRecord[]
  units: readonly Unit[]
}

/** The chosen form for every ticked system, one .docx each, in one .zip. */
export function BulkDraftButton({ selected, units }: Props) {
  const settings = useSettings()
  const today = useToday()
  const { message } = App.useApp()
  const [progress, setProgress] = useState<string | null>(null)
  const menuRegime = settings ? regimeOf(resolveRuleSet(settings)) : 'ND331'

  async function draftAll(kind: DraftKind) {
    if (!settings) return
    const ruleSets = allRuleSets(settings)
    const active = resolveRuleSet(settings)
    const names = uniqueDraftNames(kind, selected.map((s) => s.name))
    const files: Record<string, Uint8Array> = {}
    try {
      for (const [i, system] of selected.entries()) {
        setProgress(documentsText.zipProgress(i, selected.length))
        const input = {
          system,
          unitName: units.find((u) => u.id === system.unitId)?.name ?? '',
          settings: settings.reportSettings,
          regime: wizardRegime(system, ruleSets, active).regime,
          on: today,
        }
        files[names[i]] = await draftBytes(kind, input)
      }
      // docx files are zips already: storing them again saves the time of a second deflate.
      const zip = zipSync(files, { level: 0 })
      const result = await getApi().saveFile({
        suggestedName: draftZipName(kind, selected.length),
        data: zip,
        filters: [{ name: documentsText.zipFilter, extensions: ['zip'] }],
      })
      if (result.status === 'saved') message.success(documentsText.zipSaved(selected.length, result.fileName))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setProgress(null)
    }
  }

  return (
    <Dropdown
      trigger={['click']}
      disabled={!settings || progress !== null}
      menu={{
        // Named as the active rule set drafts them; a system approved under another set is drafted
        // under its approval's (wizardRegime), as on its own page.
        items: DRAFT_KINDS.map((kind) => ({ key: kind, label: draftLabel(kind, menuRegime) })),
        onClick: ({ key }) => void draftAll(key as DraftKind),
      }}
    >
      <Button size="small" icon={<FileWordOutlined />} loading={progress !== null} data-testid="bulk-draft">
        {progress ?? documentsText.zipButton}
      </Button>
    </Dropdown>
  )
}
