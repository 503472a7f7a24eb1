/**
 * Saving a form over a record that moved on since the form was loaded (another window, another
 * tab, a dossier step): a three-way comparison of the version the form was loaded from (base),
 * the stored one, and the form's values (mine). A field changed on one side only takes that
 * side's value; a field both sides changed to different values is a conflict the person decides,
 * field by field, before anything is written. Pure: the repos and the screens share it.
 */
import { DomainError } from './errors'
import { sameFieldValue } from './exchange/values'

/** One field changed on both sides, to different values. */
export interface FieldConflict {
  field: string
  base: unknown
  stored: unknown
  mine: unknown
}

export interface EditMerge<T> {
  /** Every field: the side that changed it, or the stored value; a conflict holds `mine` until decided. */
  merged: T
  /** Fields changed only in the store, whose stored value the merge takes (to tell the person). */
  fromStored: string[]
  conflicts: FieldConflict[]
}

export type ConflictSide = 'stored' | 'mine'

/**
 * One field, three ways: which side changed it since the common base. 'same' is both sides to the
 * same value (nothing to decide); 'conflict' both to different values. The edit merge and the
 * exchange (exchange/bases.ts) both decide with it.
 */
export type FieldChange = 'none' | 'here' | 'there' | 'same' | 'conflict'

export function fieldChange(changedHere: boolean, changedThere: boolean, sameNow: boolean): FieldChange {
  if (changedHere && changedThere) return sameNow ? 'same' : 'conflict'
  if (changedHere) return 'here'
  if (changedThere) return 'there'
  return 'none'
}

export function mergeEdit<T extends object>(
  base: T,
  stored: T,
  mine: T,
  fields: readonly (keyof T & string)[],
): EditMerge<T> {
  const merged = { ...stored }
  const fromStored: string[] = []
  const conflicts: FieldConflict[] = []
  for (const field of fields) {
    const change = fieldChange(
      !sameFieldValue(mine[field], base[field]),
      !sameFieldValue(stored[field], base[field]),
      sameFieldValue(mine[field], stored[field]),
    )
    if (change === 'here' || change === 'same' || change === 'conflict') merged[field] = mine[field]
    if (change === 'there') fromStored.push(field)
    if (change === 'conflict') {
      conflicts.push({ field, base: base[field], stored: stored[field], mine: mine[field] })
    }
  }
  return { merged, fromStored, conflicts }
}

/** Conflicts the person has not decided yet. */
export function undecided(
  conflicts: readonly FieldConflict[],
  choices: Readonly<Partial<Record<string, ConflictSide>>>,
): FieldConflict[] {
  return conflicts.filter((c) => choices[c.field] === undefined)
}

/** The merged values with each conflict's chosen side; refuses while any conflict is undecided. */
export function resolveEdit<T extends object>(
  merge: Pick<EditMerge<T>, 'merged' | 'conflicts'>,
  choices: Readonly<Partial<Record<string, ConflictSide>>>,
): T {
  const open = undecided(merge.conflicts, choices)
  if (open.length > 0) {
    throw new DomainError(
      'edit_conflict_undecided',
      'Cần chọn giá trị giữ lại cho mọi trường bị thay đổi ở cả hai nơi.',
      {
        fields: open.map((c) => c.field),
      },
    )
  }
  const resolved = { ...merge.merged } as Record<string, unknown>
  for (const c of merge.conflicts) resolved[c.field] = choices[c.field] === 'stored' ? c.stored : c.mine
  return resolved as T
}

/**
 * A save refused because the record moved on and some fields were changed on both sides. Nothing
 * was written; `stored` is the version to merge onto (the next save's base), `merged` the
 * combination so far (conflicts holding the form's values).
 */
export class EditConflictError<T extends object = Record<string, unknown>> extends DomainError {
  readonly conflicts: FieldConflict[]
  readonly stored: T
  readonly merged: T
  /** The stored record's revision, for the next save (systems; assessments have none). */
  readonly storedRevision: number | null

  constructor(
    merge: EditMerge<T>,
    stored: T,
    storedRevision: number | null,
    labelOf: (field: string) => string,
  ) {
    super(
      'edit_conflict',
      `Bản ghi đã được thay đổi ở nơi khác (cửa sổ khác) từ lúc bạn mở: ${merge.conflicts
        .map((c) => `"${labelOf(c.field)}"`)
        .join(
          ', ',
        )} đã bị sửa ở cả hai nơi. Chưa lưu gì: hãy chọn giá trị giữ lại cho từng trường rồi lưu lại.`,
      { fields: merge.conflicts.map((c) => c.field) },
    )
    this.name = 'EditConflictError'
    this.conflicts = merge.conflicts
    this.stored = stored
    this.merged = merge.merged
    this.storedRevision = storedRevision
  }
}

export function isEditConflict(error: unknown): error is EditConflictError {
  return error instanceof EditConflictError
}
