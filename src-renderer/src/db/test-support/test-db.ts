/**
 * Test support for the store: a fresh database per test, and a watcher that records which
 * transaction every write ran in, so a test can prove that a record and its history entry were
 * written together.
 */
import type { Transaction } from 'dexie'
import { createDatabase, type CapdoDatabase } from '../database'

export function freshDatabase(): CapdoDatabase {
  return createDatabase(`test-${crypto.randomUUID()}`)
}

export interface WriteWatch {
  /** Each write as `table:operation`, in order. */
  writes: string[]
  transactions: Set<Transaction>
  reset(): void
}

export function watchWrites(db: CapdoDatabase): WriteWatch {
  const watch: WriteWatch = {
    writes: [],
    transactions: new Set(),
    reset() {
      watch.writes.length = 0
      watch.transactions.clear()
    },
  }
  for (const table of db.tables) {
    table.hook('creating', (_key, _obj, tx) => {
      watch.writes.push(`${table.name}:create`)
      watch.transactions.add(tx)
    })
    table.hook('updating', (_mods, _key, _obj, tx) => {
      watch.writes.push(`${table.name}:update`)
      watch.transactions.add(tx)
    })
    table.hook('deleting', (_key, _obj, tx) => {
      watch.writes.push(`${table.name}:delete`)
      watch.transactions.add(tx)
    })
  }
  return watch
}
