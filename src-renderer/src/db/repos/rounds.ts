/**
 * Collection rounds in the store (schema v5): creating a round from its letter, marking requests
 * handed out, closing it. Each write is one transaction with its history entry (entity `round`).
 * The tokens are drawn here, at the edge (crypto.getRandomValues), and handed to the pure
 * domain/rounds/round.ts, which draws nothing.
 */
import { formatViDate, vietnamDate, type IsoDate } from '../../domain/calendar-date'
import { DomainError } from '../../domain/errors'
import {
  closeRound as closedRound,
  createRound as newRound,
  markReceivedOtherwise,
  markSent,
  type ReceivedOtherwise,
  type Round,
  type RoundInput,
} from '../../domain/rounds/round'
import type { CapdoDatabase } from '../database'
import { newId, nowIso } from './changes'
import { writeWithHistory } from './write'

/** 18 random bytes as base64url: 24 characters no other unit can guess. */
export function newRoundToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '')
}

const letterOf = (round: Round): string => `công văn số ${round.letterNo}`

export async function createRound(db: CapdoDatabase, input: RoundInput, by = ''): Promise<Round> {
  const at = nowIso()
  const round = newRound(input, { id: newId(), tokenFor: newRoundToken }, at)
  await writeWithHistory(db, [db.rounds], { by, at }, async ({ record }) => {
    await db.rounds.add(round)
    record({
      entity: 'round',
      entityId: round.id,
      systemId: null,
      action: 'create',
      changes: [
        { field: 'letterNo', from: null, to: round.letterNo },
        { field: 'recipients', from: null, to: round.recipients.length },
      ],
      note: `Tạo đợt thu thập theo ${letterOf(round)}, gửi ${round.recipients.length} đơn vị.`,
    })
  })
  return round
}

async function requireRound(db: CapdoDatabase, id: string): Promise<Round> {
  const round = await db.rounds.get(id)
  if (!round) throw new DomainError('round_not_found', 'Không tìm thấy đợt thu thập này (có thể đã bị xóa).')
  return round
}

/** The requests of these units handed out today (Tạo phiếu). */
export async function markRequestsSent(
  db: CapdoDatabase,
  id: string,
  unitIds: readonly string[],
  by = '',
): Promise<Round> {
  const at = nowIso()
  return writeWithHistory(db, [db.rounds], { by, at }, async ({ record }) => {
    const before = await requireRound(db, id)
    const after = markSent(before, unitIds, vietnamDate(new Date(at)), at)
    const sent = after.recipients.filter((r, i) => r.sentOn !== before.recipients[i]?.sentOn).length
    await db.rounds.put(after)
    record({
      entity: 'round',
      entityId: id,
      systemId: null,
      action: 'update',
      changes: [{ field: 'sentOn', from: null, to: sent }],
      note: `Tạo phiếu cho ${unitIds.length} đơn vị (${letterOf(after)}).`,
    })
    return after
  })
}

const HOW: Record<ReceivedOtherwise, string> = {
  exchange: 'tệp “Gửi lên” của đơn vị, đã nhận qua “Nhận dữ liệu”',
  letter: 'công văn, văn bản giấy',
  other: 'thư điện tử hoặc hình thức khác',
}

/**
 * A unit's reply recorded by hand (it came with no request workbook for "Nhận phiếu" to read): the
 * recipient received on `on`, and how, in the history entry. Nothing in the register changes.
 */
export async function recordReplyReceived(
  db: CapdoDatabase,
  id: string,
  unitId: string,
  on: IsoDate,
  how: ReceivedOtherwise,
  by = '',
): Promise<Round> {
  const at = nowIso()
  return writeWithHistory(db, [db.rounds], { by, at }, async ({ record }) => {
    const before = await requireRound(db, id)
    const after = markReceivedOtherwise(before, unitId, on, vietnamDate(new Date(at)), at)
    const unitName = after.recipients.find((r) => r.unitId === unitId)?.unitName ?? unitId
    await db.rounds.put(after)
    record({
      entity: 'round',
      entityId: id,
      systemId: null,
      action: 'update',
      changes: [{ field: 'receivedOn', from: null, to: on }],
      note: `Ghi nhận ${unitName} đã báo cáo ngày ${formatViDate(on)} qua ${HOW[how]} (${letterOf(after)}).`,
    })
    return after
  })
}

/** Closes the round today; its record stays. */
export async function closeRoundNow(db: CapdoDatabase, id: string, by = ''): Promise<Round> {
  const at = nowIso()
  return writeWithHistory(db, [db.rounds], { by, at }, async ({ record }) => {
    const after = closedRound(await requireRound(db, id), vietnamDate(new Date(at)), at)
    await db.rounds.put(after)
    record({
      entity: 'round',
      entityId: id,
      systemId: null,
      action: 'update',
      changes: [{ field: 'closedOn', from: null, to: after.closedOn }],
      note: `Đóng đợt thu thập theo ${letterOf(after)}.`,
    })
    return after
  })
}

export function listRounds(db: CapdoDatabase): Promise<Round[]> {
  return db.rounds.toArray()
}
