import { Button, Progress, message } from 'antd'
import { useState } from 'react'
import { getApi } from '../../bridge'
import { useDb } from '../../db/hooks'
import { markRequestsSent } from '../../db/repos/rounds'
import type { Round } from '../../domain/rounds/round'
import { reportError } from '../../errors/to-user-message'
import { roundsText as t } from '../../i18n/rounds'
import { buildRequestsInWorker } from '../../workers/requests-client'

/**
 * "Tạo phiếu (.zip)": the workbooks are written in the requests worker, and the progress lives in
 * this small component, so each "Đang tạo phiếu i/n" redraws the button and its bar, not the
 * round's recipients table.
 */
export function MakeRequests({ round }: { round: Round }) {
  const db = useDb()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)

  const makeRequests = async () => {
    setProgress({ done: 0, total: round.recipients.length })
    try {
      const { zip, count } = await buildRequestsInWorker(db, round, (done, total) => setProgress({ done, total }))
      const result = await getApi().saveFile({
        suggestedName: t.zipName(round.letterNo),
        data: zip,
        filters: [{ name: t.zipFilter, extensions: ['zip'] }],
      })
      if (result.status === 'saved') {
        await markRequestsSent(
          db,
          round.id,
          round.recipients.map((r) => r.unitId),
        )
        message.success(t.requestsSaved(count, result.fileName))
      }
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setProgress(null)
    }
  }

  return (
    <>
      {progress && (
        <Progress
          percent={Math.round((100 * progress.done) / Math.max(1, progress.total))}
          size="small"
          style={{ width: 120 }}
        />
      )}
      <Button
        type="primary"
        disabled={round.closedOn !== null || progress !== null}
        onClick={() => void makeRequests()}
      >
        {progress ? t.making(progress.done, progress.total) : t.makeRequests}
      </Button>
    </>
  )
}
