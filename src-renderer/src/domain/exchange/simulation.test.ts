/**
 * A seeded simulation of offices and a Sở that edit, delete and exchange files in random orders
 * (stale files included, clocks that jump about), then exchange both ways until nothing changes.
 *
 * Beside the stores runs an oracle the code under test never sees: for every version it keeps
 * the set of edits that version descends from (its causal history). At every merge the oracle
 * checks the classification (a version is replaced silently only by one that descends from it, a
 * stale one is never taken, anything else is listed as a conflict); at the end, that all stores
 * hold the same register and that every edit survives, or was superseded by an edit made with
 * knowledge of it, or was listed in a conflict.
 */
import { describe, expect, it } from 'vitest'
import { Random } from '../../demo/prng'
import { TestStore } from '../test-support/exchange-store'
import { sameFieldValue } from './values'
import type {
  ExchangeEntity,
  ExchangePackage,
  MergeItem,
  MergePlan,
  RecordKey,
  RecordMark,
  Resolutions,
  Tombstone,
} from './types'

const VALUES: Record<ExchangeEntity, Record<string, readonly unknown[]>> = {
  unit: { name: ['Sở Y tế', 'Sở Nội vụ', 'UBND phường Hồng Bàng'], block: ['Khối sở, ngành', 'Khối phường'] },
  system: {
    name: ['Cổng thông tin', 'Một cửa điện tử', 'Quản lý văn bản'],
    level: [null, 1, 2, 3, 4, 5],
    notes: ['', 'Đã rà soát', 'Cần bổ sung'],
    informationTypes: [[], ['public'], ['public', 'personal']],
  },
  assessment: { result: ['Đạt', 'Không đạt', ''], kind: ['periodic', 'ad_hoc'] },
}
const ENTITIES: readonly ExchangeEntity[] = ['unit', 'system', 'assessment']

interface Edit {
  id: number
  key: RecordKey
  kind: 'set' | 'delete' | 'resurrect'
  /** Values written (for 'set': a creation, an edit, or a person's choices in a conflict). */
  fields: Record<string, unknown>
  /** The edits the version it was made on descends from. */
  past: ReadonlySet<number>
  /** The record as this edit left it (undefined for a deletion). */
  after: Readonly<Record<string, unknown>> | undefined
}

interface File {
  from: number
  pkg: ExchangePackage
  ghosts: Map<RecordKey, ReadonlySet<number>>
}

class World {
  readonly rng: Random
  readonly stores: TestStore[]
  readonly ghosts: Map<RecordKey, Set<number>>[]
  readonly edits: Edit[] = []
  readonly listed = new Set<number>()
  /**
   * Two versions with the same content met and one was kept ("unchanged"): the edits of the
   * other are absorbed, their effect is in the content. Edit → the tip of the version kept.
   */
  private readonly absorbedBy = new Map<number, Set<number>>()
  readonly files: File[] = []
  private created = 0
  private minute = 0

  constructor(seed: number, offices: number) {
    this.rng = new Random(seed)
    this.stores = [
      { id: 'so', name: 'Sở' },
      ...Array.from({ length: offices }, (_, i) => ({ id: `office-${i}`, name: `Đơn vị ${i}` })),
    ].map((o) => new TestStore(o))
    this.ghosts = this.stores.map(() => new Map())
  }

  /** Clocks are not trusted: instants wander back and forth by up to a day. */
  instant(): string {
    this.minute += 1
    const ms = Date.UTC(2026, 11, 1) + this.minute * 60_000 + this.rng.int(-1440, 1440) * 60_000
    return new Date(ms).toISOString()
  }

  private record(
    s: number,
    key: RecordKey,
    kind: Edit['kind'],
    fields: Record<string, unknown>,
    past: ReadonlySet<number>,
  ) {
    const [entity, ...rest] = key.split(':')
    const after = this.stores[s].get(entity as ExchangeEntity, rest.join(':'))
    const edit: Edit = { id: this.edits.length, key, kind, fields, past, after: after && { ...after } }
    this.edits.push(edit)
    const ghost = new Set(past)
    ghost.add(edit.id)
    this.ghosts[s].set(key, ghost)
    return edit
  }

