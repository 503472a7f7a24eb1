/**
 * The work the demo worker does, as a plain function so Vitest runs it without a Worker: open the
 * database by name and run the demo loader there. The page's register follows the write through
 * Dexie's BroadcastChannel (db/hooks/register-snapshot.ts), as it follows the import worker's.
 */
import { createDatabase } from '../db/database'
import { loadDemoData, type DemoPhase, type LoadDemoResult } from '../db/demo/load-demo'
import type { DemoJob } from './demo-protocol'

export async function runDemoJob(
  job: DemoJob,
  onPhase?: (phase: DemoPhase) => void,
): Promise<LoadDemoResult> {
  const { dbName, ...options } = job
  const db = createDatabase(dbName)
  try {
    return await loadDemoData(db, { ...options, onPhase })
  } finally {
    db.close()
  }
}
