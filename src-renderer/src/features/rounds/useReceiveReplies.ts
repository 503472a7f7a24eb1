/**
 * The state of "Nhận phiếu": the files dropped (each read in the reply worker, then checked against
 * the rounds on record and compared with the register as it is now), the reading's progress, and
 * applying one unit's reply (an automatic backup first, then one transaction). After every apply
 * every preview is compared again, since the register it was compared with has moved.
 */
import { App } from 'antd'
import { useCallback, useRef, useState } from 'react'
import { MAX_FILE_BYTES } from '../../../../src-main/preload/api'
import { useDb } from '../../db/hooks'
import {
  applyRoundReply,
  previewReplies,
  type AppliedRoundReply,
  type ReplyPreview,
} from '../../db/repos/round-replies'
import { vietnamDate } from '../../domain/calendar-date'
import { replyChangeCount } from '../../domain/rounds/reply-diff'
import { reportError } from '../../errors/to-user-message'
import { roundRepliesText as t } from '../../i18n/round-replies'
import { readRepliesInWorker, type ReplyReadOutcome } from '../../workers/reply-client'
import type { ReplyFileInput } from '../../workers/reply-protocol'
import { useAutoBackup } from '../backups/useAutoBackup'
import { MAX_DROP_BYTES, splitByBudget } from './reply-budget'

export interface ReceivedFile {
  key: string
  fileName: string
  read: ReplyReadOutcome
  /** Set for a file read as a reply: its round and unit, and what it would do now. */
  preview: ReplyPreview | null
  result: AppliedRoundReply | null
  applying: boolean
}

export interface ReceiveReplies {
  files: ReceivedFile[]
  /** While reading: files read so far of how many; null otherwise. */
  progress: { done: number; total: number } | null
  receive(list: readonly File[]): Promise<void>
  apply(key: string): Promise<void>
  clear(): void
}

/** A file over a limit is refused before its bytes are read into memory. */
const tooLarge = (file: File): ReplyReadOutcome => ({
  fileName: file.name,
  ok: false,
  code: 'file_too_large',
  message: t.tooLarge(MAX_FILE_BYTES),
})
const overTotal = (file: File): ReplyReadOutcome => ({
  fileName: file.name,
  ok: false,
  code: 'drop_too_large',
  message: t.overTotal(MAX_DROP_BYTES),
})

export function useReceiveReplies(): ReceiveReplies {
  const db = useDb()
  const { message } = App.useApp()
  const { backUpBefore } = useAutoBackup()
  const [files, setFiles] = useState<ReceivedFile[]>([])
  const [progress, setProgress] = useState<ReceiveReplies['progress']>(null)
  const nextKey = useRef(1)
  // The files as last set, for the comparisons that follow an apply.
  const current = useRef<ReceivedFile[]>([])
  const update = useCallback((next: ReceivedFile[]) => {
    current.current = next
    setFiles(next)
  }, [])

  /** Every read reply compared again with the register as it is now. */
  const compare = useCallback(
    async (list: ReceivedFile[]): Promise<ReceivedFile[]> => {
      const read = list.filter((f) => f.read.ok)
      const previews = await previewReplies(
        db,
        read.map((f) => (f.read.ok ? f.read.reply : null)).filter((r) => r !== null),
        vietnamDate(new Date()),
      )
      const byKey = new Map(read.map((f, i) => [f.key, previews[i]]))
      return list.map((f) => ({ ...f, preview: byKey.get(f.key) ?? null }))
    },
    [db],
  )

  const receive = useCallback(
    async (list: readonly File[]) => {
      if (list.length === 0) return
      setProgress({ done: 0, total: list.length })
      try {
        const budget = splitByBudget(list, MAX_FILE_BYTES, MAX_DROP_BYTES)
        const inputs = await Promise.all(
          budget.read.map(async (f): Promise<ReplyFileInput> => ({
            name: f.name,
            bytes: await f.arrayBuffer(),
          })),
        )
        const read = await readRepliesInWorker(inputs, vietnamDate(new Date()), (done, total) =>
          setProgress({ done, total }),
        )
        const outcomes = [...read, ...budget.tooLarge.map(tooLarge), ...budget.overTotal.map(overTotal)]
        const added = outcomes.map((read): ReceivedFile => ({
          key: String(nextKey.current++),
          fileName: read.fileName,
          read,
          preview: null,
          result: null,
          applying: false,
        }))
        update(await compare([...current.current, ...added]))
      } catch (error) {
        message.error(reportError(error))
      } finally {
        setProgress(null)
      }
    },
    [compare, message, update],
  )

  const apply = useCallback(
    async (key: string) => {
      const file = current.current.find((f) => f.key === key)
      if (!file || !file.read.ok || !file.preview?.ok) return
      const { preview } = file
      const mark = (patch: Partial<ReceivedFile>) =>
        update(current.current.map((f) => (f.key === key ? { ...f, ...patch } : f)))
      mark({ applying: true, result: null })
      try {
        // Nothing is written when the reply brings nothing and the unit is received already.
        const writes = replyChangeCount(preview.diff) > 0 || preview.recipient.receivedOn === null
        if (writes) await backUpBefore('before-round-reply')
        const result = await applyRoundReply(
          db,
          { fileName: file.fileName, ...file.read.reply },
          { expected: preview.signature },
        )
        mark({ result })
      } catch (error) {
        message.error(reportError(error))
      }
      mark({ applying: false })
      try {
        update(await compare(current.current))
      } catch (error) {
        message.error(reportError(error))
      }
    },
    [backUpBefore, compare, db, message, update],
  )

  const clear = useCallback(() => update([]), [update])

  return { files, progress, receive, apply, clear }
}
