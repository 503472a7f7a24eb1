/**
 * Where the open collection rounds stand today, for the dashboard and the reminder bell
 * (issue #17: "the count on the dashboard while a round is open; a reminder as the due date
 * nears"). Derived from the rounds and today, never stored.
 */
import { daysBetween, type IsoDate } from '../calendar-date'
import { compareVi } from '../text'
import { recipientStatus, type Round } from './round'

export interface RoundProgress {
  roundId: string
  letterNo: string
  dueOn: IsoDate
  /** Days from today to the due date: 0 on the day, negative once it has passed. */
  daysLeft: number
  recipients: number
  /** Replies received ("đã nhận"). */
  received: number
  /** Recipients without a reply ("chưa báo cáo"), late ones included. */
  notReplied: number
  /** Of those, the ones past the due date ("quá hạn"). */
  late: number
  /** Requests not handed out yet (Tạo phiếu not done for them). */
  notSent: number
}

export function roundProgress(round: Round, today: IsoDate): RoundProgress {
  const progress: RoundProgress = {
    roundId: round.id,
    letterNo: round.letterNo,
    dueOn: round.dueOn,
    daysLeft: daysBetween(today, round.dueOn),
    recipients: round.recipients.length,
    received: 0,
    notReplied: 0,
    late: 0,
    notSent: 0,
  }
  for (const r of round.recipients) {
    const status = recipientStatus(round, r, today)
    if (status.kind === 'received') progress.received++
    else progress.notReplied++
    if (status.kind === 'late') progress.late++
    if (status.kind === 'not_sent') progress.notSent++
  }
  return progress
}

/** The open rounds, the nearest due date first. */
export function openRoundsProgress(rounds: readonly Round[], today: IsoDate): RoundProgress[] {
  return rounds
    .filter((r) => r.closedOn === null)
    .map((r) => roundProgress(r, today))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || compareVi(a.letterNo, b.letterNo))
}

/**
 * How many days before its due date a round starts being recalled: a round usually gives units
 * one or two weeks, so the last working week. The app's choice, not a legal deadline.
 */
export const ROUND_REMINDER_DAYS = 5

export interface RoundReminder extends RoundProgress {
  /** `due_soon` within ROUND_REMINDER_DAYS of the due date (the day itself included), then `overdue`. */
  urgency: 'due_soon' | 'overdue'
}

/**
 * The reminder bell's round items: each open round with a recipient still to reply, from
 * ROUND_REMINDER_DAYS before its due date on; once the date has passed, as long as some reply is
 * missing. A round every recipient has answered, or a closed one, is never recalled.
 */
export function roundReminders(
  rounds: readonly Round[],
  today: IsoDate,
  days: number = ROUND_REMINDER_DAYS,
): RoundReminder[] {
  const items: RoundReminder[] = []
  for (const p of openRoundsProgress(rounds, today)) {
    if (p.notReplied === 0 || p.daysLeft > days) continue
    items.push({ ...p, urgency: p.daysLeft < 0 ? 'overdue' : 'due_soon' })
  }
  return items
}
