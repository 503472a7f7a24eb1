/**
 * One job sent to one worker, shared by the report, demo and backup clients: the worker is
 * terminated when the job ends or the caller aborts; where no worker can be created (jsdom, a
 * shell that refuses module workers) or one breaks before its first word, the same job runs on
 * the page instead, so the officer still gets the result.
 */

/** The part of a Worker a client uses, so a test can stand in for it. */
export interface WorkerPort<Job, Message> {
  onmessage: ((event: MessageEvent<Message>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  postMessage(job: Job): void
  terminate(): void
}

/** What a message from the worker means: the answer, the job's failure, or news (progress). */
export type WorkerReading<T> = { done: T } | { failed: unknown } | null

export interface WorkerRun<Job, Message, T> {
  /** Names the job in console messages ("report", "demo", "backup"). */
  what: string
  createWorker: () => WorkerPort<Job, Message>
  job: Job
  /** The same job on the page's own thread. */
  onPage: () => Promise<T>
  read: (message: Message) => WorkerReading<T>
  /**
   * The error for a worker that breaks after it has spoken (its work may be half done). Without
   * it, the page does the job again: right where the job is safe to repeat (a backup).
   */
  brokenAfterStart?: () => Error
  signal?: AbortSignal
  abortError?: () => Error
}

export function runInWorker<Job, Message, T>(run: WorkerRun<Job, Message, T>): Promise<T> {
  const { what, signal, abortError = () => new DOMException('Aborted', 'AbortError') } = run
  let worker: WorkerPort<Job, Message>
  try {
    worker = run.createWorker()
  } catch (error) {
    // Expected where there is no Worker at all (jsdom); worth a word anywhere else.
    if (typeof Worker !== 'undefined')
      console.warn(`The ${what} worker could not be created; running on the page.`, error)
    return run.onPage()
  }
  return new Promise<T>((resolve, reject) => {
    let answered = false
    const finish = (): void => {
      worker.onmessage = null
      worker.onerror = null
      worker.onmessageerror = null
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = (): void => {
      finish()
      reject(abortError())
    }
    signal?.addEventListener('abort', onAbort)
    worker.onmessage = ({ data: message }) => {
      answered = true
      const reading = run.read(message)
      if (!reading) return
      finish()
      if ('done' in reading) resolve(reading.done)
      else reject(reading.failed)
    }
    const onBroken = (event: Event): void => {
      finish()
      if (!answered || !run.brokenAfterStart) {
        console.error(`The ${what} worker failed; running on the page.`, event)
        run.onPage().then(resolve, reject)
        return
      }
      console.error(event)
      reject(run.brokenAfterStart())
    }
    worker.onerror = onBroken
    worker.onmessageerror = onBroken
    worker.postMessage(run.job)
  })
}
