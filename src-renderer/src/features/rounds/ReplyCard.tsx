import { Alert, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd'
import { formatViDate, vietnamDate } from '../../domain/calendar-date'
import { replyChangeCount } from '../../domain/rounds/reply-diff'
import type { Round } from '../../domain/rounds/round'
import { roundRepliesText as t } from '../../i18n/round-replies'
import { ReplySections } from './ReplySections'
import type { ReceivedFile } from './useReceiveReplies'

/** Rows left out for their errors (several cells of one row count once). */
const errorRows = (file: ReceivedFile): number =>
  file.preview?.ok ? new Set(file.preview.diff.errors.map((e) => e.row)).size : 0

/** What applying did, in words. */
function ResultAlert({ file }: { file: ReceivedFile }) {
  const { result } = file
  if (!result) return null
  const today = formatViDate(vietnamDate(new Date()))
  const text =
    result.status === 'applied'
      ? t.applied(result.added, result.changed, today)
      : result.status === 'received'
        ? t.receivedOnly(today)
        : t.nothingNew
  return (
    <Alert
      data-testid="reply-result"
      type={result.status === 'nothing_new' ? 'info' : 'success'}
      showIcon
      title={text}
    />
  )
}

/** One dropped file: refused with why, or one unit's reply with its preview and "Áp dụng". */
export function ReplyCard({
  file,
  viewing,
  expanded,
  onApply,
}: {
  file: ReceivedFile
  viewing: Round
  /** Whether the lists start open (a few replies) or closed (many, each opened on demand). */
  expanded: boolean
  onApply: () => void
}) {
  const { preview } = file
  if (!file.read.ok || !preview || !preview.ok) {
    const message = !file.read.ok ? file.read.message : preview && !preview.ok ? preview.message : ''
    return (
      <Alert
        data-testid="reply-refused"
        type="error"
        showIcon
        title={t.refusedTitle(file.fileName)}
        description={message}
      />
    )
  }
  const { diff, round, recipient } = preview
  // Late as received today; a unit received before keeps the date it reported on.
  const late = recipient.receivedOn === null && vietnamDate(new Date()) > round.dueOn
  const count = replyChangeCount(diff)
  const errors = errorRows(file)
  // Nothing to write: the reply brings no change and the unit has been received (applied before).
  const writes = count > 0 || recipient.receivedOn === null
  const c = t.counts
  return (
    <Card
      size="small"
      data-testid="reply-card"
      title={
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{t.replyTitle(diff.unitName)}</Typography.Text>
          <Typography.Text type="secondary">{t.fromFile(file.fileName)}</Typography.Text>
          {round.id !== viewing.id && <Tag color="purple">{t.otherRound(round.letterNo)}</Tag>}
          {late && <Tag color="orange">{t.late(formatViDate(round.dueOn))}</Tag>}
          {recipient.receivedOn && (
            <Tag color="green">{t.alreadyReceived(formatViDate(recipient.receivedOn))}</Tag>
          )}
        </Flex>
      }
      extra={
        <Popconfirm
          title={t.applyConfirm(diff.unitName)}
          onConfirm={onApply}
          disabled={file.applying}
          okText={t.apply}
        >
          <Button type={writes ? 'primary' : 'default'} loading={file.applying}>
            {file.applying ? t.applying : errors > 0 ? t.applyWithErrors(errors) : t.apply}
          </Button>
        </Popconfirm>
      }
    >
      <Flex vertical gap={8}>
        <Flex gap={6} wrap data-testid="reply-counts">
          <Tag color={diff.added.length ? 'blue' : 'default'}>{c.added(diff.added.length)}</Tag>
          <Tag color={diff.changed.length ? 'blue' : 'default'}>{c.changed(diff.changed.length)}</Tag>
          <Tag>{c.unchanged(diff.unchanged.length)}</Tag>
          {diff.removed.length > 0 && <Tag color="gold">{c.removed(diff.removed.length)}</Tag>}
          {diff.otherUnit.length > 0 && <Tag color="gold">{c.otherUnit(diff.otherUnit.length)}</Tag>}
          {diff.levelHeld.length > 0 && <Tag color="gold">{c.levelHeld(diff.levelHeld.length)}</Tag>}
          {diff.errors.length > 0 && <Tag color="red">{c.errors(diff.errors.length)}</Tag>}
        </Flex>
        <ResultAlert file={file} />
        {count === 0 && !file.result && (
          <Typography.Text type="secondary">{t.nothingToApply}</Typography.Text>
        )}
        <ReplySections diff={diff} expanded={expanded} />
      </Flex>
    </Card>
  )
}
