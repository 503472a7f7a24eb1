/**
 * Filling an empty register with the demo dataset (demo/generate.ts over the 95 units of Hải
 * Phòng), in one transaction with bulk writes so that 20,000 systems load in about a second.
 *
 * History: one summary 'import' entry for the whole load, not one per system. In Chromium the
 * cost of a bulk write is mostly per row (measured here: 20,000 rows of `{ id }` take nearly as
 * long as 20,000 full system records), so an entry per system would add a third to the rows of a
 * 20,000-system load and break its 2-second budget. A demo system's history page then starts
 * empty, and its record's createdAt still says when it appeared; the summary (entity 'system',
 * entityId `demo:<seed>`) says what was loaded, when and by whom.
 */
import type { IsoDate } from '../../domain/calendar-date'
import { DomainError } from '../../domain/errors'
import { generateDemoDataset, type DemoDataset } from '../../demo/generate'
import { HAI_PHONG_UNITS } from '../../demo/hai-phong-units'
import type { CapdoDatabase } from '../database'
import { historyEntry, nowIso } from '../repos/changes'

export const DEFAULT_DEMO_SEED = 2024

export interface LoadDemoOptions {
  asOf: IsoDate
  seed?: number
  systemsCount?: number
  unitsCount?: number
  /** Clear units, systems, assessments and history first (settings are kept); otherwise the register must be empty. */
  replace?: boolean
  by?: string
  /** Told when generating ends and writing begins: the two steps the officer waits through. */
  onPhase?: (phase: DemoPhase) => void
}

export type DemoPhase = 'generating' | 'writing'

export interface LoadDemoResult {
  units: number
  systems: number
  assessments: number
}

export async function loadDemoData(db: CapdoDatabase, options: LoadDemoOptions): Promise<LoadDemoResult> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  options.onPhase?.('generating')
  const dataset = generateDemoDataset({
    seed,
    asOf: options.asOf,
    seedUnits: HAI_PHONG_UNITS,
    systemsCount: options.systemsCount,
    unitsCount: options.unitsCount,
  })
  options.onPhase?.('writing')
  return writeDemoDataset(db, dataset, { seed, replace: options.replace, by: options.by })
}

export interface WriteDemoOptions {
  /** The seed the dataset was generated from, named in the history entry. */
  seed: number
  replace?: boolean
  by?: string
}

/**
 * Stores a generated dataset (loadDemoData's, or the benchmark's, which adds assessments to the
 * same generator's output) in one transaction, with one summary history entry.
 */
export async function writeDemoDataset(
  db: CapdoDatabase,
  dataset: DemoDataset,
  options: WriteDemoOptions,
): Promise<LoadDemoResult> {
  const { seed } = options
  const counts: LoadDemoResult = {
    units: dataset.units.length,
    systems: dataset.systems.length,
    assessments: dataset.assessments.length,
  }
  const tables = [db.units, db.systems, db.assessments, db.attachments, db.attachmentData, db.history]
  await db.transaction('rw', tables, async () => {
    if (options.replace) {
      await Promise.all([
        db.units.clear(),
        db.systems.clear(),
        db.assessments.clear(),
        db.attachments.clear(),
        db.attachmentData.clear(),
        db.history.clear(),
      ])
    } else if ((await db.units.count()) > 0 || (await db.systems.count()) > 0) {
      throw new DomainError(
        'register_not_empty',
        'Sổ theo dõi đã có dữ liệu. Chỉ có thể nạp dữ liệu mẫu vào sổ trống.',
      )
    }
    // Issued together: IndexedDB runs them in order within the transaction, without a round trip
    // to this script between stores.
    await Promise.all([
      db.units.bulkAdd(dataset.units),
      db.systems.bulkAdd(dataset.systems),
      db.assessments.bulkAdd(dataset.assessments),
      db.history.add(
        historyEntry({
          entity: 'system',
          entityId: `demo:${seed}`,
          systemId: null,
          action: 'import',
          changes: Object.entries(counts).map(([field, to]) => ({ field, from: 0, to })),
          at: nowIso(),
          by: options.by,
          note: `Nạp dữ liệu mẫu: ${counts.units} đơn vị, ${counts.systems} hệ thống thông tin, ${counts.assessments} lần kiểm tra, đánh giá (mã sinh ${seed}).`,
        }),
      ),
    ])
  })
  return counts
}
