/**
 * The page's side of the reply worker: "Nhận phiếu" hands it the returned files and gets, for
 * each, the reply read or its refusal. Where no worker can run (jsdom, a shell refusing module
 * workers) the same reading runs on the page; reading writes nothing, so a worker that breaks
 * midway is simply replaced by the page.
 */
import type { IsoDate } from '../domain/calendar-date'
import { readReplies } from './reply-job'
import type { ReplyFileInput, ReplyReadJob, ReplyReadOutcome, ReplyWorkerMessage } from './reply-protocol'
import { deserializeError } from './report-protocol'
import { runInWorker, type WorkerPort } from './worker-run'

export type { ReplyReadOutcome } from './reply-protocol'
export type ReplyWorkerPort = WorkerPort<ReplyReadJob, ReplyWorkerMessage>

export function createReplyWorker(): ReplyWorkerPort {
  return new Worker(new URL('./reply.worker.ts', import.meta.url), { type: 'module', name: 'capdo-replies' })
}

export function readRepliesInWorker(
  files: ReplyFileInput[],
  today: IsoDate,
  onProgress: (done: number, total: number) => void,
  createWorker: () => ReplyWorkerPort = createReplyWorker,
): Promise<ReplyReadOutcome[]> {
  const job: ReplyReadJob = { files, today }
  return runInWorker<ReplyReadJob, ReplyWorkerMessage, ReplyReadOutcome[]>({
    what: 'reply',
    createWorker,
    job,
    onPage: () => readReplies(job, onProgress),
    read: (message) => {
      if (message.type === 'progress') {
        onProgress(message.done, message.total)
        return null
      }
      return message.type === 'done'
        ? { done: message.outcomes }
        : { failed: deserializeError(message.error) }
    },
  })
}
