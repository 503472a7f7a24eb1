/**
 * "Nhận": the automatic backup, then the merge. The backup is taken only when the merge will
 * change a record; a file that changes nothing must not cost a restore point (the kept list is
 * bounded, so each needless backup pushes an older, useful one out).
 */
import type { CapdoDatabase } from '../../db/database'
import { applyExchangeImport, exchangeWouldWrite, type AppliedExchange } from '../../db/repos/exchange'
import type { AutoBackupReason } from '../../domain/auto-backup-policy'
import type { MergePlan, Resolutions } from '../../domain/exchange'

export async function takeIn(
  db: CapdoDatabase,
  plan: MergePlan,
  resolutions: Resolutions,
  backUpBefore: (reason: AutoBackupReason) => Promise<unknown>,
): Promise<AppliedExchange> {
  // A failed backup is told to the officer and does not block the merge (useAutoBackup).
  if (await exchangeWouldWrite(db, plan, resolutions)) await backUpBefore('before-merge')
  return applyExchangeImport(db, plan, resolutions)
}
