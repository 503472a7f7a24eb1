/**
 * A proposal beside an approval in force (domain/approved-level.ts): what was proposed, that the
 * approved level and its decision still hold, the law's words on re-determination, and — while
 * the dossier is still "Đã phê duyệt" — the button that starts the re-determination. Shown in the
 * wizard once "Áp dụng" saved a proposal, and on the level card for as long as it is pending.
 */
import { Alert, App, Button, Flex, Typography } from 'antd'
import { useState } from 'react'
import { useDb } from '../../../db/hooks'
import { applyDossierAction } from '../../../db/repos/systems'
import { decisionText, pendingProposal } from '../../../domain/approved-level'
import { formatViDate } from '../../../domain/calendar-date'
import type { SystemRecord } from '../../../domain/types'
import { LEVEL_LABEL } from '../../../domain/vocabulary'
import { allowedActions } from '../../../domain/workflow'
import { reportError } from '../../../errors/to-user-message'
import { approvedLevelText, REDETERMINATION_QUOTE } from '../../../i18n/approved-level'
import { useAsOf } from '../../../stores/as-of'

const o = approvedLevelText.offer

interface ReDeterminationOfferProps {
  system: SystemRecord
  /** The wizard's wording (what "Áp dụng" just did) rather than the card's. */
  justApplied?: boolean
  onLater?: () => void
}

export function ReDeterminationOffer({ system, justApplied = false, onLater }: ReDeterminationOfferProps) {
  const db = useDb()
  const { message } = App.useApp()
  const asOf = useAsOf((s) => s.asOf)
  const [busy, setBusy] = useState(false)
  const proposed = pendingProposal(system)
  if (proposed === null) return null
  const approved = LEVEL_LABEL(system.level)
  const canStart = allowedActions(system).includes('start_revision')
  const madeOn = system.levelJustification ? formatViDate(system.levelJustification.madeOn) : ''

  async function start() {
    if (proposed === null) return
    setBusy(true)
    try {
      await applyDossierAction(db, system.id, 'start_revision', { note: o.note(proposed, madeOn) }, asOf)
      message.success(o.started)
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(false)
    }
  }

  const w = approvedLevelText.wizard
  const title = !canStart
    ? o.running(proposed, approved)
    : justApplied
      ? w.proposedTitle(proposed, approved)
      : o.pending(proposed, approved)
  return (
    <Alert
      type={canStart ? 'warning' : 'info'}
      showIcon
      data-testid="redetermination-offer"
      title={title}
      description={
        canStart ? (
          <Flex vertical gap={8}>
            <Typography.Text>{w.proposedBody(approved, decisionText(system))}</Typography.Text>
            <Typography.Text italic>
              “{REDETERMINATION_QUOTE}” <Typography.Text type="secondary">({o.citation})</Typography.Text>
            </Typography.Text>
            <Flex gap={8} wrap>
              <Button type="primary" onClick={start} disabled={busy}>
                {o.start}
              </Button>
              {onLater && <Button onClick={onLater}>{o.later}</Button>}
            </Flex>
          </Flex>
        ) : undefined
      }
    />
  )
}
