/**
 * "Tạo phiếu": the request workbook of every recipient of a round, from the register as it is
 * now, zipped into one file to attach to an e-mail or copy to a USB stick. Workbooks are zips
 * already, so the archive stores them without a second deflate.
 */
import { zipSync } from 'fflate'
import type { CapdoDatabase } from '../../db/database'
import { loadRegister } from '../../db/repos/read-register'
import { planRequests } from '../../domain/rounds/requests'
import type { Round } from '../../domain/rounds/round'
import { buildRequestWorkbook } from '../../excel/rounds/request-workbook'

export async function buildRequestsZip(
  db: CapdoDatabase,
  round: Round,
  onProgress: (done: number, total: number) => void,
): Promise<{ zip: Uint8Array; count: number }> {
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
