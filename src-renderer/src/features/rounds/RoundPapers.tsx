import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons'
import { App, Button, Space, Tooltip } from 'antd'
import { useState } from 'react'
import { getApi } from '../../bridge'
import { useActiveRuleSet, useSettings, useUnits } from '../../db/hooks'
import type { IsoDate } from '../../domain/calendar-date'
import { regimeOf } from '../../domain/law/regime'
import { coverLetterDocument, coverLetterFileName } from '../../domain/rounds/cover-letter'
import { notRepliedFileName } from '../../domain/rounds/not-replied'
import { awaitingReply, type Round } from '../../domain/rounds/round'
import { reportError } from '../../errors/to-user-message'
import { roundPapersText as t } from '../../i18n/round-papers'

/**
 * A round's papers: "Soạn công văn (.docx)" (the cover letter, with every recipient under "Nơi
 * nhận") and "Xuất danh sách đơn vị chưa báo cáo" (the list for the chase-up letter, as of today).
 * The Word and Excel writers are loaded on first use, so the rounds screen never pays for them.
 */
export function RoundPapers({ round, today }: { round: Round; today: IsoDate }) {
  const settings = useSettings()
  const ruleSet = useActiveRuleSet()
  const units = useUnits()
  const { message } = App.useApp()
  const [busy, setBusy] = useState<'letter' | 'list' | null>(null)
  const waiting = awaitingReply(round).length

  async function run(kind: 'letter' | 'list', work: () => Promise<void>) {
    setBusy(kind)
    try {
      await work()
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(null)
    }
  }

  const saveLetter = () =>
    run('letter', async () => {
      if (!settings || !ruleSet) return
      const { writeDocx } = await import('../../word/write-docx')
      const doc = coverLetterDocument({ round, settings: settings.reportSettings, regime: regimeOf(ruleSet) })
      const result = await getApi().saveFile({
        suggestedName: coverLetterFileName(round.letterNo),
        data: await writeDocx(doc),
        filters: [{ name: t.letterFilter, extensions: ['docx'] }],
      })
      if (result.status === 'saved') message.success(t.letterSaved(result.fileName))
    })

  const saveList = () =>
    run('list', async () => {
      if (!settings || !units) return
      const { buildNotRepliedWorkbook } = await import('../../excel/rounds/not-replied-workbook')
      const result = await getApi().saveFile({
        suggestedName: notRepliedFileName(round.letterNo, today),
        data: await buildNotRepliedWorkbook(round, units, settings.reportSettings, today),
        filters: [{ name: t.notRepliedFilter, extensions: ['xlsx'] }],
      })
      if (result.status === 'saved') message.success(t.notRepliedSaved(waiting, result.fileName))
    })

  // A row of its own above the recipients: the card's header keeps its title and the round's actions.
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="round-papers">
      <Tooltip title={t.letterHint}>
        <Button
          icon={<FileWordOutlined />}
          loading={busy === 'letter'}
          disabled={!settings || !ruleSet || busy !== null}
          onClick={() => void saveLetter()}
          data-testid="round-letter"
        >
          {t.letter}
        </Button>
      </Tooltip>
      <Tooltip title={t.notRepliedHint(waiting)}>
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'list'}
          disabled={!settings || !units || busy !== null}
          onClick={() => void saveList()}
          data-testid="round-not-replied"
        >
          {t.notReplied}
        </Button>
      </Tooltip>
    </Space>
  )
}
