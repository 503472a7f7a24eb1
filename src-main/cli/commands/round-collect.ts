/**
 * `round collect INVENTORY REPLY... [--json] [--out FILE.xlsx] [--round dot-thu-thap.json]`: reads
 * the returned request workbooks, finds each one's round and unit by its hidden marker, and prints
 * per unit what its reply would add, change (field by field), leave, remove (for the officer to
 * decide: nothing is deleted) and not apply (rows of another unit), its errors, and which
 * recipients have not replied. Replies are taken in the order given, each against the inventory
 * as the replies before it left it, so the same reply twice changes nothing the second time. A
 * reply with errors is not applied. With --out the merged inventory is written as CapDo's register
 * sheet (it imports back); with --round the replies are checked against the round's record
 * (unknown round, closed round, a unit not asked, a token that does not match).
 * Exit 0 every reply applied cleanly, 1 a reply refused or with errors, 2 usage or unreadable file.
 */
import { isIsoDate } from '../../../src-renderer/src/domain/calendar-date'
import { isDomainError } from '../../../src-renderer/src/domain/errors'
import { inventoryToRegister } from '../../../src-renderer/src/domain/inventory/to-register'
import { evaluateRegister } from '../../../src-renderer/src/domain/register'
import { DEFAULT_REPORT_SETTINGS } from '../../../src-renderer/src/domain/report/settings'
import { DEFAULT_RULE_SET_ID, findShippedRuleSet } from '../../../src-renderer/src/domain/rule-set'
import { applyReply, type RegisterRecords } from '../../../src-renderer/src/domain/rounds/apply-reply'
import type { MarkedUnit, ReplyMarker } from '../../../src-renderer/src/domain/rounds/marker'
import { matchReply } from '../../../src-renderer/src/domain/rounds/reply-check'
import { diffMarkedReply } from '../../../src-renderer/src/domain/rounds/reply-diff'
import type { Round } from '../../../src-renderer/src/domain/rounds/round'
import { buildReportWorkbook } from '../../../src-renderer/src/excel/export/report-workbook'
import { readReplyFile } from '../../../src-renderer/src/excel/rounds/read-reply'
import { parseArgs, UsageError } from '../args'
import { readFailure, writeFailure } from '../fs-errors'
import { readCleanInventory } from '../inventory-file'
import { EXIT, type CliIo } from '../io'
import { refusedReply, replyJson, replyLines, type ReplyJson } from './round-report'

export const ROUND_COLLECT_USAGE =
  'Cách dùng: capdo round collect <tệp danh mục> <phiếu trả lời>... [--json] [--out danh-muc-tong-hop.xlsx] [--round dot-thu-thap.json]'

interface CollectArgs {
  inventory: string
  replies: string[]
  json: boolean
  out: string | null
  round: string | null
}

function readArgs(args: readonly string[]): CollectArgs {
  const parsed = parseArgs(args, { flags: ['json'], options: ['out', 'round'] })
  const [inventory, ...replies] = parsed.positionals
  if (inventory === undefined)
    throw new UsageError('Cần tệp danh mục hệ thống (INVENTORY) và các phiếu trả lời.')
  if (replies.length === 0) throw new UsageError('Cần ít nhất một phiếu trả lời sau tệp danh mục.')
  return {
    inventory,
    replies,
    json: parsed.flags.has('json'),
    out: parsed.options.get('out') ?? null,
    round: parsed.options.get('round') ?? null,
  }
}

/** The round's record written by `round requests`, read as untrusted JSON (only what the check needs). */
async function readRoundFile(path: string, io: CliIo): Promise<Round> {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(path)))
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof TypeError) {
      throw new UsageError(
        `Tệp "${path}" không phải hồ sơ đợt thu thập (JSON) do "capdo round requests" ghi.`,
      )
    }
    throw new UsageError(readFailure(path, error))
  }
  const round = value as Partial<Round> | null
  const ok =
    round !== null &&
    typeof round === 'object' &&
    typeof round.id === 'string' &&
    typeof round.letterNo === 'string' &&
    isIsoDate(round.letterDate) &&
    isIsoDate(round.asOf) &&
    isIsoDate(round.dueOn) &&
    (round.closedOn === null || isIsoDate(round.closedOn)) &&
    Array.isArray(round.recipients) &&
    round.recipients.every(
      (r) => typeof r?.unitId === 'string' && typeof r.unitName === 'string' && typeof r.token === 'string',
    )
  if (!ok) throw new UsageError(`Tệp "${path}" không phải hồ sơ đợt thu thập do "capdo round requests" ghi.`)
  return round as Round
}

