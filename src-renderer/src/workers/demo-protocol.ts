/**
 * What the page and the demo worker say to each other: the loader's options in (minus the
 * callback), its phases and counts out, errors flattened to plain data (report-protocol.ts).
 */
import type { DemoPhase, LoadDemoOptions, LoadDemoResult } from '../db/demo/load-demo'
import type { SerializedError } from './report-protocol'

export interface DemoJob extends Omit<LoadDemoOptions, 'onPhase'> {
  /** The Dexie database to fill (the app's own, or a test's fresh one). */
  dbName: string
}

export type DemoWorkerMessage =
  | { type: 'phase'; phase: DemoPhase }
  | { type: 'done'; result: LoadDemoResult }
  | { type: 'failed'; error: SerializedError }
