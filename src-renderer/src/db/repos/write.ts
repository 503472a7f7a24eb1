/**
 * The one way a repo writes (STYLE habit 5): one read-write transaction over the tables the
 * write touches and the history, and the history entries the write records, appended in that
 * same transaction after the change. A write states its tables and records its story through
 * `write.record`; it cannot open a transaction without the history table, and if anything
 * throws, neither the change nor its entries are stored. Lint forbids the two by hand
 * (eslint.config.mjs: no `transaction('rw', …)` and no `history.add` in db/repos but here).
 */
import type { Table } from 'dexie'
import type { FieldChange, HistoryAction, HistoryEntity, HistoryEntry } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { nowIso } from './changes'

/** A history entry as a write records it; `at` and `by` default to the write's own. */
export interface HistoryDraft {
  entity: HistoryEntity
  entityId: string
  systemId: string | null
  action: HistoryAction
  changes: FieldChange[]
  note?: string
  /** Another instant than the write's (an entry received from another office keeps its own). */
  at?: string
  /** Another author than the write's (an entry received from another office names it). */
  by?: string
}

export interface Write {
  /** The instant of this write: the records it stamps and the entries it records carry it. */
  readonly at: string
  /** Who makes the write (the `by` of its entries). */
  readonly by: string
  /** Files an entry in this write's history; entries are stored in the order recorded. */
  record(entry: HistoryDraft): void
}

export interface WriteOptions {
  /** Who makes the write; '' when nobody is named (the officer is stamped by the database). */
  by?: string
  /** The write's instant, when the caller already took it (e.g. to date what it computes). */
  at?: string
}

/**
 * Runs `change` in one read-write transaction over `tables` and the history, then appends the
 * entries it recorded. A nested call (one repo write inside another's) joins the outer
 * transaction and appends its own entries when it finishes.
 */
export function writeWithHistory<T>(
  db: CapdoDatabase,
  tables: readonly Table[],
  options: WriteOptions,
  change: (write: Write) => Promise<T>,
): Promise<T> {
  return db.transaction('rw', [...tables, db.history], async () => {
    const entries: HistoryEntry[] = []
    const at = options.at ?? nowIso()
    const by = options.by ?? ''
    const write: Write = {
      at,
      by,
      record: (draft) => {
        entries.push({ ...draft, at: draft.at ?? at, by: draft.by ?? by, note: draft.note ?? '' })
      },
    }
    const result = await change(write)
    if (entries.length > 0) await db.history.bulkAdd(entries)
    return result
  })
}
