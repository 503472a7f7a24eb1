/**
 * The register kept in memory and updated in place of a re-read. Dexie reports every committed
 * write (in this window, and from the import and export workers through its BroadcastChannel)
 * with the primary keys it touched when they are few, or a whole range when they are many (bulk
 * writes, clear). A few keys are re-read with bulkGet and patched into a new snapshot; a range
 * re-reads that table. Editing one system at 20,000 systems then reads one record, not 70,000
 * (measured in `npm run bench`: the dashboard's update after an edit went from about 2 s to
 * under the 150 ms budget).
 *
 * Every new snapshot is a new object, with a new array for each table that changed, while the
 * records that did not change stay the same objects: memos keyed on the snapshot recompute, and
 * caches keyed on a record (the register's folded search text) stay valid.
 */
import Dexie, { type ObservabilitySet } from 'dexie'
import type { RuleSet } from '../../domain/rule-set'
import type { Assessment, SystemRecord, Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { loadRegisterWithRules, type StoredRegister } from '../repos/read-register'
import { getSettings, resolveRuleSet } from '../repos/settings'

export type RegisterSnapshot = StoredRegister & { ruleSet: RuleSet }

type RegisterTable = 'units' | 'systems' | 'assessments'
const TABLES: readonly RegisterTable[] = ['units', 'systems', 'assessments']

/** Above this many changed keys a table is re-read whole: one getAll beats many gets. */
const MAX_PATCHED_KEYS = 500

interface TreeNode {
  from: unknown
  to: unknown
  l?: TreeNode | null
  r?: TreeNode | null
  d: number
}

/**
 * The keys of a mutated part when it is made of single keys only, or null when it holds a range
 * (or too many keys). The part is walked as a plain tree: from another window or worker it
 * arrives structured-cloned, without RangeSet's prototype.
 */
export function changedKeys(part: unknown, limit = MAX_PATCHED_KEYS): string[] | null {
  const keys: string[] = []
  const stack: TreeNode[] = []
  const root = part as TreeNode | undefined
  if (root && root.d > 0) stack.push(root)
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode
    if (typeof node.from !== 'string' || node.from !== node.to) return null
    keys.push(node.from)
    if (keys.length > limit) return null
    if (node.l && node.l.d > 0) stack.push(node.l)
    if (node.r && node.r.d > 0) stack.push(node.r)
  }
  return keys
}

interface Pending {
  reload: Set<RegisterTable>
  keys: Map<RegisterTable, Set<string>>
  settings: boolean
}

const nothingPending = (): Pending => ({ reload: new Set(), keys: new Map(), settings: false })

/** Records in primary-key order (what toArray gives), with `changed` put in, `gone` taken out. */
function patchRecords<T extends { id: string }>(
  records: readonly T[],
  changed: readonly T[],
  gone: ReadonlySet<string>,
): T[] {
  const replaced = new Map(changed.map((r) => [r.id, r]))
  const out: T[] = []
  for (const r of records) {
    if (gone.has(r.id)) continue
    const next = replaced.get(r.id)
    if (next) {
      out.push(next)
      replaced.delete(r.id)
    } else {
      out.push(r)
    }
  }
  // New records, each at its key's place: IndexedDB orders string keys by code unit, as `<` does.
  for (const added of [...replaced.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    let lo = 0
    let hi = out.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (out[mid].id < added.id) lo = mid + 1
      else hi = mid
    }
    out.splice(lo, 0, added)
  }
  return out
}

export interface RegisterWatch {
  stop(): void
}

/**
 * Reads the register once, then keeps it current: `onChange` receives the first snapshot and
 * every later one. `onError` receives a failed read (the watch goes on with the next change).
 */
export function watchRegister(
  db: CapdoDatabase,
  onChange: (snapshot: RegisterSnapshot) => void,
  onError: (error: unknown) => void = (error) => console.error(error),
): RegisterWatch {
  const prefix = `idb://${db.name}/`
  let current: RegisterSnapshot | undefined
  let pending = nothingPending()
  let running = false
  let stopped = false

  const listener = (parts: ObservabilitySet) => {
    let touched = false
    for (const table of TABLES) {
      const part = parts[`${prefix}${table}/`]
      if (!part) continue
      const keys = changedKeys(part)
      if (keys === null) pending.reload.add(table)
      else if (keys.length > 0) {
        const set = pending.keys.get(table) ?? new Set<string>()
        for (const k of keys) set.add(k)
        pending.keys.set(table, set)
      } else continue
      touched = true
    }
    if (parts[`${prefix}settings/`]) {
      pending.settings = true
      touched = true
    }
    if (touched) void run()
  }

  async function refresh(base: RegisterSnapshot, work: Pending): Promise<RegisterSnapshot> {
    return db.transaction('r', [db.units, db.systems, db.assessments, db.settings], async () => {
      const next: RegisterSnapshot = { ...base }
      for (const table of TABLES) {
        const store = db.table<Unit | SystemRecord | Assessment, string>(table)
        if (work.reload.has(table)) {
          Object.assign(next, { [table]: await store.toArray() })
          continue
        }
        const keys = work.keys.get(table)
        if (!keys) continue
        const ids = [...keys]
        const found = await store.bulkGet(ids)
        const changed = found.filter((r): r is NonNullable<typeof r> => r !== undefined)
        const gone = new Set(ids.filter((_, i) => found[i] === undefined))
        Object.assign(next, { [table]: patchRecords(base[table] as { id: string }[], changed, gone) })
      }
      if (work.settings) next.ruleSet = resolveRuleSet(await getSettings(db))
      return next
    })
  }

  async function run(): Promise<void> {
    // One read at a time; changes that arrive meanwhile are gathered for the next round.
    if (running || stopped) return
    running = true
    try {
      while (!stopped) {
        if (!current) {
          pending = nothingPending()
          current = await loadRegisterWithRules(db)
        } else {
          const work = pending
          if (work.reload.size === 0 && work.keys.size === 0 && !work.settings) break
          pending = nothingPending()
          current = await refresh(current, work)
        }
        if (!stopped) onChange(current)
      }
    } catch (error) {
      // The next change tries again from a full read.
      current = undefined
      if (!stopped) onError(error)
    } finally {
      running = false
    }
  }

  // Listening before the first read: a write that lands during it is re-read afterwards.
  Dexie.on('storagemutated', listener)
  void run()
  return {
    stop() {
      stopped = true
      Dexie.on.storagemutated.unsubscribe(listener)
    },
  }
}
