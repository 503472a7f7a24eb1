/**
 * Reading returned request workbooks, one after the other, as a plain function so the worker, the
 * page (where no worker runs) and Vitest share it. Each file stands alone: one that cannot be read
 * or is not a request gets its own Vietnamese refusal and the others are read all the same.
 */
import { MAX_FILE_BYTES } from '../../../src-main/preload/api'
import { isDomainError } from '../domain/errors'
import { readReplyFile } from '../excel/rounds/read-reply'
import { roundRepliesText as t } from '../i18n/round-replies'
import type { ReplyReadJob, ReplyReadOutcome } from './reply-protocol'

async function readOne(name: string, bytes: ArrayBuffer, today: string): Promise<ReplyReadOutcome> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { fileName: name, ok: false, code: 'file_too_large', message: t.tooLarge(MAX_FILE_BYTES) }
  }
  try {
    const read = await readReplyFile(bytes, { today })
    if (!read.ok) return { fileName: name, ok: false, code: read.code, message: read.message }
    return { fileName: name, ok: true, reply: { marker: read.marker, sheet: read.sheet } }
  } catch (error) {
    if (isDomainError(error)) return { fileName: name, ok: false, code: error.code, message: error.message }
    // A reader's own failure on a damaged file: the officer is told, the detail goes to the log.
    console.error(`reading reply ${name}`, error)
    return { fileName: name, ok: false, code: 'unreadable_file', message: t.unreadable }
  }
}

export async function readReplies(
  job: ReplyReadJob,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ReplyReadOutcome[]> {
  const outcomes: ReplyReadOutcome[] = []
  const total = job.files.length
  for (const [i, file] of job.files.entries()) {
    onProgress(i, total)
    outcomes.push(await readOne(file.name, file.bytes, job.today))
  }
  onProgress(total, total)
  return outcomes
}