  randomEdit(s: number): void {
    const store = this.stores[s]
    const entity = this.rng.pick(ENTITIES)
    const live = store.content[entity]
    const values = VALUES[entity]
    if (live.length === 0 || this.rng.chance(0.25)) {
      const id = `${store.self.id}-${++this.created}`
      const fields = Object.fromEntries(Object.entries(values).map(([f, vs]) => [f, this.rng.pick(vs)]))
      store.create(entity, id, fields, this.instant())
      this.record(s, `${entity}:${id}`, 'set', fields, new Set())
      return
    }
    const target = this.rng.pick(live)
    const key = `${entity}:${target.id}`
    const past = this.ghosts[s].get(key) ?? new Set<number>()
    if (this.rng.chance(0.15)) {
      store.remove(entity, target.id)
      this.record(s, key, 'delete', {}, past)
      return
    }
    const field = this.rng.pick(Object.keys(values))
    const fields = { [field]: this.rng.pick(values[field]) }
    store.edit(entity, target.id, fields, this.instant())
    this.record(s, key, 'set', fields, past)
  }

  send(s: number): File {
    const file = { from: s, pkg: this.stores[s].send(this.instant()), ghosts: new Map(this.ghosts[s]) }
    this.files.push(file)
    return file
  }

  /** The deterministic person of this test: per field the greater value; a live record over a deletion. */
  private resolve(item: MergeItem): Resolutions[string] {
    if (item.local?.kind !== 'record' || item.incoming.kind !== 'record') {
      return { keep: item.local?.kind === 'record' ? 'local' : 'incoming' }
    }
    const fields: Record<string, 'local' | 'incoming'> = {}
    for (const f of item.fields)
      fields[f.field] = JSON.stringify(f.incoming) > JSON.stringify(f.local) ? 'incoming' : 'local'
    return { fields }
  }

  /** An edit and the tips of the versions that absorbed it, transitively. */
  private representatives(edit: number): Set<number> {
    const out = new Set([edit])
    const queue = [edit]
    while (queue.length > 0) {
      for (const tip of this.absorbedBy.get(queue.pop() as number) ?? []) {
        if (!out.has(tip)) {
          out.add(tip)
          queue.push(tip)
        }
      }
    }
    return out
  }

  private absorb(dropped: ReadonlySet<number>, kept: ReadonlySet<number>): void {
    if (kept.size === 0) return
    const tip = Math.max(...kept)
    for (const e of dropped) {
      if (kept.has(e)) continue
      const set = this.absorbedBy.get(e) ?? new Set<number>()
      set.add(tip)
      this.absorbedBy.set(e, set)
    }
  }

  /**
   * Whether history `a` is contained in `b`. With `credit`, an edit absorbed into a version of
   * the same content counts as known to whoever knows that version.
   */
  private within(a: ReadonlySet<number>, b: ReadonlySet<number>, credit: boolean): boolean {
    return [...a].every((e) => b.has(e) || (credit && [...this.representatives(e)].some((r) => b.has(r))))
  }

  /**
   * The oracle's verdict on one item, before anything is applied. A silent decision must be
   * justified (the version taken descends from the one dropped, absorbed edits counted); a
   * conflict must be real (neither history contains the other).
   */
  private checkClassification(
    item: MergeItem,
    local: ReadonlySet<number>,
    incoming: ReadonlySet<number>,
  ): void {
    const why = `${item.key}: ${item.status}`
    switch (item.status) {
      case 'new':
      case 'updated':
        expect(this.within(local, incoming, true), why).toBe(true)
        break
      case 'local-newer':
        expect(this.within(incoming, local, true), why).toBe(true)
        break
      case 'merged':
      case 'conflict':
        expect(this.within(local, incoming, false) || this.within(incoming, local, false), why).toBe(false)
        this.checkTakenFields(item, local, incoming)
        break
      case 'unchanged':
        if (item.local?.kind === 'record' && item.incoming.kind === 'record')
          expect(item.fields, why).toEqual([])
        else expect(item.local?.kind, why).toBe(item.incoming.kind)
        break
    }
  }

