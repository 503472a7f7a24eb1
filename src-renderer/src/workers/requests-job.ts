/**
 * "Tạo phiếu": the request workbook of every recipient of a round, from the register as it is
 * now, zipped into one file to attach to an e-mail or copy to a USB stick. Workbooks are zips
 * already, so the archive stores them without a second deflate. Plain functions, so the worker,
 * the page (where no worker runs) and Vitest share one path.
 */
import { zipSync } from 'fflate'
import { createDatabase, type CapdoDatabase } from '../db/database'
import { loadRegister } from '../db/repos/read-register'
import { planRequests } from '../domain/rounds/requests'
import type { Round } from '../domain/rounds/round'
import { buildRequestWorkbook } from '../excel/rounds/request-workbook'
import type { RequestsJob, RequestsZip } from './requests-protocol'

type Progress = (done: number, total: number) => void

export async function buildRequestsZip(
  db: CapdoDatabase,
  round: Round,
  onProgress: Progress = () => undefined,
): Promise<RequestsZip> {
  const register = await loadRegister(db)
  const requests = planRequests(round, register)
  const files: Record<string, Uint8Array> = {}
  for (const [i, request] of requests.entries()) {
    onProgress(i, requests.length)
    files[request.fileName] = await buildRequestWorkbook(request)
  }
  onProgress(requests.length, requests.length)
  return { zip: zipSync(files, { level: 0 }), count: requests.length }
}

/** The worker's job: the same, over the database it opens by name. */
export async function runRequestsJob(job: RequestsJob, onProgress?: Progress): Promise<RequestsZip> {
  const db = createDatabase(job.dbName)
  try {
    return await buildRequestsZip(db, job.round, onProgress)
  } finally {
    db.close()
  }
}
