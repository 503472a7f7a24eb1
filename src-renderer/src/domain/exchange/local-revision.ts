/**
 * Local revisions: the counter the exchange compares to tell a local edit (db/repos/exchange.ts
 * reads the register through it).
 *
 * Systems have a stored `revision`, but units and assessments do not, and a system's is also
 * bumped by a change to one of its assessments, which would make the system look edited and raise
 * a conflict nobody caused. So the counter the exchange sees, for all three, is a 53-bit hash of
 * the record's content (every field but `revision` and `updatedAt`, domain/canonical-json.ts): it
 * moves exactly when the content does (a collision needs two contents of one record with the same
 * 53-bit hash). It never reaches the stored rows: records are written with their own fields (a
 * system's stored `revision` bumped as the repos do) and their marks re-stamped with the hash.
 */
import { contentHash } from '../canonical-json'
import type { ExchangeRecord } from './types'

/** The counter the exchange compares: the hash of everything but `revision` and `updatedAt`. */
export function exchangeRevision(record: object): number {
  const { revision: _revision, updatedAt: _updatedAt, ...content } = record as Record<string, unknown>
  return contentHash(content)
}

/** A stored record as the exchange reads it: its `revision` replaced by its exchange revision. */
export function withExchangeRevision<T extends object>(record: T): T & ExchangeRecord {
  return { ...record, revision: exchangeRevision(record) } as T & ExchangeRecord
}