  /**
   * A field taken without asking (bases.ts) must not drop a change: the side not taken must hold
   * the value of the latest version both sides descend from (the oracle's own common ancestor).
   */
  private checkTakenFields(item: MergeItem, local: ReadonlySet<number>, incoming: ReadonlySet<number>): void {
    const common = [...local].filter((e) => incoming.has(e))
    if (common.length === 0) return
    // Judged where one version both descend from holds all they share (criss-crossed merges have
    // no single ancestor; the store's base is then one of several, and either may be listed).
    const last = this.edits[Math.max(...common)]
    const ancestor = last.after
    if (!ancestor || !common.every((e) => e === last.id || last.past.has(e))) return
    // A version absorbed into one of equal content (unchanged) is a base the oracle cannot see.
    if ([...local, ...incoming].some((e) => this.absorbedBy.has(e))) return
    for (const f of item.fields) {
      if (!f.auto) continue
      const dropped = f.auto === 'incoming' ? f.local : f.incoming
      expect(sameFieldValue(dropped, ancestor[f.field]), `${item.key}: ${f.field} taken from ${f.auto}`).toBe(
        true,
      )
    }
  }

  receive(s: number, file: File): { writes: number; conflicts: number } {
    const store = this.stores[s]
    const plan: MergePlan = store.plan(file.pkg, this.instant())
    const resolutions: Resolutions = {}
    const after = new Map<RecordKey, Set<number>>()
    const pending: { item: MergeItem; past: Set<number> }[] = []
    const unchanged: { item: MergeItem; local: Set<number>; incoming: Set<number> }[] = []
    for (const item of plan.items) {
      const local = new Set(this.ghosts[s].get(item.key) ?? [])
      const incoming = new Set(file.ghosts.get(item.key) ?? [])
      this.checkClassification(item, local, incoming)
      const union = new Set([...local, ...incoming])
      if (item.status === 'new' || item.status === 'updated') after.set(item.key, incoming)
      else if (item.status === 'unchanged') unchanged.push({ item, local, incoming })
      else if (item.status === 'conflict') {
        for (const e of union) if (!(local.has(e) && incoming.has(e))) this.listed.add(e)
        resolutions[item.key] = this.resolve(item)
        pending.push({ item, past: union })
      } else if (item.status === 'merged') {
        // Nobody is asked; each field comes from the side that changed it.
        resolutions[item.key] = { fields: {} }
        pending.push({ item, past: union })
      }
    }
    const { writes } = store.apply(plan, resolutions)
    for (const [key, ghost] of after) this.ghosts[s].set(key, ghost)
    // Equal contents: the store keeps one version's number, and with it that version's history.
    for (const { item, local, incoming } of unchanged) {
      const mark = store.ledger.marks[item.key] as RecordMark | undefined
      const tombstone = store.ledger.tombstones[item.key] as Tombstone | undefined
      const dot = mark
        ? { origin: mark.origin, revision: mark.revision }
        : { origin: tombstone?.office, revision: tombstone?.revision }
      const tookIncoming =
        dot.origin === item.incoming.dot.origin && dot.revision === item.incoming.dot.revision
      const [kept, dropped] = tookIncoming ? [incoming, local] : [local, incoming]
      this.absorb(dropped, kept)
      this.ghosts[s].set(item.key, kept)
    }
    for (const { item, past } of pending) {
      const resolution = resolutions[item.key]
      if ('fields' in resolution) {
        const chosen = Object.fromEntries(
          item.fields.map((f) => [
            f.field,
            (f.auto ?? resolution.fields[f.field]) === 'incoming' ? f.incoming : f.local,
          ]),
        )
        this.record(s, item.key, 'set', chosen, past)
      } else {
        const side = resolution.keep === 'local' ? item.local : item.incoming
        this.record(s, item.key, side?.kind === 'record' ? 'resurrect' : 'delete', {}, past)
      }
    }
    return { writes: writes.put.length + writes.delete.length, conflicts: pending.length }
  }

