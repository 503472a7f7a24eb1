/**
 * Evaluation that reuses the work done for records that did not change. The register snapshot
 * (register-snapshot.ts) keeps every unchanged record the same object from one snapshot to the
 * next, so results cached per record object stay valid: after one system is edited, the dashboard
 * evaluates one system, lists its "việc cần làm" and judges its level, not 20,000 of each
 * (npm run bench, "dashboard after editing one system").
 *
 * Evaluation is evaluateRegister's own, given a cache of rows per day (its RowCache rule says when
 * a row is reused); the to-do items and the criteria judgement call the domain's todoItems and
 * belowCriteriaLevels record by record. The tests compare every result with the uncached
 * functions on whole registers before and after edits.
 */
import type { IsoDate } from '../../domain/calendar-date'
import type { EvaluationRules } from '../../domain/evaluate'
import { belowCriteriaLevels } from '../../domain/law/justification-record'
import { evaluateRegister, type EvaluatedRegister, type EvaluatedSystem } from '../../domain/register'
import { todoItems, type TodoItem } from '../../domain/todo'
import type { Assessment, Level, SystemRecord, Unit } from '../../domain/types'

export interface RegisterInput {
  units: readonly Unit[]
  systems: readonly SystemRecord[]
  assessments: readonly Pick<Assessment, 'systemId' | 'date'>[]
}

/**
 * Rows kept per day asked for, each day under one rule set (a cold open pays one WeakMap entry
 * per system, nothing more). The dashboard's day and the bell's today are the usual two days; a
 * few more cover an officer stepping through "tính đến ngày" without the cache growing with every
 * day ever shown.
 */
const DAYS_KEPT = 4
const rowsByDay = new Map<IsoDate, { rules: EvaluationRules; rows: WeakMap<SystemRecord, EvaluatedSystem> }>()

function rowsOf(asOf: IsoDate, rules: EvaluationRules): WeakMap<SystemRecord, EvaluatedSystem> {
  let day = rowsByDay.get(asOf)
  if (!day || day.rules !== rules) {
    day = { rules, rows: new WeakMap() }
    rowsByDay.delete(asOf)
    rowsByDay.set(asOf, day)
    if (rowsByDay.size > DAYS_KEPT) rowsByDay.delete(rowsByDay.keys().next().value as IsoDate)
  }
  return day.rows
}

/** evaluateRegister(input, rules, asOf), evaluating only the systems not already evaluated. */
export function evaluateRegisterReusing(
  input: RegisterInput,
  rules: EvaluationRules,
  asOf: IsoDate,
): EvaluatedRegister {
  return evaluateRegister(input, rules, asOf, rowsOf(asOf, rules))
}

const todoByRow = new WeakMap<EvaluatedSystem, TodoItem[]>()
const todoByRegister = new WeakMap<readonly EvaluatedSystem[], TodoItem[]>()

/**
 * todoItems(rows), listing only the rows not listed before. Each row's items come in todoItems'
 * own order; the merged list is then sorted by deadline, stably, as todoItems sorts it.
 */
export function todoItemsReusing(rows: readonly EvaluatedSystem[]): TodoItem[] {
  const known = todoByRegister.get(rows)
  if (known) return known
  if (rows.length > 0 && !todoByRow.has(rows[0]) && !todoByRow.has(rows[rows.length - 1])) {
    return todoItemsCold(rows)
  }
  const items: TodoItem[] = []
  for (const row of rows) {
    let own = todoByRow.get(row)
    if (!own) {
      own = todoItems([row])
      todoByRow.set(row, own)
    }
    for (const item of own) items.push(item)
  }
  items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
  todoByRegister.set(rows, items)
  return items
}

const NO_ITEMS: readonly TodoItem[] = Object.freeze([])

/**
 * A register seen for the first time (a start, another day): one todoItems over every row, then
 * its items handed out to their rows. Each row's share comes out in todoItems' own order (the list
 * is sorted stably by deadline), so later merges give what todoItems would.
 */
function todoItemsCold(rows: readonly EvaluatedSystem[]): TodoItem[] {
  const items = todoItems(rows)
  const bySystem = new Map<string, TodoItem[]>()
  for (const item of items) {
    const own = bySystem.get(item.systemId)
    if (own) own.push(item)
    else bySystem.set(item.systemId, [item])
  }
  for (const row of rows) todoByRow.set(row, bySystem.get(row.system.id) ?? (NO_ITEMS as TodoItem[]))
  todoByRegister.set(rows, items)
  return items
}

/** null: not below its criteria (or not judged: no saved answers). */
const belowBySystem = new WeakMap<SystemRecord, Level | null>()

/** belowCriteriaLevels(systems), judging only the systems not judged before. */
export function belowCriteriaReusing(systems: readonly SystemRecord[]): Map<string, Level> {
  const below = new Map<string, Level>()
  for (const system of systems) {
    // The common case, without a cache entry: nothing saved, nothing to judge.
    if (system.levelJustification === null || system.level === null) continue
    let called = belowBySystem.get(system)
    if (called === undefined) {
      called = belowCriteriaLevels([system]).get(system.id) ?? null
      belowBySystem.set(system, called)
    }
    if (called !== null) below.set(system.id, called)
  }
  return below
}
