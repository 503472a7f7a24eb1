/**
 * A store in memory for the exchange tests: records, ledger, and the user's edits as the repos
 * make them (each write bumps the record's `revision`). Test support only; nothing in the
 * product imports it.
 */
import { applyMerge } from '../exchange/apply'
import { emptyLedger } from '../exchange/ledger'
import { buildExchangePackage } from '../exchange/package'
import { planMerge } from '../exchange/plan'
import type {
  ExchangeContent,
  ExchangeEntity,
  ExchangeLedger,
  ExchangePackage,
  ExchangeRecord,
  MergePlan,
  MergeResult,
  Office,
  Resolutions,
} from '../exchange/types'

export type TestRecord = ExchangeRecord & Record<string, unknown>

export class TestStore {
  content: Record<ExchangeEntity, TestRecord[]> = { unit: [], system: [], assessment: [] }
  ledger: ExchangeLedger

  constructor(readonly self: Office) {
    this.ledger = emptyLedger(self)
  }

  get(entity: ExchangeEntity, id: string): TestRecord | undefined {
    return this.content[entity].find((r) => r.id === id)
  }

  create(entity: ExchangeEntity, id: string, fields: Record<string, unknown>, at: string): TestRecord {
    const record: TestRecord = { ...fields, id, createdAt: at, updatedAt: at, revision: 1 }
    this.content[entity].push(record)
    return record
  }

  edit(entity: ExchangeEntity, id: string, fields: Record<string, unknown>, at: string): void {
    const list = this.content[entity]
    const i = list.findIndex((r) => r.id === id)
    if (i < 0) throw new Error(`no ${entity} ${id}`)
    list[i] = { ...list[i], ...fields, updatedAt: at, revision: list[i].revision + 1 }
  }

  remove(entity: ExchangeEntity, id: string): void {
    this.content[entity] = this.content[entity].filter((r) => r.id !== id)
  }

  /** "Gửi lên": the package, with the numbered ledger stored as the wiring must. */
  send(at: string): ExchangePackage {
    const built = buildExchangePackage(this.content, this.ledger, this.self, at)
    this.ledger = built.ledger
    // A file is bytes: what arrives is a copy, never shared objects.
    return structuredClone(built.package)
  }

  plan(pkg: ExchangePackage, at: string): MergePlan {
    return planMerge(this.content, this.ledger, this.self, pkg, at)
  }

  apply(plan: MergePlan, resolutions: Resolutions = {}): MergeResult {
    const result = applyMerge(this.content, plan, resolutions)
    this.content = result.content as ExchangeContent as Record<ExchangeEntity, TestRecord[]>
    this.ledger = result.ledger
    return result
  }

  receive(
    pkg: ExchangePackage,
    at: string,
    resolutions: Resolutions = {},
  ): { plan: MergePlan; result: MergeResult } {
    const plan = this.plan(pkg, at)
    return { plan, result: this.apply(plan, resolutions) }
  }

  /** The register as people see it: no local counters, in a stable order. */
  snapshot(): Record<ExchangeEntity, Record<string, unknown>[]> {
    const strip = (list: TestRecord[]) =>
      list
        .map(({ revision: _revision, ...rest }) => rest)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return {
      unit: strip(this.content.unit),
      system: strip(this.content.system),
      assessment: strip(this.content.assessment),
    }
  }
}

export const SO: Office = { id: 'so-khcn', name: 'Sở Khoa học và Công nghệ' }
export const OFFICE_A: Office = { id: 'ubnd-an-duong', name: 'UBND phường An Dương' }
export const OFFICE_B: Office = { id: 'ubnd-le-chan', name: 'UBND phường Lê Chân' }

/** Instants of a test day: `t(9)` is 09:00 on 01/12/2026 (UTC, as stored). */
export function t(hour: number, minute = 0): string {
  return `2026-12-01T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`
}