  randomExchange(): void {
    const s = this.rng.int(0, this.stores.length - 1)
    // Mostly the latest files, sometimes an old one found on a USB stick.
    const candidates = this.files.filter((f) => f.from !== s)
    if (candidates.length === 0) return
    const file = this.rng.chance(0.7)
      ? candidates[candidates.length - 1 - this.rng.int(0, Math.min(2, candidates.length - 1))]
      : this.rng.pick(candidates)
    this.receive(s, file)
  }

  /** Every office sends to the Sở, the Sở sends back to each, until a round changes nothing. */
  settle(): number {
    for (let round = 1; round <= 20; round++) {
      let activity = 0
      for (let s = 1; s < this.stores.length; s++) {
        const r = this.receive(0, this.send(s))
        activity += r.writes + r.conflicts
      }
      const fromSo = this.send(0)
      for (let s = 1; s < this.stores.length; s++) {
        const r = this.receive(s, fromSo)
        activity += r.writes + r.conflicts
      }
      if (activity === 0) return round
    }
    throw new Error('the stores never settled')
  }

  /** Every edit survives, or a later edit knew of it, or it was in a listed conflict. */
  lostEdits(): Edit[] {
    const final = this.stores[0]
    const lost: Edit[] = []
    const successors = (e: Edit) => {
      const reps = [...this.representatives(e.id)]
      return this.edits.filter((x) => x.key === e.key && reps.some((r) => x.past.has(r)))
    }
    for (const e of this.edits) {
      if (this.listed.has(e.id)) continue
      const [entity, ...rest] = e.key.split(':')
      const current = final.get(entity as ExchangeEntity, rest.join(':'))
      const later = successors(e)
      if (e.kind === 'delete') {
        if (current && !later.some((x) => x.kind === 'resurrect')) lost.push(e)
        continue
      }
      if (!current) {
        if (!later.some((x) => x.kind === 'delete')) lost.push(e)
        continue
      }
      for (const [field, value] of Object.entries(e.fields)) {
        if (JSON.stringify(current[field]) === JSON.stringify(value)) continue
        if (!later.some((x) => x.kind === 'delete' || (x.kind === 'set' && field in x.fields))) lost.push(e)
      }
    }
    return lost
  }
}

describe('offices and a Sở exchanging files in random orders', () => {
  for (const seed of Array.from({ length: 40 }, (_, i) => 1000 + i * 7919)) {
    it(`converge without losing an edit silently (seed ${seed})`, () => {
      const world = new World(seed, 2 + (seed % 2))
      for (let step = 0; step < 160; step++) {
        const s = world.rng.int(0, world.stores.length - 1)
        const roll = world.rng.float()
        if (roll < 0.5) world.randomEdit(s)
        else if (roll < 0.7) world.send(s)
        else world.randomExchange()
      }
      world.settle()

      const expected = world.stores[0].snapshot()
      for (const store of world.stores.slice(1)) expect(store.snapshot()).toEqual(expected)
      expect(world.lostEdits()).toEqual([])
      // A final duplicate exchange changes nothing anywhere.
      const last = world.send(1)
      expect(world.receive(0, last)).toEqual({ writes: 0, conflicts: 0 })
    })
  }

  it('exercises every classification across the runs (the simulation is not trivially calm)', () => {
    const seen = new Set<string>()
    for (let seed = 1; seed <= 5; seed++) {
      const world = new World(seed, 3)
      const original = world.receive.bind(world)
      world.receive = (s, file) => {
        const plan = world.stores[s].plan(file.pkg, '2026-12-01T00:00:00.000Z')
        for (const item of plan.items) seen.add(item.status)
        return original(s, file)
      }
      for (let step = 0; step < 160; step++) {
        const s = world.rng.int(0, world.stores.length - 1)
        const roll = world.rng.float()
        if (roll < 0.5) world.randomEdit(s)
        else if (roll < 0.7) world.send(s)
        else world.randomExchange()
      }
      world.settle()
    }
    expect([...seen].sort()).toEqual(['conflict', 'local-newer', 'merged', 'new', 'unchanged', 'updated'])
  })
})
