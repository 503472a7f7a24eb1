/**
 * Receiving a collection round's replies ("Nhận phiếu", issue #17): what each returned request
 * would do to the register as it is now (the preview), and applying one unit's reply. The diff
 * (domain/rounds/reply-diff.ts) and the apply (domain/rounds/apply-reply.ts) are the ones the CLI's
 * `round collect` uses; this module checks each reply against the rounds on record
 * (domain/rounds/reply-check.ts) and writes what the apply gives, in ONE transaction: the systems
 * the reply adds and changes, the assessments it reports, each with its history entry by
 * "Theo phiếu của <unit>, đợt <số>", and the recipient received today with its count of changes.
 * The same reply twice writes nothing the second time.
 */
import { vietnamDate, type IsoDate } from '../../domain/calendar-date'
import { DomainError } from '../../domain/errors'
import { unitsNeedingFormerNames } from '../../domain/inventory/plan-import'
import { applyReply, replySource, type RegisterRecords } from '../../domain/rounds/apply-reply'
import { matchReply } from '../../domain/rounds/reply-check'
import {
  diffMarkedReply,
  diffSignature,
  replyChangeCount,
  type MarkedReply,
  type ReplyDiff,
} from '../../domain/rounds/reply-diff'
import { markReceived, type Round, type RoundRecipient } from '../../domain/rounds/round'
import type { Assessment, SystemRecord, Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { createdFields, diffFields, newId } from './changes'
import { loadFormerNames } from './import'
import { loadRegister } from './read-register'
import { ASSESSMENT_FIELDS } from './assessments'
import { SYSTEM_FIELDS, cleanSystemFields, systemFieldsOf } from './system-fields'
import { UNIT_FIELDS } from './units'
import { writeWithHistory, type HistoryDraft } from './write'

/** One returned file, as read (workers/reply-job.ts), with the name the officer gave it. */
export interface ReceivedReply extends MarkedReply {
  fileName: string
}

export type ReplyPreview =
  | {
      ok: true
      round: Round
      recipient: RoundRecipient
      diff: ReplyDiff
      /** The diff as comparable text: applying refuses when the register no longer gives it. */
      signature: string
    }
  | { ok: false; code: string; message: string }

export interface AppliedRoundReply {
  /**
   * `applied`: changes written; `received`: nothing to change, the unit marked as having reported;
   * `nothing_new`: nothing written at all (the reply was applied before, or brings nothing new to
   * a unit already received).
   */
  status: 'applied' | 'received' | 'nothing_new'
  unitName: string
  letterNo: string
  added: number
  changed: number
  assessmentsAdded: number
  round: Round
}

/** The register the replies are compared with: its records and the former names their rows may need. */
async function replyRegister(
  db: CapdoDatabase,
  replies: readonly MarkedReply[],
): Promise<RegisterRecords & { formerNames: Map<string, string[]> }> {
  const stored = await loadRegister(db)
  const rows = replies.flatMap((r) => r.sheet.parse.rows)
  const formerNames = await loadFormerNames(db, stored, unitsNeedingFormerNames(rows, stored))
  return { ...stored, formerNames }
}

/** Each reply checked against the rounds on record and compared with the register as it is now. */
export function previewReplies(
  db: CapdoDatabase,
  replies: readonly MarkedReply[],
  today: IsoDate = vietnamDate(new Date()),
): Promise<ReplyPreview[]> {
  return db.transaction('r', [db.rounds, db.units, db.systems, db.assessments, db.history], async () => {
    const rounds = await db.rounds.toArray()
    const register = await replyRegister(db, replies)
    return replies.map((reply): ReplyPreview => {
      const match = matchReply(reply.marker, rounds)
      if (!match.ok) return { ok: false, code: match.code, message: match.message }
      const diff = diffMarkedReply(reply, register, today)
      return {
        ok: true,
        round: match.round,
        recipient: match.recipient,
        diff,
        signature: diffSignature(diff),
      }
    })
  })
}

/**
 * Applies one unit's reply: a refused reply (unknown or closed round, a unit not asked, a token
 * that does not match) throws its Vietnamese message; rows with errors, rows of another unit and
 * systems the unit left out are not written (the preview lists them for the officer).
 * @param options.expected the signature of the diff the officer was shown: when the register moved
 *   since and gives another diff, nothing is written (`reply_stale`) and the preview is redone.
 */
export async function applyRoundReply(
  db: CapdoDatabase,
  reply: ReceivedReply,
  options: { expected?: string } = {},
): Promise<AppliedRoundReply> {
  // The author (the unit and the round) is known only once the reply is matched: each entry names it.
  return writeWithHistory(
    db,
    [db.rounds, db.units, db.systems, db.assessments],
    {},
    async (write): Promise<AppliedRoundReply> => {
      const { at } = write
      const today = vietnamDate(new Date(at))
      const match = matchReply(reply.marker, await db.rounds.toArray())
      if (!match.ok) throw new DomainError(match.code, match.message)
      const register = await replyRegister(db, [reply])
      const diff = diffMarkedReply(reply, register, today)
      if (options.expected !== undefined && diffSignature(diff) !== options.expected) {
        throw new DomainError(
          'reply_stale',
          'Sổ theo dõi đã thay đổi từ lúc xem trước phiếu này. CapDo đã so sánh lại; hãy xem lại bản xem trước rồi bấm "Áp dụng".',
        )
      }
      const { round, recipient } = match
      const count = replyChangeCount(diff)
      const by = replySource(diff.unitName, round.letterNo)
      const summary = { unitName: diff.unitName, letterNo: round.letterNo }
      if (count === 0 && recipient.receivedOn !== null) {
        return { status: 'nothing_new', ...summary, added: 0, changed: 0, assessmentsAdded: 0, round }
      }

      const applied = applyReply(register, diff, at)
      const entry = (e: HistoryDraft) => write.record({ ...e, by })
      const inFile = (row: number) => `dòng ${row} của phiếu "${reply.fileName}"`

      const units: Unit[] = []
      if (!diff.unitKnown) {
        // The unit was deleted from the register after the request was sent: its reply brings it back.
        const unit = applied.register.units.find((u) => u.id === diff.unitId)
        if (unit) {
          units.push(unit)
          entry({
            entity: 'unit',
            entityId: unit.id,
            systemId: null,
            action: 'create',
            changes: createdFields(unit, UNIT_FIELDS),
            note: 'Đơn vị không còn trong sổ theo dõi; thêm lại theo phiếu trả lời.',
          })
        }
      }

      const appliedById = new Map(applied.register.systems.map((s) => [s.id, s]))
      // The app's own ids for new records (the domain's are derived from names, for files alone).
      const newIds = new Map<string, string>()
      const added: SystemRecord[] = []
      for (const { row, systemId } of diff.added) {
        const made = appliedById.get(systemId)
        if (!made) continue
        const id = newId()
        newIds.set(systemId, id)
        const system: SystemRecord = {
          id,
          ...cleanSystemFields(systemFieldsOf(made)),
          createdAt: at,
          updatedAt: at,
          revision: 1,
        }
        added.push(system)
        entry({
          entity: 'system',
          entityId: id,
          systemId: id,
          action: 'create',
          changes: createdFields(system, SYSTEM_FIELDS),
          note: `Thêm mới từ ${inFile(row.excelRow)}.`,
        })
      }

      const storedById = new Map(register.systems.map((s) => [s.id, s]))
      const changed: SystemRecord[] = []
      for (const { row, systemId } of diff.changed) {
        const before = storedById.get(systemId)
        const after = appliedById.get(systemId)
        if (!before || !after) continue
        const fields = cleanSystemFields(systemFieldsOf(after), systemFieldsOf(before))
        const fieldChanges = diffFields(before, { ...before, ...fields }, SYSTEM_FIELDS)
        if (fieldChanges.length === 0) continue
        changed.push({ ...before, ...fields, updatedAt: at, revision: before.revision + 1 })
        entry({
          entity: 'system',
          entityId: systemId,
          systemId,
          action: 'update',
          changes: fieldChanges,
          note: `Cập nhật từ ${inFile(row.excelRow)}.`,
        })
      }

      const assessments = applied.register.assessments
        .slice(register.assessments.length)
        .map((a): Assessment => ({ ...a, id: newId(), systemId: newIds.get(a.systemId) ?? a.systemId }))
      for (const a of assessments) {
        entry({
          entity: 'assessment',
          entityId: a.id,
          systemId: a.systemId,
          action: 'create',
          changes: createdFields(a, ASSESSMENT_FIELDS),
          note: 'Lần kiểm tra, đánh giá gần nhất đơn vị báo cáo trong phiếu.',
        })
      }

      const after = markReceived(round, recipient.unitId, today, count, at)
      const afterRecipient = after.recipients.find((r) => r.unitId === recipient.unitId)
      entry({
        entity: 'round',
        entityId: round.id,
        systemId: null,
        action: 'update',
        changes: [
          { field: 'receivedOn', from: recipient.receivedOn, to: afterRecipient?.receivedOn ?? today },
          { field: 'changes', from: recipient.changes, to: afterRecipient?.changes ?? count },
        ],
        note:
          `Nhận phiếu của ${diff.unitName} (tệp "${reply.fileName}"): thêm ${added.length}, ` +
          `cập nhật ${diff.changed.length} hệ thống.`,
      })

      await db.units.bulkAdd(units)
      await db.systems.bulkAdd(added)
      await db.systems.bulkPut(changed)
      await db.assessments.bulkAdd(assessments)
      await db.rounds.put(after)
      return {
        status: count > 0 ? 'applied' : 'received',
        ...summary,
        added: added.length,
        changed: diff.changed.length,
        assessmentsAdded: assessments.length,
        round: after,
      }
    },
  )
}
