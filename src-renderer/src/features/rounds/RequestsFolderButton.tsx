import { FolderOutlined } from '@ant-design/icons'
import { App, Button, Tooltip } from 'antd'
import { unzipSync } from 'fflate'
import { useState } from 'react'
import { getApi, isDesktop } from '../../bridge'
import { useDb } from '../../db/hooks'
import { markRequestsSent } from '../../db/repos/rounds'
import type { Round } from '../../domain/rounds/round'
import { reportError } from '../../errors/to-user-message'
import { roundPapersText as t } from '../../i18n/round-papers'
import { buildRequestsInWorker } from '../../workers/requests-client'

/**
 * "Tạo phiếu (thư mục)", in the desktop app only: every recipient's request workbook written as its
 * own file into a new folder the officer places (a USB stick, a shared drive), beside "Tạo phiếu
 * (.zip)". The browser cannot write folders, so there the zip stays the one way.
 */
export function RequestsFolderButton({ round }: { round: Round }) {
  const db = useDb()
  const { message } = App.useApp()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  if (!isDesktop()) return null

  const save = async () => {
    setProgress({ done: 0, total: round.recipients.length })
    try {
      // The same workbooks as "Tạo phiếu (.zip)", made in the requests worker; the zip stores them
      // undeflated, so taking them out again costs next to nothing.
      const { zip } = await buildRequestsInWorker(db, round, (done, total) => setProgress({ done, total }))
      const files = Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }))
      const result = await getApi().saveFolder({ suggestedName: t.folderName(round.letterNo), files })
      if (result.status === 'saved') {
        await markRequestsSent(
          db,
          round.id,
          round.recipients.map((r) => r.unitId),
        )
        message.success(t.folderSaved(result.count, result.folderName))
      }
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setProgress(null)
    }
  }

  return (
    <Tooltip title={t.folderHint}>
      <Button
        icon={<FolderOutlined />}
        disabled={round.closedOn !== null || progress !== null}
        onClick={() => void save()}
        data-testid="round-requests-folder"
      >
        {progress ? t.making(progress.done, progress.total) : t.folder}
      </Button>
    </Tooltip>
  )
}