export async function roundCollectCommand(args: readonly string[], io: CliIo): Promise<number> {
  let options: CollectArgs
  let recorded: Round | null = null
  try {
    options = readArgs(args)
    if (options.round !== null) recorded = await readRoundFile(options.round, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`${error.message}\n${ROUND_COLLECT_USAGE}\n`)
    return EXIT.usage
  }
  const inventory = await readCleanInventory(options.inventory, io, 'chưa tổng hợp')
  if (!inventory.ok) return inventory.exit

  // Every reply read first: the round is the one the record names, else the first marker's.
  const read: { file: string; outcome: Awaited<ReturnType<typeof readReplyFile>> }[] = []
  for (const file of options.replies) {
    let bytes: Uint8Array
    try {
      bytes = await io.readFile(file)
    } catch (error) {
      io.stderr(`${readFailure(file, error)}\n`)
      return EXIT.usage
    }
    try {
      read.push({ file, outcome: await readReplyFile(bytes) })
    } catch (error) {
      if (!isDomainError(error)) throw error
      read.push({ file, outcome: { ok: false, code: error.code, message: error.message } })
    }
  }
  const firstMarker = read.map((r) => r.outcome).find((o) => o.ok)
  const round:
    | (Pick<ReplyMarker, 'roundId' | 'letterNo' | 'letterDate' | 'asOf' | 'dueOn'> & {
        recipients: MarkedUnit[]
      })
    | null = recorded
    ? { roundId: recorded.id, ...recorded, recipients: recorded.recipients }
    : firstMarker?.ok
      ? firstMarker.marker
      : null

  const now = `${round?.asOf ?? '1970-01-01'}T00:00:00.000Z`
  let register: RegisterRecords = inventoryToRegister(inventory.result.rows, { now })
  const replies: ReplyJson[] = []
  const replied = new Set<string>()
  for (const { file, outcome } of read) {
    if (!outcome.ok) {
      replies.push(refusedReply(file, outcome.message))
      continue
    }
    const { marker } = outcome
    if (recorded) {
      const match = matchReply(marker, [recorded])
      if (!match.ok) {
        replies.push(refusedReply(file, match.message, marker))
        continue
      }
    } else if (round && marker.roundId !== round.roundId) {
      replies.push(
        refusedReply(
          file,
          `Phiếu thuộc một đợt khác (công văn số ${marker.letterNo}), không phải đợt của các phiếu trước ` +
            `(công văn số ${round.letterNo}). Hãy tổng hợp riêng từng đợt.`,
          marker,
        ),
      )
      continue
    }
    // The app's path too (db/repos/round-replies.ts): one diff of a reply read from its file.
    const diff = diffMarkedReply(outcome, register)
    replied.add(marker.unitId)
    const applied = diff.errors.length === 0
    if (applied) register = applyReply(register, diff, now).register
    replies.push(replyJson(file, marker, diff, applied))
  }

  const notReplied = (round?.recipients ?? [])
    .filter((r) => !replied.has(r.unitId))
    .map((r) => ({ unitId: r.unitId, unit: r.unitName }))

  if (options.out !== null && round) {
    const ruleSet = findShippedRuleSet(DEFAULT_RULE_SET_ID)
    if (!ruleSet) throw new Error(`shipped rule set ${DEFAULT_RULE_SET_ID} missing`)
    try {
      const bytes = await buildReportWorkbook({
        register: evaluateRegister(register, ruleSet, round.asOf),
        ruleSet,
        asOf: round.asOf,
        settings: DEFAULT_REPORT_SETTINGS,
        sheets: ['register'],
        assessments: register.assessments,
      })
      await io.writeFile(options.out, bytes)
    } catch (error) {
      io.stderr(`${writeFailure(options.out, error)}\n`)
      return EXIT.usage
    }
  }

  const clean = replies.every((r) => r.status === 'applied')
  const out = options.out !== null && round ? options.out : null
  if (options.json) {
    const roundJson = round
      ? {
          id: round.roundId,
          letterNo: round.letterNo,
          letterDate: round.letterDate,
          asOf: round.asOf,
          dueOn: round.dueOn,
          recipients: round.recipients.length,
        }
      : null
    io.stdout(`${JSON.stringify({ round: roundJson, replies, notReplied, out })}\n`)
  } else {
    const lines = replies.flatMap(replyLines)
    if (round) {
      lines.push(
        notReplied.length === 0
          ? 'Mọi đơn vị nhận phiếu đều đã gửi lại.'
          : `Chưa báo cáo (${notReplied.length}/${round.recipients.length} đơn vị): ${notReplied.map((u) => u.unit).join('; ')}.`,
      )
    }
    if (out !== null) lines.push(`Đã ghi danh mục tổng hợp: ${out}`)
    io.stdout(`${lines.join('\n')}\n`)
  }
  return clean ? EXIT.ok : EXIT.dataErrors
}
